import type { TenantContext } from '../auth/tenant-context';
import { withTenant } from '../db/tenant';
import { notFound } from '../errors';
import { BOOKING_HORIZON_DAYS, SESSION_DURATIONS } from './book-mentoring-session';
import { computeFreeSlots, type Interval } from './compute-free-slots';
import { mentorSlotQuery } from './mentor-slot-query';

/** Slots start at least this long from now, so nobody is booked for the next few minutes. */
export const MIN_NOTICE_MINUTES = 120;

export interface MentorSlots {
  matchId: string;
  skillName: string;
  mentor: { id: string; name: string; timeZone: string };
  learnerTimeZone: string;
  durationMinutes: number;
  slots: Interval[];
  /** The pair's booked sessions still to come. */
  upcoming: { id: string; startsAt: Date; endsAt: Date; agenda: string | null }[];
}

/**
 * The mentor's free slots for the next four weeks for the learner of an active match: the mentor's weekly
 * windows in real time (daylight-saving changes included), minus days off and both people's sessions with
 * a buffer, on the half hour of each window.
 */
export async function listMentorSlots(ctx: TenantContext, matchId: string, durationMinutes: number, now: Date = new Date()): Promise<MentorSlots> {
  const duration = (SESSION_DURATIONS as readonly number[]).includes(durationMinutes) ? durationMinutes : SESSION_DURATIONS[0];
  return withTenant(ctx, async (db) => {
    const match = await db.match.findFirst({
      where: { orgId: ctx.orgId, id: matchId, learnerId: ctx.employeeId, status: 'ACCEPTED' },
      select: { id: true, skill: { select: { name: true } }, mentor: { select: { id: true, name: true, timeZone: true } }, learner: { select: { timeZone: true } } },
    });
    if (!match) throw notFound('That match');
    const from = now.getTime() + MIN_NOTICE_MINUTES * 60_000;
    const to = now.getTime() + BOOKING_HORIZON_DAYS * 86_400_000;
    const [query, upcoming] = await Promise.all([
      mentorSlotQuery(db, ctx.orgId, match.mentor.id, ctx.employeeId, from, to, duration),
      db.peerSession.findMany({ where: { orgId: ctx.orgId, matchId: match.id, status: 'SCHEDULED', endsAt: { gt: now } }, orderBy: { startsAt: 'asc' }, select: { id: true, startsAt: true, endsAt: true, agenda: true } }),
    ]);
    return { matchId: match.id, skillName: match.skill.name, mentor: match.mentor, learnerTimeZone: match.learner.timeZone, durationMinutes: duration, slots: computeFreeSlots(query), upcoming };
  });
}
