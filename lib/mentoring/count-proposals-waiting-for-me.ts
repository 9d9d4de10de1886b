import type { TenantContext } from '../auth/tenant-context';
import { withTenant } from '../db/tenant';

/**
 * How many proposals wait for the caller's answer as a mentor, for the "Mentoring others" tab badge on every
 * /mentors page. Read-only and cheap (an indexed count); overdue ones are not counted even before a sweep expires them.
 */
export async function countProposalsWaitingForMe(ctx: TenantContext, now: Date = new Date()): Promise<number> {
  return withTenant(ctx, (db) =>
    db.match.count({ where: { orgId: ctx.orgId, mentorId: ctx.employeeId, status: 'PROPOSED', OR: [{ expiresAt: null }, { expiresAt: { gt: now } }] } }),
  );
}
