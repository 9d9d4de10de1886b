import { z } from 'zod';
import type { TenantContext } from '../auth/tenant-context';
import { withTenant } from '../db/tenant';
import { notFound } from '../errors';

export const setGoalStatusInput = z.object({
  goalId: z.uuid('That learning goal was not found.'),
  status: z.enum(['ACTIVE', 'ACHIEVED', 'PAUSED', 'ABANDONED'], 'Choose a status'),
});

/** Moves one of the caller's goals between active, achieved, paused and abandoned; achieving stamps completedAt. */
export async function setGoalStatus(ctx: TenantContext, input: z.output<typeof setGoalStatusInput>): Promise<void> {
  await withTenant(ctx, async (db) => {
    const goal = await db.learningGoal.findFirst({ where: { orgId: ctx.orgId, id: input.goalId, employeeId: ctx.employeeId }, select: { id: true, status: true } });
    if (!goal) throw notFound('That learning goal');
    if (goal.status === input.status) return;
    await db.learningGoal.update({
      where: { orgId_id: { orgId: ctx.orgId, id: goal.id } },
      data: { status: input.status, completedAt: input.status === 'ACHIEVED' ? new Date() : null },
    });
  });
}
