import { z } from 'zod';
import type { TenantContext } from '../auth/tenant-context';
import { withTenant } from '../db/tenant';
import { conflict, invalid } from '../errors';
import { databaseErrorCode } from '../db/database-error-code';

export const GROUP_SESSION_KINDS = ['WORKSHOP', 'DESIGN_THINKING', 'SPRINT_CHECKIN'] as const;

export const createGroupSessionInput = z.object({
  kind: z.enum(GROUP_SESSION_KINDS, 'Choose a kind of session.'),
  title: z.string().trim().min(1, 'Give the session a title.').max(160, 'Keep the title under 160 characters.'),
  agenda: z.string().trim().max(5000, 'Keep the agenda under 5,000 characters.').optional().transform((v) => v || undefined),
  startsAt: z.iso.datetime({ offset: true, error: 'Choose a start time.' }),
  durationMinutes: z.coerce.number().int('Use whole minutes.').min(15, 'At least 15 minutes.').max(480, 'At most 8 hours.'),
  capacity: z.coerce.number().int('Use a whole number.').min(2, 'At least 2 seats.').max(500, 'At most 500 seats.'),
  location: z.string().trim().max(500, 'Keep the room or link under 500 characters.').optional().transform((v) => v || undefined),
});

export type CreateGroupSessionInput = z.output<typeof createGroupSessionInput>;

/** The caller hosts a group session; the database keeps the host out of overlapping sessions. */
export async function createGroupSession(ctx: TenantContext, input: CreateGroupSessionInput, now: Date = new Date()): Promise<{ sessionId: string }> {
  const startsAt = new Date(input.startsAt);
  if (startsAt.getTime() <= now.getTime()) throw invalid('Choose a time in the future.', { startsAt: ['Choose a time in the future.'] });
  const endsAt = new Date(startsAt.getTime() + input.durationMinutes * 60_000);
  try {
    return await withTenant(ctx, async (db) => {
      const session = await db.peerSession.create({
        data: { orgId: ctx.orgId, kind: input.kind, title: input.title, agenda: input.agenda, hostId: ctx.employeeId, createdById: ctx.employeeId, startsAt, endsAt, capacity: input.capacity, location: input.location },
        select: { id: true },
      });
      await db.sessionParticipant.create({ data: { orgId: ctx.orgId, sessionId: session.id, employeeId: ctx.employeeId, role: 'HOST', startsAt, endsAt } });
      return { sessionId: session.id };
    });
  } catch (error) {
    if (databaseErrorCode(error) === '23P01') throw conflict('You are already in another session at that time.');
    throw error;
  }
}
