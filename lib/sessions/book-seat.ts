import { z } from 'zod';
import type { TenantContext } from '../auth/tenant-context';
import { withTenant } from '../db/tenant';
import { conflict, notFound } from '../errors';
import { databaseErrorCode } from '../db/database-error-code';
import { promoteFromWaitlist } from './promote-from-waitlist';

export const sessionIdInput = z.object({ sessionId: z.uuid('That session was not found.') });
export type SessionIdInput = z.output<typeof sessionIdInput>;

export const OTHER_SESSION_THEN = 'You are already booked into another session at that time.';

/**
 * Takes a seat in a group session, or a place on its waitlist when it is full. The seat is taken by a
 * conditional update of the session's seat count (never above capacity: a check constraint), so of many
 * concurrent bookings exactly `capacity` get seats and the rest are waitlisted in the order they came.
 * Booking again while booked or waitlisted returns the same place.
 */
export async function bookSeat(ctx: TenantContext, input: SessionIdInput, now: Date = new Date()): Promise<{ status: 'BOOKED' | 'WAITLISTED'; repeated: boolean }> {
  try {
    return await withTenant(ctx, async (db) => {
      // The row lock queues this booking behind a reschedule (and other bookings of this session), so the
      // seat is taken at the session's current times.
      const [session] = await db.$queryRaw<{ id: string; status: string; startsAt: Date; endsAt: Date; hostId: string }[]>`
        SELECT "id", "status"::text AS "status", "startsAt", "endsAt", "hostId" FROM "PeerSession"
         WHERE "orgId" = ${ctx.orgId}::uuid AND "id" = ${input.sessionId}::uuid AND "kind" <> 'MENTORING'
         FOR NO KEY UPDATE`;
      if (!session) throw notFound('That session');
      if (session.hostId === ctx.employeeId) throw conflict('You host this session.');
      if (session.status !== 'SCHEDULED' || session.startsAt <= now) throw conflict('This session is no longer open for booking.');
      const mine = await db.sessionParticipant.findUnique({
        where: { orgId_sessionId_employeeId: { orgId: ctx.orgId, sessionId: session.id, employeeId: ctx.employeeId } },
        select: { status: true },
      });
      if (mine && mine.status !== 'CANCELED') return { status: mine.status, repeated: true };

      const seat = await db.$executeRaw`
        UPDATE "PeerSession" SET "seatsTaken" = "seatsTaken" + 1, "updatedAt" = now()
         WHERE "orgId" = ${ctx.orgId}::uuid AND "id" = ${session.id}::uuid AND "status" = 'SCHEDULED' AND "seatsTaken" < "capacity"`;
      const status = seat === 1 ? 'BOOKED' : 'WAITLISTED';
      const row = { status, startsAt: session.startsAt, endsAt: session.endsAt } as const;
      if (mine) {
        await db.sessionParticipant.update({ where: { orgId_sessionId_employeeId: { orgId: ctx.orgId, sessionId: session.id, employeeId: ctx.employeeId } }, data: row });
      } else {
        await db.sessionParticipant.create({ data: { orgId: ctx.orgId, sessionId: session.id, employeeId: ctx.employeeId, role: 'ATTENDEE', ...row } });
      }
      return { status, repeated: false };
    });
  } catch (error) {
    // The exclusion constraint refused the seat (the whole transaction, seat count included, rolled back).
    if (databaseErrorCode(error) === '23P01') throw conflict(OTHER_SESSION_THEN);
    throw error;
  }
}

/**
 * Gives up a seat or a waitlist place. A freed seat goes to the first person on the waitlist who is free at
 * that time, in the same transaction, so the session stays full while anyone is waiting. If that person
 * books an overlapping session at the same moment, the exclusion constraint refuses the promotion and the
 * whole thing is tried again (they are then skipped).
 */
export async function cancelSeat(ctx: TenantContext, input: SessionIdInput): Promise<{ promotedEmployeeId: string | null }> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await giveUpSeat(ctx, input);
    } catch (error) {
      if (databaseErrorCode(error) !== '23P01' || attempt === 3) throw error;
    }
  }
}

async function giveUpSeat(ctx: TenantContext, input: SessionIdInput): Promise<{ promotedEmployeeId: string | null }> {
  return withTenant(ctx, async (db) => {
    const mine = await db.sessionParticipant.findFirst({
      where: { orgId: ctx.orgId, sessionId: input.sessionId, employeeId: ctx.employeeId, role: 'ATTENDEE', status: { in: ['BOOKED', 'WAITLISTED'] } },
      select: { status: true },
    });
    if (!mine) throw notFound('Your booking');
    await db.sessionParticipant.update({
      where: { orgId_sessionId_employeeId: { orgId: ctx.orgId, sessionId: input.sessionId, employeeId: ctx.employeeId } },
      data: { status: 'CANCELED' },
    });
    if (mine.status !== 'BOOKED') return { promotedEmployeeId: null };
    await db.$executeRaw`UPDATE "PeerSession" SET "seatsTaken" = "seatsTaken" - 1, "updatedAt" = now() WHERE "orgId" = ${ctx.orgId}::uuid AND "id" = ${input.sessionId}::uuid`;
    const [promoted] = await promoteFromWaitlist(db, ctx.orgId, input.sessionId, 1);
    return { promotedEmployeeId: promoted ?? null };
  });
}
