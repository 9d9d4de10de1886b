import { requireRole, type TenantContext } from '../auth/tenant-context';
import type { CycleRunStatus, MentorRequestStatus, PairRuleKind } from '../db/generated/enums';
import { withTenant } from '../db/tenant';
import type { CycleRunResult } from '../matching';
import { stewardZone } from './create-matching-cycle';
import { cycleChangedSince } from './cycle-changed-since';
import { findMatchingCycle } from './find-matching-cycle';
import { getMatchingPolicy } from './get-matching-policy';

/** A run still RUNNING after this long died with its server; it counts as failed and a new one may start. */
export const CYCLE_RUN_TIMEOUT_MS = 10 * 60_000;

/** Rows of the requests and mentors tables; the figures above them count all. */
export const CYCLE_TABLE_LIMIT = 100;

export interface CycleRunView {
  id: string;
  status: CycleRunStatus;
  progress: number;
  startedAt: Date;
  finishedAt: Date | null;
  startedBy: string | null;
  error: string | null;
  result: CycleRunResult | null;
}

/** The latest run as the page shows it: a RUNNING run past the timeout reads as failed. */
export function runView(run: { id: string; status: CycleRunStatus; progress: number; startedAt: Date; finishedAt: Date | null; error: string | null; result: unknown; startedBy: { name: string } | null }, now: Date): CycleRunView {
  const timedOut = run.status === 'RUNNING' && now.getTime() - run.startedAt.getTime() > CYCLE_RUN_TIMEOUT_MS;
  return {
    id: run.id,
    status: timedOut ? 'FAILED' : run.status,
    progress: run.progress,
    startedAt: run.startedAt,
    finishedAt: run.finishedAt,
    startedBy: run.startedBy?.name ?? null,
    error: timedOut ? 'The run stopped without finishing (the server restarted?). Run it again.' : run.error,
    result: run.status === 'DONE' ? (run.result as CycleRunResult) : null,
  };
}

export const runSelect = {
  id: true,
  status: true,
  progress: true,
  startedAt: true,
  finishedAt: true,
  error: true,
  result: true,
  startedBy: { select: { name: true } },
} as const;

/** One round for its steward page: sign-up figures, requests and mentors, pair rules, latest run. */
export async function getMatchingCycle(ctx: TenantContext, cycleId: string, now = new Date()) {
  requireRole(ctx, 'STEWARD');
  return withTenant(ctx, async (db) => {
    const cycle = await findMatchingCycle(db, ctx, cycleId);
    const live = { orgId: ctx.orgId, cycleId: cycle.id, status: { not: 'WITHDRAWN' as MentorRequestStatus } };
    const [requestCount, withdrawn, requests, mentorCount, slots, mentors, rules, latest] = await Promise.all([
      db.mentorRequest.count({ where: live }),
      db.mentorRequest.count({ where: { orgId: ctx.orgId, cycleId: cycle.id, status: 'WITHDRAWN' } }),
      db.mentorRequest.findMany({
        where: live,
        orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
        take: CYCLE_TABLE_LIMIT,
        select: {
          id: true,
          status: true,
          currentLevel: true,
          targetLevel: true,
          acceptsAsync: true,
          preferOutsideTeam: true,
          createdAt: true,
          skill: { select: { name: true } },
          learner: { select: { id: true, name: true, department: { select: { name: true } }, location: { select: { region: true } } } },
        },
      }),
      db.cycleMentor.count({ where: { orgId: ctx.orgId, cycleId: cycle.id, capacity: { gt: 0 } } }),
      db.cycleMentor.aggregate({ where: { orgId: ctx.orgId, cycleId: cycle.id }, _sum: { capacity: true } }),
      db.cycleMentor.findMany({
        where: { orgId: ctx.orgId, cycleId: cycle.id, capacity: { gt: 0 } },
        orderBy: [{ confirmedAt: 'asc' }, { mentorId: 'asc' }],
        take: CYCLE_TABLE_LIMIT,
        select: { capacity: true, confirmedAt: true, mentor: { select: { id: true, name: true, title: true, department: { select: { name: true } }, location: { select: { region: true } } } } },
      }),
      db.cyclePairRule.findMany({
        where: { orgId: ctx.orgId, cycleId: cycle.id },
        orderBy: { createdAt: 'asc' },
        select: { requestId: true, mentorId: true, kind: true, mentor: { select: { name: true } }, request: { select: { skill: { select: { name: true } }, learner: { select: { name: true } } } } },
      }),
      db.cycleRun.findFirst({ where: { orgId: ctx.orgId, cycleId: cycle.id }, orderBy: { startedAt: 'desc' }, select: runSelect }),
    ]);
    const run = latest ? runView(latest, now) : null;
    const [zone, policy] = await Promise.all([stewardZone(db, ctx), getMatchingPolicy(db, ctx.orgId)]);
    const stale = run?.status === 'DONE' ? await cycleChangedSince(db, ctx.orgId, cycle.id, run.startedAt) : false;
    return {
      cycle,
      zone,
      /** Days a mentor has to answer a published proposal. */
      expiryDays: policy.requestExpiryDays,
      requestCount,
      withdrawn,
      requests: requests.map((r) => ({
        id: r.id,
        status: r.status,
        learnerId: r.learner.id,
        learnerName: r.learner.name,
        skillName: r.skill.name,
        currentLevel: r.currentLevel,
        targetLevel: r.targetLevel,
        acceptsAsync: r.acceptsAsync,
        preferOutsideTeam: r.preferOutsideTeam,
        department: r.learner.department?.name ?? null,
        region: r.learner.location?.region ?? null,
      })),
      mentorCount,
      slots: slots._sum.capacity ?? 0,
      mentors: mentors.map((m) => ({
        id: m.mentor.id,
        name: m.mentor.name,
        title: m.mentor.title,
        capacity: m.capacity,
        department: m.mentor.department?.name ?? null,
        region: m.mentor.location?.region ?? null,
      })),
      rules: rules.map((r) => ({ requestId: r.requestId, mentorId: r.mentorId, kind: r.kind as PairRuleKind, mentorName: r.mentor.name, learnerName: r.request.learner.name, skillName: r.request.skill.name })),
      run,
      /** The latest run is done but requests, mentors, rules or the round changed after it started. */
      stale,
    };
  });
}

export type MatchingCycleDetail = Awaited<ReturnType<typeof getMatchingCycle>>;
