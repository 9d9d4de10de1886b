import { requireRole, type TenantContext } from '../auth/tenant-context';
import type { CycleRunStatus, MatchingCycleStatus } from '../db/generated/enums';
import { withTenant } from '../db/tenant';
import { stewardZone } from './create-matching-cycle';

export interface MatchingCycleSummary {
  id: string;
  name: string;
  programName: string | null;
  status: MatchingCycleStatus;
  signupOpensAt: Date;
  signupClosesAt: Date;
  publishedAt: Date | null;
  createdAt: Date;
  /** Requests in it, except withdrawn ones. */
  requests: number;
  /** Mentors who confirmed at least one slot. */
  mentors: number;
  slots: number;
  lastRun: { status: CycleRunStatus; finishedAt: Date | null; matched: number; requests: number } | null;
}

/**
 * Every round of the org, newest first, with its sign-up figures and the last run's match rate, and the
 * steward's time zone (dates are shown and typed in it).
 */
export async function listMatchingCycles(ctx: TenantContext): Promise<{ cycles: MatchingCycleSummary[]; zone: string }> {
  requireRole(ctx, 'STEWARD');
  return withTenant(ctx, async (db) => {
    const zone = await stewardZone(db, ctx);
    const cycles = await db.matchingCycle.findMany({
      where: { orgId: ctx.orgId },
      orderBy: [{ createdAt: 'desc' }, { id: 'asc' }],
      select: { id: true, name: true, programName: true, status: true, signupOpensAt: true, signupClosesAt: true, publishedAt: true, createdAt: true },
    });
    const ids = cycles.map((c) => c.id);
    const [requests, mentors, runs] = await Promise.all([
      db.mentorRequest.groupBy({ by: ['cycleId'], where: { orgId: ctx.orgId, cycleId: { in: ids }, status: { not: 'WITHDRAWN' } }, _count: { _all: true } }),
      db.cycleMentor.groupBy({ by: ['cycleId'], where: { orgId: ctx.orgId, cycleId: { in: ids }, capacity: { gt: 0 } }, _count: { _all: true }, _sum: { capacity: true } }),
      // Only the figures of each round's latest run, not its whole result (thousands of pairs on a big round).
      db.$queryRaw<{ cycleId: string; status: CycleRunStatus; finishedAt: Date | null; matched: number | null; requests: number | null }[]>`
        SELECT DISTINCT ON ("cycleId") "cycleId", "status", "finishedAt",
               ("result"->'stats'->>'matched')::int AS "matched", ("result"->'stats'->>'requests')::int AS "requests"
          FROM "CycleRun" WHERE "orgId" = ${ctx.orgId}::uuid AND "cycleId" = ANY(${ids}::uuid[])
         ORDER BY "cycleId", "startedAt" DESC`,
    ]);
    const requestCount = new Map(requests.map((r) => [r.cycleId, r._count._all]));
    const mentorCount = new Map(mentors.map((m) => [m.cycleId, m]));
    const lastRun = new Map(runs.map((r) => [r.cycleId, r]));
    const summaries = cycles.map((c) => {
      const run = lastRun.get(c.id);
      return {
        ...c,
        requests: requestCount.get(c.id) ?? 0,
        mentors: mentorCount.get(c.id)?._count._all ?? 0,
        slots: mentorCount.get(c.id)?._sum.capacity ?? 0,
        lastRun: run ? { status: run.status, finishedAt: run.finishedAt, matched: run.matched ?? 0, requests: run.requests ?? 0 } : null,
      };
    });
    return { cycles: summaries, zone };
  });
}
