import { buildCalendar, sessionCalendarEvent } from '../calendar';
import { findCalendarFeedByTokenHash } from '../db/system';
import { withTenant } from '../db/tenant';
import { appUrl } from '../mail';
import { hashCalendarFeedToken } from './calendar-feed-token';

const PAST_DAYS = 30;
const MAX_EVENTS = 500;

/**
 * The iCalendar feed behind a feed URL: the owner's booked sessions from the last 30 days on, and the ones
 * canceled since they were booked (STATUS:CANCELLED, so subscribed calendars drop them). Null for an
 * unknown or revoked token. The token decides the org and the person; every read runs inside that org.
 */
export async function readCalendarFeed(token: string, now: Date = new Date()): Promise<string | null> {
  const feed = await findCalendarFeedByTokenHash(hashCalendarFeedToken(token));
  if (!feed) return null;
  const { orgId, employeeId } = feed;
  const { org, me, rows } = await withTenant({ orgId, userId: feed.userId ?? '00000000-0000-0000-0000-000000000000' }, async (db) => {
    const [org, me, rows] = await Promise.all([
      db.organization.findFirstOrThrow({ where: { id: orgId }, select: { slug: true, name: true } }),
      db.employee.findUniqueOrThrow({ where: { orgId_id: { orgId, id: employeeId } }, select: { name: true, email: true } }),
      db.sessionParticipant.findMany({
        where: {
          orgId,
          employeeId,
          endsAt: { gte: new Date(now.getTime() - PAST_DAYS * 86_400_000) },
          OR: [{ status: 'BOOKED', session: { status: { not: 'CANCELED' } } }, { status: 'CANCELED', session: { status: 'CANCELED' } }],
        },
        orderBy: { startsAt: 'asc' },
        take: MAX_EVENTS,
        select: {
          session: {
            select: { id: true, title: true, agenda: true, location: true, status: true, sequence: true, startsAt: true, endsAt: true, host: { select: { name: true, email: true } } },
          },
        },
      }),
    ]);
    return { org, me, rows };
  });
  const events = rows.map(({ session }) =>
    sessionCalendarEvent(session, { url: appUrl(`/o/${org.slug}/sessions/${session.id}`), canceled: session.status === 'CANCELED', attendees: [{ name: me.name, email: me.email }] }),
  );
  return buildCalendar({ method: 'PUBLISH', stamp: now, name: `Peerbridge sessions (${org.name})`, events });
}
