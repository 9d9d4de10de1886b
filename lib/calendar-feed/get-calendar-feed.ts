import type { TenantContext } from '../auth/tenant-context';
import { withTenant } from '../db/tenant';

/** Whether the caller has a live feed URL, and since when (the URL itself cannot be shown again). */
export async function getCalendarFeed(ctx: TenantContext): Promise<{ createdAt: Date } | null> {
  return withTenant(ctx, (db) => db.calendarFeed.findFirst({ where: { orgId: ctx.orgId, employeeId: ctx.employeeId, revokedAt: null }, select: { createdAt: true } }));
}
