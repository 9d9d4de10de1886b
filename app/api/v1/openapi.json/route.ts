import { OPENAPI_DOCUMENT } from '@/lib/api/openapi-document';

/** GET /api/v1/openapi.json: the API's description; public, like any API documentation. */
export function GET() {
  return Response.json(OPENAPI_DOCUMENT, { headers: { 'Cache-Control': 'public, max-age=300' } });
}
