import { z } from 'zod';
import type { TenantContext } from '../auth/tenant-context';
import type { TenantDb } from '../db/tenant';
import { notFound } from '../errors';

export interface OwnMentorRequest {
  id: string;
  learnerId: string;
  skillId: string;
  goalId: string | null;
  cycleId: string | null;
  currentLevel: number | null;
  targetLevel: number;
  preferOutsideTeam: boolean;
  acceptsAsync: boolean;
  status: 'OPEN' | 'MATCHED' | 'WITHDRAWN';
}

/**
 * One of the caller's own mentoring requests. Anyone else's request — a colleague's, another org's, or an id
 * that is not an id — is "not found", so a learner's needs are never revealed. With `forUpdate` the row is
 * locked until the transaction ends, so two submits for one request run one after the other.
 */
export async function findOwnMentorRequest(db: TenantDb, ctx: TenantContext, requestId: string, options: { forUpdate?: boolean } = {}): Promise<OwnMentorRequest> {
  if (!z.uuid().safeParse(requestId).success) throw notFound('That mentoring request');
  const rows = options.forUpdate
    ? await db.$queryRaw<OwnMentorRequest[]>`
        SELECT "id", "learnerId", "skillId", "goalId", "cycleId", "currentLevel", "targetLevel", "preferOutsideTeam", "acceptsAsync", "status"::text AS "status"
          FROM "MentorRequest" WHERE "orgId" = ${ctx.orgId}::uuid AND "id" = ${requestId}::uuid AND "learnerId" = ${ctx.employeeId}::uuid
           FOR UPDATE`
    : await db.mentorRequest.findMany({
        where: { orgId: ctx.orgId, id: requestId, learnerId: ctx.employeeId },
        select: { id: true, learnerId: true, skillId: true, goalId: true, cycleId: true, currentLevel: true, targetLevel: true, preferOutsideTeam: true, acceptsAsync: true, status: true },
      });
  const request = rows[0];
  if (!request) throw notFound('That mentoring request');
  return request;
}
