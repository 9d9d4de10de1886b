import type { z } from 'zod';
import type { TenantContext } from '../auth/tenant-context';
import { withTenant } from '../db/tenant';
import { notFound } from '../errors';
import type { calendarFeedInput } from './create-calendar-feed';

/** Turns the caller's feed URL off; calendars subscribed to it get nothing more. */
export async function revokeCalendarFeed(ctx: TenantContext, _input: z.output<typeof calendarFeedInput> = {}, now: Date = new Date()): Promise<{ revoked: true }> {
  const { count } = await withTenant(ctx, (db) => db.calendarFeed.updateMany({ where: { orgId: ctx.orgId, employeeId: ctx.employeeId, revokedAt: null }, data: { revokedAt: now } }));
  if (count === 0) throw notFound('Your calendar feed');
  return { revoked: true };
}
