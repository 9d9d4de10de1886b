import { z } from 'zod';
import type { TenantContext } from '../auth/tenant-context';
import { instantOfWallClock } from '../availability';
import { withTenant } from '../db/tenant';
import { conflict, invalid } from '../errors';
import { databaseErrorCode } from '../db/database-error-code';
import { DESIGN_THINKING_TEMPLATE } from './design-thinking-template';

export const GROUP_SESSION_KINDS = ['WORKSHOP', 'DESIGN_THINKING', 'SPRINT_CHECKIN'] as const;
export const MAX_SESSION_SKILLS = 5;

const LOCAL_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;

/** The form sends the picked skills as one comma-separated field (a form action keeps one value per name). */
const idList = z.preprocess(
  (value) => (Array.isArray(value) ? value : typeof value === 'string' ? value.split(',').filter(Boolean) : []),
  z.array(z.uuid('Pick skills from the list.')).max(MAX_SESSION_SKILLS, `Pick at most ${MAX_SESSION_SKILLS} skills.`),
);

export const createGroupSessionInput = z.object({
  kind: z.enum(GROUP_SESSION_KINDS, 'Choose a kind of session.'),
  title: z.string().trim().min(1, 'Give the session a title.').max(160, 'Keep the title under 160 characters.'),
  agenda: z.string().trim().max(5000, 'Keep the agenda under 5,000 characters.').optional().transform((v) => v || undefined),
  /** An instant with an offset, or a local "YYYY-MM-DDTHH:MM" on the host's clock (what the form sends). */
  startsAt: z.string('Choose a date and a start time.').refine((v) => LOCAL_DATE_TIME.test(v) || z.iso.datetime({ offset: true }).safeParse(v).success, 'Choose a date and a start time.'),
  durationMinutes: z.coerce.number().int('Use whole minutes.').min(15, 'At least 15 minutes.').max(480, 'At most 8 hours.'),
  capacity: z.coerce.number().int('Use a whole number.').min(2, 'At least 2 seats.').max(500, 'At most 500 seats.'),
  location: z.string().trim().max(500, 'Keep the room or link under 500 characters.').optional().transform((v) => v || undefined),
  skillIds: idList.default([]),
  communityId: z.preprocess((v) => (v === '' ? undefined : v), z.uuid('Choose a community from the list.').optional()),
  /** Made once per form, so a double click or a retry creates one session. */
  idempotencyKey: z.string().trim().min(8).max(100).optional(),
});

export type CreateGroupSessionInput = z.output<typeof createGroupSessionInput>;

function startInstant(startsAt: string, hostZone: string): Date {
  const local = LOCAL_DATE_TIME.exec(startsAt);
  if (!local) return new Date(startsAt);
  const [, y, mo, d, h, mi] = local.map(Number) as [number, number, number, number, number, number];
  return new Date(instantOfWallClock(Date.UTC(y, mo - 1, d, h, mi), hostZone));
}

/**
 * The caller hosts a group session: tagged with up to five of the org's live skills, optionally in one of
 * its active communities, and for design thinking with the five phases of the facilitation template. The
 * database keeps the host out of overlapping sessions.
 */
export async function createGroupSession(ctx: TenantContext, input: CreateGroupSessionInput, now: Date = new Date()): Promise<{ sessionId: string; repeated: boolean }> {
  try {
    return await withTenant(ctx, async (db) => {
      if (input.idempotencyKey) {
        const earlier = await db.peerSession.findUnique({ where: { orgId_createdById_idempotencyKey: { orgId: ctx.orgId, createdById: ctx.employeeId, idempotencyKey: input.idempotencyKey } }, select: { id: true } });
        if (earlier) return { sessionId: earlier.id, repeated: true };
      }
      const host = await db.employee.findUniqueOrThrow({ where: { orgId_id: { orgId: ctx.orgId, id: ctx.employeeId } }, select: { timeZone: true } });
      const startsAt = startInstant(input.startsAt, host.timeZone);
      if (startsAt.getTime() <= now.getTime()) throw invalid('Choose a time in the future.', { startsAt: ['Choose a time in the future.'] });
      const endsAt = new Date(startsAt.getTime() + input.durationMinutes * 60_000);

      const skillIds = [...new Set(input.skillIds)];
      if (skillIds.length > 0) {
        const live = await db.skill.count({ where: { orgId: ctx.orgId, id: { in: skillIds }, kind: 'SKILL', status: 'APPROVED' } });
        if (live !== skillIds.length) throw invalid('Pick skills from the list.', { skillIds: ['One of these skills is no longer in the taxonomy. Pick skills from the list.'] });
      }
      if (input.communityId) {
        const community = await db.community.findFirst({ where: { orgId: ctx.orgId, id: input.communityId, status: 'ACTIVE' }, select: { id: true } });
        if (!community) throw invalid('Choose a community from the list.', { communityId: ['That community is not open. Choose one from the list.'] });
      }

      const session = await db.peerSession.create({
        data: {
          orgId: ctx.orgId, kind: input.kind, title: input.title, agenda: input.agenda, hostId: ctx.employeeId, createdById: ctx.employeeId,
          startsAt, endsAt, capacity: input.capacity, location: input.location, communityId: input.communityId, idempotencyKey: input.idempotencyKey,
        },
        select: { id: true },
      });
      await db.sessionParticipant.create({ data: { orgId: ctx.orgId, sessionId: session.id, employeeId: ctx.employeeId, role: 'HOST', startsAt, endsAt } });
      if (skillIds.length > 0) await db.sessionSkill.createMany({ data: skillIds.map((skillId) => ({ orgId: ctx.orgId, sessionId: session.id, skillId })) });
      if (input.kind === 'DESIGN_THINKING') {
        await db.designThinkingPhase.createMany({
          data: DESIGN_THINKING_TEMPLATE.map((p) => ({ orgId: ctx.orgId, sessionId: session.id, phase: p.phase, position: p.position, timeboxMinutes: p.timeboxMinutes, prompt: p.prompt })),
        });
      }
      return { sessionId: session.id, repeated: false };
    });
  } catch (error) {
    const code = databaseErrorCode(error);
    if (code === '23P01') throw conflict('You are already in another session at that time.');
    // A twin request with the same key won the race: it created the session this one was asking for.
    if ((code === '23505' || code === 'P2002') && input.idempotencyKey) {
      const key = input.idempotencyKey;
      const twin = await withTenant(ctx, (db) => db.peerSession.findUnique({ where: { orgId_createdById_idempotencyKey: { orgId: ctx.orgId, createdById: ctx.employeeId, idempotencyKey: key } }, select: { id: true } }));
      if (twin) return { sessionId: twin.id, repeated: true };
    }
    throw error;
  }
}
