import type { TenantContext } from '../auth/tenant-context';
import { withTenant } from '../db/tenant';

/**
 * Since when the caller's feed URL has been live (null: none), and their time zone to say it in. The URL
 * itself cannot be shown again: only its hash is kept.
 */
export async function getCalendarFeed(ctx: TenantContext): Promise<{ since: Date | null; timeZone: string }> {
  return withTenant(ctx, async (db) => {
    const [feed, me] = await Promise.all([
      db.calendarFeed.findFirst({ where: { orgId: ctx.orgId, employeeId: ctx.employeeId, revokedAt: null }, select: { createdAt: true } }),
      db.employee.findUniqueOrThrow({ where: { orgId_id: { orgId: ctx.orgId, id: ctx.employeeId } }, select: { timeZone: true } }),
    ]);
    return { since: feed?.createdAt ?? null, timeZone: me.timeZone };
  });
}
