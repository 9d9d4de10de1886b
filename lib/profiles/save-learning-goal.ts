import { z } from 'zod';
import type { TenantContext } from '../auth/tenant-context';
import { withTenant } from '../db/tenant';
import { invalid, notFound } from '../errors';
import { levelName } from '../skills';
import { levelField, optionalCalendarDate, optionalText } from './form-fields';
import { dateColumn, dayOf, todayIn } from './local-date';
import { findUsableSkill } from './usable-skill';

export const saveLearningGoalInput = z.object({
  /** Empty for a new goal. */
  goalId: z.preprocess((value) => (value === '' ? undefined : value), z.uuid('That learning goal was not found.').optional()),
  skillId: z.uuid('Choose a skill from the list.'),
  targetLevel: levelField('Choose a target level from 1 to 5'),
  dueDate: optionalCalendarDate,
  why: optionalText(500),
});

export type SaveLearningGoalInput = z.output<typeof saveLearningGoalInput>;

const correct = 'Please correct the highlighted fields.';

/**
 * Creates or edits one of the caller's own learning goals. The target must be above their current level in
 * the skill, and the due date not in the past (in their time zone) — except that an overdue goal may keep
 * the date it already has while other details change.
 */
export async function saveLearningGoal(ctx: TenantContext, input: SaveLearningGoalInput): Promise<{ id: string }> {
  return withTenant(ctx, async (db) => {
    const existing = input.goalId
      ? await db.learningGoal.findFirst({ where: { orgId: ctx.orgId, id: input.goalId, employeeId: ctx.employeeId }, select: { id: true, skillId: true, dueDate: true, status: true } })
      : null;
    if (input.goalId && !existing) throw notFound('That learning goal');
    // Only a skill being chosen now must be usable; a goal keeps its skill if that was retired since.
    if (existing?.skillId !== input.skillId) await findUsableSkill(db, ctx, input.skillId);

    const me = await db.employee.findUniqueOrThrow({ where: { orgId_id: { orgId: ctx.orgId, id: ctx.employeeId } }, select: { timeZone: true } });
    const keepsOverdueDate = existing?.dueDate && input.dueDate === dayOf(existing.dueDate);
    if (input.dueDate && !keepsOverdueDate && input.dueDate < todayIn(me.timeZone)) throw invalid(correct, { dueDate: ['Choose today or a later date'] });

    if (!existing || existing.status === 'ACTIVE') {
      const current = await db.employeeSkill.findUnique({
        where: { orgId_employeeId_skillId: { orgId: ctx.orgId, employeeId: ctx.employeeId, skillId: input.skillId } },
        select: { level: true },
      });
      if (current?.level && input.targetLevel <= current.level) {
        throw invalid(correct, { targetLevel: [`You are already at level ${current.level} (${levelName(current.level)}); choose a higher target`] });
      }
    }

    const data = { skillId: input.skillId, targetLevel: input.targetLevel, dueDate: input.dueDate ? dateColumn(input.dueDate) : null, why: input.why };
    if (existing) {
      await db.learningGoal.update({ where: { orgId_id: { orgId: ctx.orgId, id: existing.id } }, data });
      return { id: existing.id };
    }
    const created = await db.learningGoal.create({ data: { orgId: ctx.orgId, employeeId: ctx.employeeId, ...data }, select: { id: true } });
    return created;
  });
}
