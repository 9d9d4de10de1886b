import { recordAuditEvent } from '../audit/record-audit-event';
import { requireRole, type TenantContext } from '../auth/tenant-context';
import { withTenant, type TenantDb } from '../db/tenant';
import { toInstant, type MatchingCycleInput } from './matching-cycle-input';

/** The steward's own time zone, in which they typed the sign-up dates. */
export async function stewardZone(db: TenantDb, ctx: TenantContext): Promise<string> {
  const me = await db.employee.findUnique({ where: { orgId_id: { orgId: ctx.orgId, id: ctx.employeeId } }, select: { timeZone: true } });
  return me?.timeZone ?? 'UTC';
}

/** A steward sets up a matching round (a draft: employees see it once sign-up opens). */
export async function createMatchingCycle(ctx: TenantContext, input: MatchingCycleInput): Promise<{ id: string }> {
  requireRole(ctx, 'STEWARD');
  return withTenant(ctx, async (db) => {
    const zone = await stewardZone(db, ctx);
    const cycle = await db.matchingCycle.create({
      data: {
        orgId: ctx.orgId,
        name: input.name,
        description: input.description,
        programName: input.programName,
        signupOpensAt: toInstant(input.signupOpensAt, zone),
        signupClosesAt: toInstant(input.signupClosesAt, zone),
        createdById: ctx.employeeId,
      },
      select: { id: true, name: true, programName: true, signupOpensAt: true, signupClosesAt: true },
    });
    await recordAuditEvent(db, ctx, { action: 'matching_cycle.created', entityType: 'MatchingCycle', entityId: cycle.id, after: { name: cycle.name, programName: cycle.programName, signupOpensAt: cycle.signupOpensAt.toISOString(), signupClosesAt: cycle.signupClosesAt.toISOString() } });
    return { id: cycle.id };
  });
}
