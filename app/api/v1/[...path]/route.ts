import { ApiError, apiErrorResponse } from '@/lib/api/api-error';

export const dynamic = 'force-dynamic';

/** Any other /api/v1 path: a JSON not_found, like the rest of the API (not the HTML 404 page). */
function notFound(): Response {
  return apiErrorResponse(new ApiError('not_found', 'There is no such endpoint. The API is described at /api/v1/openapi.json.'));
}

export { notFound as GET, notFound as POST, notFound as PUT, notFound as PATCH, notFound as DELETE };
