import type { TenantContext } from '../auth/tenant-context';
import type { SessionKind } from '../db/generated/enums';
import { withTenant } from '../db/tenant';
import { BOOKING_HORIZON_DAYS, SESSION_DURATIONS } from './book-mentoring-session';
import { computeFreeSlots, type Interval } from './compute-free-slots';
import { findReschedulableSession } from './find-reschedulable-session';
import { MIN_NOTICE_MINUTES } from './list-mentor-slots';
import { mentorSlotQuery } from './mentor-slot-query';

export interface RescheduleOptions {
  session: { id: string; kind: SessionKind; title: string; startsAt: Date; endsAt: Date };
  /** The viewer's time zone, in which the page shows and reads times. */
  timeZone: string;
  /** The length the new time is offered in (a 1:1 picks 30, 45 or 60; a group session keeps its own). */
  durationMinutes: number;
  /** A 1:1: the other side (whose clock is shown beside each slot) and the mentor's free slots. */
  mentoring: { other: { name: string; timeZone: string }; otherIsMentor: boolean; slots: Interval[] } | null;
  /** A group session: attendees with a seat (not the host) and people waiting. */
  seats: { booked: number; waitlisted: number } | null;
}

/**
 * What the reschedule page offers, for the same people rescheduleSession lets move the session: a 1:1's
 * free slots of the mentor for the next four weeks that also suit the learner (not counting this session,
 * and without its current time), or a group session's seats, so the host knows who is affected.
 */
export async function getRescheduleOptions(ctx: TenantContext, sessionId: string, durationMinutes: number | undefined, now: Date = new Date()): Promise<RescheduleOptions> {
  return withTenant(ctx, async (db) => {
    const session = await findReschedulableSession(db, ctx, sessionId, now);
    const me = await db.employee.findUniqueOrThrow({ where: { orgId_id: { orgId: ctx.orgId, id: ctx.employeeId } }, select: { timeZone: true } });
    const current = (session.endsAt.getTime() - session.startsAt.getTime()) / 60_000;
    const summary = { id: session.id, kind: session.kind, title: session.title, startsAt: session.startsAt, endsAt: session.endsAt };
    if (session.kind !== 'MENTORING') {
      const [booked, waitlisted] = await Promise.all([
        db.sessionParticipant.count({ where: { orgId: ctx.orgId, sessionId: session.id, role: 'ATTENDEE', status: 'BOOKED' } }),
        db.sessionParticipant.count({ where: { orgId: ctx.orgId, sessionId: session.id, status: 'WAITLISTED' } }),
      ]);
      return { session: summary, timeZone: me.timeZone, durationMinutes: current, mentoring: null, seats: { booked, waitlisted } };
    }
    const durations = SESSION_DURATIONS as readonly number[];
    const duration = durations.find((d) => d === durationMinutes) ?? durations.find((d) => d === current) ?? SESSION_DURATIONS[0];
    const mentor = session.booked.find((p) => p.id === session.hostId)!;
    const learner = session.booked.find((p) => p.id !== session.hostId)!;
    const from = now.getTime() + MIN_NOTICE_MINUTES * 60_000;
    const to = now.getTime() + BOOKING_HORIZON_DAYS * 86_400_000;
    const query = await mentorSlotQuery(db, ctx.orgId, mentor.id, learner.id, from, to, duration, session.id);
    const slots = computeFreeSlots(query).filter((s) => !(s.start === session.startsAt.getTime() && s.end === session.endsAt.getTime()));
    const other = mentor.id === ctx.employeeId ? learner : mentor;
    return { session: summary, timeZone: me.timeZone, durationMinutes: duration, mentoring: { other: { name: other.name, timeZone: other.timeZone }, otherIsMentor: other.id === mentor.id, slots }, seats: null };
  });
}
