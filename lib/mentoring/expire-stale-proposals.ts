import type { TenantDb } from '../db/tenant';

/**
 * Marks proposals whose mentor did not answer by their deadline as EXPIRED, so the mentor's slot frees up
 * and the learner can send the request to the next suggestion. Run before anything reads proposals (it is
 * cheap: a partial index holds only pending ones) and by `npm run cli -- matching:expire`.
 * Returns the expired proposals so callers can tell the learners.
 */
export async function expireStaleProposals(db: TenantDb, orgId: string, now: Date): Promise<{ id: string; learnerId: string; mentorId: string; requestId: string }[]> {
  return db.$queryRaw`
    UPDATE "Match" SET "status" = 'EXPIRED', "updatedAt" = ${now}
     WHERE "orgId" = ${orgId}::uuid AND "status" = 'PROPOSED' AND "expiresAt" <= ${now}
    RETURNING "id", "learnerId", "mentorId", "requestId"`;
}
