import { z } from 'zod';
import type { TenantContext } from '../auth/tenant-context';
import { withTenant } from '../db/tenant';
import { notFound } from '../errors';
import { windowFields, writeWindowWithoutOverlap } from './availability-window-rules';

export const updateAvailabilityWindowInput = z.object({ windowId: z.uuid('That window was not found.') }).and(windowFields);

/** Moves one of the caller's weekly windows (day or times). */
export async function updateAvailabilityWindow(ctx: TenantContext, input: z.output<typeof updateAvailabilityWindowInput>): Promise<void> {
  const owned = await withTenant(ctx, (db) => db.availabilityWindow.count({ where: { orgId: ctx.orgId, id: input.windowId, employeeId: ctx.employeeId } }));
  if (!owned) throw notFound('That window');
  const window = { id: input.windowId, weekday: input.weekday, startMinute: input.start, endMinute: input.end };
  await writeWindowWithoutOverlap(ctx, window, async (db) => {
    const { count } = await db.availabilityWindow.updateMany({
      where: { orgId: ctx.orgId, id: input.windowId, employeeId: ctx.employeeId },
      data: { weekday: input.weekday, startMinute: input.start, endMinute: input.end },
    });
    if (count === 0) throw notFound('That window');
  });
}
