import { requireRole, type TenantContext } from '../auth/tenant-context';
import { withTenant } from '../db/tenant';
import { readMatchingPolicy, type MatchingPolicy } from '../matching';

export interface MatchingPolicySettings {
  policy: MatchingPolicy;
  /** When a steward last saved it; null while the org runs on the defaults. */
  savedAt: Date | null;
}

/** The org's matching policy for the steward's weights page. */
export async function getMatchingPolicySettings(ctx: TenantContext): Promise<MatchingPolicySettings> {
  requireRole(ctx, 'STEWARD');
  return withTenant(ctx, async (db) => {
    const row = await db.matchingPolicy.findUnique({ where: { orgId: ctx.orgId }, select: { settings: true, updatedAt: true } });
    return { policy: readMatchingPolicy(row?.settings), savedAt: row?.updatedAt ?? null };
  });
}
