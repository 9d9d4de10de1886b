import { z } from 'zod';
import type { TenantContext } from '../auth/tenant-context';
import { withTenant } from '../db/tenant';
import { notFound } from '../errors';

export const removeTimeOffInput = z.object({ timeOffId: z.uuid('That time off was not found.') });

export async function removeTimeOff(ctx: TenantContext, input: z.output<typeof removeTimeOffInput>): Promise<void> {
  await withTenant(ctx, async (db) => {
    const { count } = await db.timeOff.deleteMany({ where: { orgId: ctx.orgId, id: input.timeOffId, employeeId: ctx.employeeId } });
    if (count === 0) throw notFound('That time off');
  });
}
