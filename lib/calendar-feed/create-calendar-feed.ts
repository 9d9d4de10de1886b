import { z } from 'zod';
import type { TenantContext } from '../auth/tenant-context';
import { withTenant } from '../db/tenant';
import { appUrl } from '../mail';
import { newCalendarFeedToken } from './calendar-feed-token';

export const calendarFeedInput = z.object({});

/**
 * A new private feed URL for the caller's sessions. Any feed they had stops working (one live feed per
 * person: a partial unique index), so "regenerate" is this too. The URL is returned once; only its hash is kept.
 */
export async function createCalendarFeed(ctx: TenantContext, _input: z.output<typeof calendarFeedInput> = {}, now: Date = new Date()): Promise<{ url: string }> {
  const { token, tokenHash } = newCalendarFeedToken();
  await withTenant(ctx, async (db) => {
    await db.calendarFeed.updateMany({ where: { orgId: ctx.orgId, employeeId: ctx.employeeId, revokedAt: null }, data: { revokedAt: now } });
    await db.calendarFeed.create({ data: { orgId: ctx.orgId, employeeId: ctx.employeeId, tokenHash }, select: { id: true } });
  });
  return { url: appUrl(`/api/calendar/${token}`) };
}
