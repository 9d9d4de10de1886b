import { z } from 'zod';
import type { TenantContext } from '../auth/tenant-context';
import { instantOfWallClock } from '../availability';
import { databaseErrorCode } from '../db/database-error-code';
import { withTenant } from '../db/tenant';
import { conflict, invalid } from '../errors';
import { BOOKING_HORIZON_DAYS, SESSION_DURATIONS } from './book-mentoring-session';
import { findReschedulableSession, type ReschedulableSession } from './find-reschedulable-session';
import { MIN_NOTICE_MINUTES } from './list-mentor-slots';
import { BOOKING_BUFFER_MINUTES, isMentorSlotFree } from './mentor-slot-query';
import { promoteFromWaitlist } from './promote-from-waitlist';

const LOCAL_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;

export const rescheduleSessionInput = z.object({
  sessionId: z.uuid('That session was not found.'),
  /** An instant with an offset (a picked slot), or a local "YYYY-MM-DDTHH:MM" on the caller's clock (a typed time). */
  startsAt: z.string('Choose the new time.').refine((v) => LOCAL_DATE_TIME.test(v) || z.iso.datetime({ offset: true }).safeParse(v).success, 'Choose a date and a start time.'),
  durationMinutes: z.coerce.number().int('Use whole minutes.').min(15, 'At least 15 minutes.').max(480, 'At most 8 hours.'),
  reason: z.string().trim().min(1, 'Say why, so the others know.').max(1000, 'Keep the reason under 1,000 characters.'),
});

export type RescheduleSessionInput = z.output<typeof rescheduleSessionInput>;

const CALENDARS_CHANGED = 'Someone’s calendar changed while you were moving this session. Nothing was changed; try again.';

const MINUTE = 60_000;
const firstName = (name: string) => name.split(' ')[0]!;

/** Why a 1:1 cannot move to [start, end): the learner is busy (with the booking buffer), or the mentor is not free. */
function mentoringRefusal(ctx: TenantContext, session: ReschedulableSession, learnerBusy: boolean): string {
  const mentor = session.booked.find((p) => p.id === session.hostId)!;
  const learner = session.booked.find((p) => p.id !== session.hostId)!;
  if (learnerBusy) return learner.id === ctx.employeeId ? 'You have another session at or near that time.' : `${firstName(learner.name)} is not free at that time.`;
  return mentor.id === ctx.employeeId
    ? 'That time is outside your weekly hours, on a day off, or too close to another of your sessions.'
    : `That is not one of ${firstName(mentor.name)}’s free times. Choose one of the offered times.`;
}

/**
 * Moves a scheduled session that has not started to a new time: its host can, and either side of a 1:1.
 * A 1:1 may only move to one of the mentor's free slots (their weekly hours, days off, other sessions and
 * the buffer, not counting this session) that also suits the learner. A group session moves with its
 * host; attendees who are booked elsewhere at the new time lose their seat, and the first people on the
 * waitlist who are free then take the freed seats. Everything happens in one transaction (the exclusion
 * constraint checks every copied time), and the calendar sequence moves on. The change and cancel emails
 * come from the database when participants' times or places change, reading `rescheduleReason`.
 */
export async function rescheduleSession(ctx: TenantContext, input: RescheduleSessionInput, now: Date = new Date()): Promise<{ released: number; promoted: number }> {
  try {
    return await withTenant(ctx, async (db) => {
      const session = await findReschedulableSession(db, ctx, input.sessionId, now, true);
      const local = LOCAL_DATE_TIME.exec(input.startsAt);
      let start = Date.parse(input.startsAt);
      if (local) {
        const me = await db.employee.findUniqueOrThrow({ where: { orgId_id: { orgId: ctx.orgId, id: ctx.employeeId } }, select: { timeZone: true } });
        const [, y, mo, d, h, mi] = local.map(Number) as [number, number, number, number, number, number];
        start = instantOfWallClock(Date.UTC(y, mo - 1, d, h, mi), me.timeZone);
      }
      const end = start + input.durationMinutes * MINUTE;
      if (start < now.getTime() + MIN_NOTICE_MINUTES * MINUTE) {
        throw invalid('Choose a later time.', { startsAt: [`Choose a time at least ${MIN_NOTICE_MINUTES / 60} hours from now.`] });
      }
      if (session.startsAt.getTime() === start && session.endsAt.getTime() === end) {
        throw invalid('That is the time it already has.', { startsAt: ['Choose a different time from the current one.'] });
      }
      const bookedIds = session.booked.map((p) => p.id);
      if (session.kind === 'MENTORING') {
        if (!(SESSION_DURATIONS as readonly number[]).includes(input.durationMinutes)) throw invalid('Choose a length.', { durationMinutes: ['Choose 30, 45 or 60 minutes.'] });
        if (start > now.getTime() + BOOKING_HORIZON_DAYS * 86_400_000) throw invalid('Choose one of the offered times.', { startsAt: [`Pick a time in the next ${BOOKING_HORIZON_DAYS} days.`] });
        const learner = bookedIds.find((id) => id !== session.hostId)!;
        if (!(await isMentorSlotFree(db, ctx.orgId, session.hostId, learner, start, end, session.id))) {
          const buffer = BOOKING_BUFFER_MINUTES * MINUTE;
          const learnerBusy = await db.sessionParticipant.count({
            where: { orgId: ctx.orgId, employeeId: learner, status: 'BOOKED', sessionId: { not: session.id }, startsAt: { lt: new Date(end + buffer) }, endsAt: { gt: new Date(start - buffer) } },
          });
          throw conflict(mentoringRefusal(ctx, session, learnerBusy > 0));
        }
      }

      const busy = new Set(
        (
          await db.sessionParticipant.findMany({
            where: { orgId: ctx.orgId, employeeId: { in: bookedIds }, status: 'BOOKED', sessionId: { not: session.id }, startsAt: { lt: new Date(end) }, endsAt: { gt: new Date(start) } },
            select: { employeeId: true },
          })
        ).map((p) => p.employeeId),
      );
      if (busy.has(session.hostId)) {
        throw conflict(session.hostId === ctx.employeeId ? 'You are in another session at that time.' : `${firstName(session.booked.find((p) => p.id === session.hostId)!.name)} is not free at that time.`);
      }
      if (session.kind === 'MENTORING' && busy.size > 0) throw conflict(mentoringRefusal(ctx, session, true));
      const released = [...busy];

      await db.peerSession.update({
        where: { orgId_id: { orgId: ctx.orgId, id: session.id } },
        data: { startsAt: new Date(start), endsAt: new Date(end), sequence: { increment: 1 }, rescheduleReason: input.reason, seatsTaken: { decrement: released.length } },
      });
      if (released.length > 0) {
        await db.sessionParticipant.updateMany({ where: { orgId: ctx.orgId, sessionId: session.id, employeeId: { in: released } }, data: { status: 'CANCELED' } });
      }
      // Raw SQL so "updatedAt" stays put: it orders the waitlist (when each person joined it).
      await db.$executeRaw`
        UPDATE "SessionParticipant" SET "startsAt" = ${new Date(start).toISOString()}::timestamptz, "endsAt" = ${new Date(end).toISOString()}::timestamptz
         WHERE "orgId" = ${ctx.orgId}::uuid AND "sessionId" = ${session.id}::uuid AND "status" IN ('BOOKED', 'WAITLISTED')`;
      if (released.length === 0) return { released: 0, promoted: 0 };

      const promoted = await promoteFromWaitlist(db, ctx.orgId, session.id, released.length);
      return { released: released.length, promoted: promoted.length };
    });
  } catch (error) {
    // Someone booked into an overlapping session between the checks and the writes: all of it rolled back.
    if (databaseErrorCode(error) === '23P01') throw conflict(CALENDARS_CHANGED);
    throw error;
  }
}
