import { apiJson, apiRoute, parseApiInput, pathId, readJsonBody } from '@/lib/api/api-route';
import { cancelSession, cancelSessionInput } from '@/lib/sessions';

export const dynamic = 'force-dynamic';

/** POST /api/v1/sessions/{id}/cancel {reason}: the host, or either side of a 1:1, cancels; the others are emailed. */
export const POST = apiRoute<{ id: string }>('sessions:write', async ({ request, ctx, params }) => {
  const sessionId = pathId(params.id, 'That session');
  const input = parseApiInput(cancelSessionInput, { ...(await readJsonBody(request)), sessionId });
  const { notified } = await cancelSession(ctx, input);
  return apiJson({ id: sessionId, status: 'CANCELED', cancelReason: input.reason, notified });
});
