import { z } from 'zod';
import type { TenantContext } from '../auth/tenant-context';
import { withTenant } from '../db/tenant';

// An empty box is "no answer", not 0.
const count = (max: number) =>
  z.preprocess((value) => (value === '' ? undefined : value), z.coerce.number('Enter a number').int('Use a whole number').min(0, 'At least 0').max(max, `At most ${max}`));

export const updateMentoringCapacityInput = z.object({
  mentoringCapacity: count(20),
  sessionsPerWeek: count(40),
});

export type UpdateMentoringCapacityInput = z.output<typeof updateMentoringCapacityInput>;

/** How many mentees at once (0 = not mentoring now) and peer sessions a week the caller will take. */
export async function updateMentoringCapacity(ctx: TenantContext, input: UpdateMentoringCapacityInput): Promise<UpdateMentoringCapacityInput> {
  await withTenant(ctx, (db) => db.employee.update({ where: { orgId_id: { orgId: ctx.orgId, id: ctx.employeeId } }, data: input }));
  return input;
}
