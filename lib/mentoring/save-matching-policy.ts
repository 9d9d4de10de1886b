import { recordAuditEvent } from '../audit/record-audit-event';
import { requireRole, type TenantContext } from '../auth/tenant-context';
import { withTenant } from '../db/tenant';
import { matchingPolicySchema, type MatchingPolicy } from '../matching';
import { getMatchingPolicy } from './get-matching-policy';
import { matchingPolicyInput, type MatchingPolicyInput } from './matching-policy-input';

/** Stewards (and admins) set the org's scoring weights and matching rules; the audit event keeps before and after. */
export async function saveMatchingPolicy(ctx: TenantContext, input: MatchingPolicyInput | MatchingPolicy): Promise<MatchingPolicy> {
  requireRole(ctx, 'STEWARD');
  const after = 'weights' in input ? matchingPolicySchema.parse(input) : matchingPolicyInput.parse(input);
  return withTenant(ctx, async (db) => {
    // Serializes two saves at once, so each audit event's "before" is what the other one wrote.
    await db.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('matching-policy:' || ${ctx.orgId}))`;
    const before = await getMatchingPolicy(db, ctx.orgId);
    await db.matchingPolicy.upsert({ where: { orgId: ctx.orgId }, create: { orgId: ctx.orgId, settings: after }, update: { settings: after } });
    await recordAuditEvent(db, ctx, { action: 'matching.policy.updated', entityType: 'MatchingPolicy', entityId: ctx.orgId, before, after });
    return after;
  });
}
