import type { TenantDb } from '../db/tenant';
import { computeFreeSlots, type FreeSlotQuery } from './compute-free-slots';

/** Free time kept before and after a person's sessions when offering slots. */
export const BOOKING_BUFFER_MINUTES = 10;

/**
 * What a mentor's free slots between `from` and `to` depend on: their weekly windows and days off, and the
 * booked sessions of both the mentor and the learner (a slot must suit both), except `movingSessionId`
 * (the session being rescheduled, whose current time is about to be given up).
 */
export async function mentorSlotQuery(db: TenantDb, orgId: string, mentorId: string, learnerId: string, from: number, to: number, durationMinutes: number, movingSessionId?: string): Promise<FreeSlotQuery> {
  const [mentor, windows, timeOff, busy] = await Promise.all([
    db.employee.findUniqueOrThrow({ where: { orgId_id: { orgId, id: mentorId } }, select: { timeZone: true } }),
    db.availabilityWindow.findMany({ where: { orgId, employeeId: mentorId }, select: { weekday: true, startMinute: true, endMinute: true } }),
    db.timeOff.findMany({ where: { orgId, employeeId: mentorId, endDate: { gte: new Date(from - 86_400_000) } }, select: { startDate: true, endDate: true } }),
    db.sessionParticipant.findMany({
      where: { orgId, employeeId: { in: [mentorId, learnerId] }, status: 'BOOKED', ...(movingSessionId ? { sessionId: { not: movingSessionId } } : {}), startsAt: { lt: new Date(to + 86_400_000) }, endsAt: { gt: new Date(from - 86_400_000) } },
      select: { startsAt: true, endsAt: true },
    }),
  ]);
  return {
    timeZone: mentor.timeZone,
    windows,
    timeOff: timeOff.map((t) => ({ startDate: t.startDate.toISOString().slice(0, 10), endDate: t.endDate.toISOString().slice(0, 10) })),
    busy: busy.map((b) => ({ start: b.startsAt.getTime(), end: b.endsAt.getTime() })),
    from,
    to,
    durationMinutes,
    bufferMinutes: BOOKING_BUFFER_MINUTES,
  };
}

/** Is [start, end) a free slot of the mentor that also suits the learner, on any quarter hour the windows allow? */
export async function isMentorSlotFree(db: TenantDb, orgId: string, mentorId: string, learnerId: string, start: number, end: number, movingSessionId?: string): Promise<boolean> {
  const query = await mentorSlotQuery(db, orgId, mentorId, learnerId, start, end, (end - start) / 60_000, movingSessionId);
  // Any start the windows allow on the quarter hour; the offered list uses half hours.
  return computeFreeSlots({ ...query, stepMinutes: 15 }).some((s) => s.start === start);
}
