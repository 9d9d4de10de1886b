import { z } from 'zod';
import type { TenantContext } from '../auth/tenant-context';
import { withTenant, type TenantDb } from '../db/tenant';
import { conflict, invalid, notFound } from '../errors';
import { databaseErrorCode } from '../db/database-error-code';
import { retryOnDeadlock } from '../db/retry-on-deadlock';
import { isMentorSlotFree } from './mentor-slot-query';

/** How far ahead slots are offered. */
export const BOOKING_HORIZON_DAYS = 28;
export const SESSION_DURATIONS = [30, 45, 60] as const;

export const bookMentoringSessionInput = z.object({
  matchId: z.uuid('That match was not found.'),
  startsAt: z.iso.datetime({ offset: true, error: 'Choose one of the offered times.' }),
  durationMinutes: z.coerce.number().refine((n) => (SESSION_DURATIONS as readonly number[]).includes(n), 'Choose 30, 45 or 60 minutes.'),
  agenda: z.string().trim().max(5000, 'Keep the agenda under 5,000 characters.').optional().transform((v) => v || undefined),
  idempotencyKey: z.string().min(8, 'Missing booking key.').max(200, 'Missing booking key.'),
});

export type BookMentoringSessionInput = z.output<typeof bookMentoringSessionInput>;

export const SLOT_TAKEN = 'That time was just taken. Choose another slot.';

async function existingBooking(db: TenantDb, ctx: TenantContext, key: string) {
  return db.peerSession.findUnique({ where: { orgId_createdById_idempotencyKey: { orgId: ctx.orgId, createdById: ctx.employeeId, idempotencyKey: key } }, select: { id: true } });
}

/**
 * The learner of an active match books a 1:1 session with their mentor at one of the mentor's free slots.
 * The database keeps both people out of overlapping sessions (an exclusion constraint), so of many
 * concurrent attempts at one slot exactly one succeeds and the others get SLOT_TAKEN; the same
 * idempotency key (a retry, a double click) returns the same booking.
 */
export async function bookMentoringSession(ctx: TenantContext, input: BookMentoringSessionInput, now: Date = new Date()): Promise<{ sessionId: string; repeated: boolean }> {
  const start = new Date(input.startsAt).getTime();
  const end = start + input.durationMinutes * 60_000;
  try {
    return await retryOnDeadlock(() => withTenant(ctx, async (db) => {
      const earlier = await existingBooking(db, ctx, input.idempotencyKey);
      if (earlier) return { sessionId: earlier.id, repeated: true };
      const match = await db.match.findFirst({
        where: { orgId: ctx.orgId, id: input.matchId, learnerId: ctx.employeeId, status: 'ACCEPTED' },
        select: { id: true, mentorId: true, skill: { select: { name: true } } },
      });
      if (!match) throw notFound('That match');
      if (start < now.getTime() || start > now.getTime() + BOOKING_HORIZON_DAYS * 86_400_000) {
        throw invalid('Choose one of the offered times.', { startsAt: [`Pick a time in the next ${BOOKING_HORIZON_DAYS} days.`] });
      }
      if (!(await isMentorSlotFree(db, ctx.orgId, match.mentorId, ctx.employeeId, start, end))) throw conflict(SLOT_TAKEN);
      const session = await db.peerSession.create({
        data: {
          orgId: ctx.orgId,
          kind: 'MENTORING',
          title: `${match.skill.name} mentoring`,
          agenda: input.agenda,
          hostId: match.mentorId,
          matchId: match.id,
          startsAt: new Date(start),
          endsAt: new Date(end),
          capacity: 1,
          seatsTaken: 1,
          createdById: ctx.employeeId,
          idempotencyKey: input.idempotencyKey,
        },
        select: { id: true },
      });
      await db.sessionParticipant.createMany({
        data: [
          { orgId: ctx.orgId, sessionId: session.id, employeeId: match.mentorId, role: 'HOST', startsAt: new Date(start), endsAt: new Date(end) },
          { orgId: ctx.orgId, sessionId: session.id, employeeId: ctx.employeeId, role: 'ATTENDEE', startsAt: new Date(start), endsAt: new Date(end) },
        ],
      });
      return { sessionId: session.id, repeated: false };
    }));
  } catch (error) {
    // A twin request with the same key (a double click, a retry) may have won while this one ran: whatever
    // stopped this one (the slot now taken, the key now used), answer with that booking.
    const earlier = await withTenant(ctx, (db) => existingBooking(db, ctx, input.idempotencyKey));
    if (earlier) return { sessionId: earlier.id, repeated: true };
    if (databaseErrorCode(error) === '23P01') throw conflict(SLOT_TAKEN);
    throw error;
  }
}
