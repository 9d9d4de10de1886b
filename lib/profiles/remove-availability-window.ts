import { z } from 'zod';
import type { TenantContext } from '../auth/tenant-context';
import { withTenant } from '../db/tenant';
import { notFound } from '../errors';

export const removeAvailabilityWindowInput = z.object({ windowId: z.uuid('That window was not found.') });

export async function removeAvailabilityWindow(ctx: TenantContext, input: z.output<typeof removeAvailabilityWindowInput>): Promise<void> {
  await withTenant(ctx, async (db) => {
    const { count } = await db.availabilityWindow.deleteMany({ where: { orgId: ctx.orgId, id: input.windowId, employeeId: ctx.employeeId } });
    if (count === 0) throw notFound('That window');
  });
}
