import type { TenantDb } from '../db/tenant';

/**
 * Whether anything a run depends on changed after `since`: a request added or withdrawn, a mentor's
 * confirmed capacity, a pair rule (setPairRule also touches the cycle, so a removed rule counts), or the
 * round itself (reopened sign-up, edited window).
 */
export async function cycleChangedSince(db: TenantDb, orgId: string, cycleId: string, since: Date): Promise<boolean> {
  const [row] = await db.$queryRaw<{ changed: boolean }[]>`
    SELECT EXISTS (SELECT 1 FROM "MatchingCycle" WHERE "orgId" = ${orgId}::uuid AND "id" = ${cycleId}::uuid AND "updatedAt" > ${since})
        OR EXISTS (SELECT 1 FROM "MentorRequest" WHERE "orgId" = ${orgId}::uuid AND "cycleId" = ${cycleId}::uuid AND "updatedAt" > ${since})
        OR EXISTS (SELECT 1 FROM "CycleMentor" WHERE "orgId" = ${orgId}::uuid AND "cycleId" = ${cycleId}::uuid AND "confirmedAt" > ${since})
        OR EXISTS (SELECT 1 FROM "CyclePairRule" WHERE "orgId" = ${orgId}::uuid AND "cycleId" = ${cycleId}::uuid AND "createdAt" > ${since}) AS "changed"`;
  return row?.changed ?? false;
}
