import { getSessionUserId } from '@/lib/auth/session';
import { resolveTenantContext } from '@/lib/auth/tenant-context';
import { getSessionInvite, sessionInviteInput } from '@/lib/calendar-feed';
import { DomainError } from '@/lib/errors';

// Download one session's invite (.ics) as the signed-in participant. Not a member, not in the session,
// or no such session → 404.

export const dynamic = 'force-dynamic';

const notFound = () => new Response('Not found', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });

export async function GET(request: Request, { params }: { params: Promise<{ org: string; id: string }> }) {
  const { org, id } = await params;
  const userId = await getSessionUserId();
  if (!userId) return Response.redirect(new URL(`/sign-in?callbackUrl=${encodeURIComponent(`/o/${org}/sessions/${id}`)}`, request.url), 303);
  const ctx = await resolveTenantContext(userId, org);
  const input = sessionInviteInput.safeParse({ sessionId: id });
  if (!ctx || !input.success) return notFound();
  try {
    const invite = await getSessionInvite(ctx, input.data);
    return new Response(invite.ics, {
      headers: {
        'Content-Type': `text/calendar; charset=utf-8; method=${invite.method}`,
        'Content-Disposition': `attachment; filename="${invite.filename}"`,
        'Cache-Control': 'private, no-store',
      },
    });
  } catch (error) {
    if (error instanceof DomainError && error.code === 'NOT_FOUND') return notFound();
    throw error;
  }
}
