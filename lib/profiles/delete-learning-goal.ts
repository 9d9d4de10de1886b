import { z } from 'zod';
import type { TenantContext } from '../auth/tenant-context';
import { withTenant } from '../db/tenant';
import { notFound } from '../errors';

export const deleteLearningGoalInput = z.object({ goalId: z.uuid('That learning goal was not found.') });

export async function deleteLearningGoal(ctx: TenantContext, input: z.output<typeof deleteLearningGoalInput>): Promise<void> {
  await withTenant(ctx, async (db) => {
    const { count } = await db.learningGoal.deleteMany({ where: { orgId: ctx.orgId, id: input.goalId, employeeId: ctx.employeeId } });
    if (count === 0) throw notFound('That learning goal');
  });
}
