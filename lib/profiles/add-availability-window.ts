import type { z } from 'zod';
import type { TenantContext } from '../auth/tenant-context';
import { windowFields, writeWindowWithoutOverlap } from './availability-window-rules';

export const addAvailabilityWindowInput = windowFields;

/** A new weekly window on the caller's own profile, in their own time zone. */
export async function addAvailabilityWindow(ctx: TenantContext, input: z.output<typeof addAvailabilityWindowInput>): Promise<{ id: string }> {
  const window = { weekday: input.weekday, startMinute: input.start, endMinute: input.end };
  return writeWindowWithoutOverlap(ctx, window, (db) =>
    db.availabilityWindow.create({ data: { orgId: ctx.orgId, employeeId: ctx.employeeId, ...window }, select: { id: true } }),
  );
}
