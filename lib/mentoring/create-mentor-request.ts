import { z } from 'zod';
import type { TenantContext } from '../auth/tenant-context';
import type { TenantDb } from '../db/tenant';
import { withTenant } from '../db/tenant';
import { conflict, invalid, notFound } from '../errors';
import { checkbox, levelField, optionalText } from '../profiles/form-fields';
import { findUsableSkill } from '../profiles/usable-skill';
import { levelName } from '../skills/levels';

const optionalId = (message: string) => z.preprocess((value) => (value === '' || value === null ? undefined : value), z.uuid(message).optional());

const MENTOR_REQUEST_OUTCOME_MAX = 1000;

export const mentorRequestInput = z.object({
  skillId: z.uuid('Choose a skill from the list.'),
  goalId: optionalId('That learning goal was not found.'),
  targetLevel: levelField('Choose a target level from 1 to 5'),
  outcome: optionalText(MENTOR_REQUEST_OUTCOME_MAX),
  format: z.preprocess((value) => (value === '' || value == null ? undefined : value), z.enum(['ONE_TO_ONE', 'SMALL_GROUP'], 'Choose 1:1 or small group').default('ONE_TO_ONE')),
  preferOutsideTeam: checkbox,
  acceptsAsync: checkbox,
  cycleId: optionalId('That matching round was not found.'),
});

type ParsedInput = z.output<typeof mentorRequestInput>;
/** The parsed form; callers other than the form (cycle sign-ups) may leave out what has a default. */
export type MentorRequestInput = Pick<ParsedInput, 'skillId' | 'targetLevel'> & Partial<Omit<ParsedInput, 'skillId' | 'targetLevel'>>;

const correct = 'Please correct the highlighted fields.';

function isOpenRequestTaken(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const { code, meta } = error as { code?: unknown; meta?: unknown };
  const text = JSON.stringify(meta ?? {}) + String((error as { message?: unknown }).message ?? '');
  return (code === 'P2002' || code === '23505') && (text.includes('MentorRequest_one_open_per_skill') || text.includes('skillId'));
}

function alreadyOpen(skillName: string) {
  return conflict(`You already have an open mentoring request for ${skillName}. Open it under Find a mentor, or close it there to start over.`);
}

async function findOpenRequest(db: TenantDb, ctx: TenantContext, skillId: string) {
  return db.mentorRequest.findFirst({ where: { orgId: ctx.orgId, learnerId: ctx.employeeId, skillId, status: 'OPEN' }, select: { id: true } });
}

/**
 * A learner asks for mentoring on a skill, directly or into an open matching cycle. The target must be above
 * their current level (snapshotted on the request); a goal must be their own and for the same skill. One open
 * request per skill: a second one is a conflict (the database refuses it too, for two submits at once).
 */
export async function createMentorRequest(ctx: TenantContext, input: MentorRequestInput, now = new Date()): Promise<{ id: string }> {
  const data = { outcome: null, format: 'ONE_TO_ONE' as const, preferOutsideTeam: false, acceptsAsync: false, ...input };
  let skillName = '';
  try {
    return await withTenant(ctx, async (db) => {
      const skill = await findUsableSkill(db, ctx, data.skillId);
      skillName = skill.name;

      if (data.goalId) {
        const goal = await db.learningGoal.findFirst({ where: { orgId: ctx.orgId, id: data.goalId, employeeId: ctx.employeeId }, select: { skillId: true } });
        if (!goal) throw invalid(correct, { goalId: ['That learning goal was not found.'] });
        if (goal.skillId !== skill.id) throw invalid(correct, { goalId: ['That learning goal is for another skill.'] });
      }

      if (data.cycleId) {
        const cycle = await db.matchingCycle.findUnique({
          where: { orgId_id: { orgId: ctx.orgId, id: data.cycleId } },
          select: { name: true, status: true, signupOpensAt: true, signupClosesAt: true },
        });
        if (!cycle || cycle.status === 'DRAFT') throw notFound('That matching round');
        if (cycle.status !== 'OPEN' || now < cycle.signupOpensAt || now >= cycle.signupClosesAt) {
          const when = now < cycle.signupOpensAt ? `opens on ${cycle.signupOpensAt.toISOString().slice(0, 10)}` : 'is closed';
          throw invalid(`Sign-up for “${cycle.name}” ${when}; requests cannot be added to it now.`);
        }
      }

      const current = await db.employeeSkill.findUnique({
        where: { orgId_employeeId_skillId: { orgId: ctx.orgId, employeeId: ctx.employeeId, skillId: skill.id } },
        select: { level: true },
      });
      const currentLevel = current?.level ?? null;
      if (currentLevel !== null && data.targetLevel <= currentLevel) {
        throw invalid(correct, { targetLevel: [`You are already at level ${currentLevel} (${levelName(currentLevel)}); choose a higher target`] });
      }

      const open = await findOpenRequest(db, ctx, skill.id);
      if (open) throw alreadyOpen(skill.name);

      return db.mentorRequest.create({
        data: {
          orgId: ctx.orgId,
          learnerId: ctx.employeeId,
          skillId: skill.id,
          goalId: data.goalId ?? null,
          cycleId: data.cycleId ?? null,
          currentLevel,
          targetLevel: data.targetLevel,
          outcome: data.outcome,
          format: data.format,
          preferOutsideTeam: data.preferOutsideTeam,
          acceptsAsync: data.acceptsAsync,
        },
        select: { id: true },
      });
    });
  } catch (error) {
    // Two submits at once: the partial unique index let only one through.
    if (!isOpenRequestTaken(error)) throw error;
    throw alreadyOpen(skillName);
  }
}
