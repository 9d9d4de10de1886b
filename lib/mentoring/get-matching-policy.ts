import type { TenantDb } from '../db/tenant';
import { readMatchingPolicy, type MatchingPolicy } from '../matching';

/** The org's matching policy, or the defaults when a steward has not saved one. */
export async function getMatchingPolicy(db: TenantDb, orgId: string): Promise<MatchingPolicy> {
  const row = await db.matchingPolicy.findUnique({ where: { orgId }, select: { settings: true } });
  return readMatchingPolicy(row?.settings);
}
