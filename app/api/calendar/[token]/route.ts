import { readCalendarFeed } from '@/lib/calendar-feed';

// A person's private calendar feed (the URL from My settings), for calendar apps to subscribe to. The token
// in the path is the only credential; unknown or revoked → 404, with nothing that says which.

export const dynamic = 'force-dynamic';

export async function GET(_request: Request, { params }: { params: Promise<{ token: string }> }) {
  const token = (await params).token.replace(/\.ics$/, '');
  const ics = /^[A-Za-z0-9_-]{20,100}$/.test(token) ? await readCalendarFeed(token) : null;
  if (!ics) return new Response('Not found', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' } });
  return new Response(ics, {
    headers: {
      'Content-Type': 'text/calendar; charset=utf-8',
      'Content-Disposition': 'inline; filename="peerbridge.ics"',
      'Cache-Control': 'private, no-store',
      'X-Robots-Tag': 'noindex',
    },
  });
}
