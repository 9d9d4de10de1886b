import { requireRole, type TenantContext } from '../auth/tenant-context';
import type { Prisma } from '../db/generated/client';
import { withTenant } from '../db/tenant';
import { loadPenaltyList, solveMatching, summarizeCycleRun, type CycleRequestFacts, type MatchingInstance } from '../matching';
import { findMentorCandidates, loadLearner, type Learner } from './find-mentor-candidates';
import { getMatchingPolicy } from './get-matching-policy';

/** Requests scored per transaction, so no transaction stays open for long on a big round. */
const CHUNK = 25;

const pairKey = (requestId: string, mentorId: string) => `${requestId}:${mentorId}`;

/** Writes progress in its own short transaction (so the polling page sees it), at most every 10 points or 500 ms. */
function progressWriter(ctx: TenantContext, runId: string) {
  let written = 0;
  let writtenAt = 0;
  return async (percent: number) => {
    const value = Math.min(99, Math.floor(percent));
    if (value <= written || (value - written < 10 && Date.now() - writtenAt < 500)) return;
    written = value;
    writtenAt = Date.now();
    await withTenant(ctx, (db) => db.cycleRun.updateMany({ where: { orgId: ctx.orgId, id: runId, status: 'RUNNING' }, data: { progress: value } }));
  };
}

/**
 * Runs the optimizer for a round (startCycleRun made the run): scores every open request against the
 * round's mentors with their confirmed capacities, applies the steward's pair rules, solves exactly over
 * every eligible pair (no shortlist, so the pairing is optimal for the whole round), and stores the result
 * with its reasons and equity figures. Marks the run DONE, or FAILED with a message. Loads in short transactions and solves outside any.
 */
export async function executeCycleRun(ctx: TenantContext, runId: string, now = new Date()): Promise<void> {
  requireRole(ctx, 'STEWARD');
  const progress = progressWriter(ctx, runId);
  try {
    const setup = await withTenant(ctx, async (db) => {
      const run = await db.cycleRun.findFirst({ where: { orgId: ctx.orgId, id: runId, status: 'RUNNING' }, select: { cycleId: true } });
      if (!run) return null;
      const [policy, mentors, requests, rules] = await Promise.all([
        getMatchingPolicy(db, ctx.orgId),
        db.cycleMentor.findMany({ where: { orgId: ctx.orgId, cycleId: run.cycleId, capacity: { gt: 0 } }, orderBy: { mentorId: 'asc' }, select: { capacity: true, mentor: { select: { id: true, name: true } } } }),
        db.mentorRequest.findMany({
          where: { orgId: ctx.orgId, cycleId: run.cycleId, status: 'OPEN' },
          orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
          select: {
            id: true,
            learnerId: true,
            skillId: true,
            currentLevel: true,
            targetLevel: true,
            preferOutsideTeam: true,
            acceptsAsync: true,
            skill: { select: { name: true } },
            learner: { select: { name: true, department: { select: { name: true } }, location: { select: { region: true } } } },
          },
        }),
        db.cyclePairRule.findMany({ where: { orgId: ctx.orgId, cycleId: run.cycleId }, select: { requestId: true, mentorId: true, kind: true, mentor: { select: { name: true } } } }),
      ]);
      return { policy, mentors, requests, rules };
    });
    if (!setup) return;
    const { policy, requests, rules } = setup;
    const mentors = setup.mentors.map((m) => ({ id: m.mentor.id, name: m.mentor.name, capacity: m.capacity }));
    const capacities = new Map(mentors.map((m) => [m.id, m.capacity]));
    const forbidden = new Set(rules.filter((r) => r.kind === 'FORBID').map((r) => pairKey(r.requestId, r.mentorId)));
    const locks = rules.filter((r) => r.kind === 'LOCK');
    const locked = new Set(locks.map((r) => pairKey(r.requestId, r.mentorId)));
    await progress(5);

    const facts: CycleRequestFacts[] = [];
    const learners = new Map<string, Learner | null>();
    for (let start = 0; start < requests.length; start += CHUNK) {
      const chunk = requests.slice(start, start + CHUNK);
      await withTenant(ctx, async (db) => {
        for (const request of chunk) {
          if (!learners.has(request.learnerId)) learners.set(request.learnerId, await loadLearner(db, ctx.orgId, request.learnerId));
          const learner = learners.get(request.learnerId);
          if (!learner) continue;
          const search = await findMentorCandidates(db, ctx.orgId, learner, request, policy, now, capacities);
          const allowed = search.mentors.filter((m) => !forbidden.has(pairKey(request.id, m.id)));
          facts.push({
            requestId: request.id,
            learnerId: request.learnerId,
            learnerName: request.learner.name,
            skillName: request.skill.name,
            minLevel: Math.max(request.targetLevel, (request.currentLevel ?? 0) + 1),
            region: request.learner.location?.region ?? null,
            department: request.learner.department?.name ?? null,
            candidates: allowed.map((m) => ({ mentorId: m.id, score: m.score, terms: m.terms })),
            ruledOut: search.ruledOut,
            forbidden: search.mentors.length - allowed.length,
          });
        }
      }, { timeoutMs: 60_000 });
      await progress(5 + (75 * Math.min(requests.length, start + CHUNK)) / requests.length);
    }

    // A locked pair must be in the solution whenever it can be: its score gets a bonus larger than every
    // other score and penalty together, so no trade of other pairs can outweigh one lock. The result's
    // figures are recomputed from the real scores.
    const loadPenalty = loadPenaltyList(policy, Math.max(0, ...mentors.map((m) => m.capacity)));
    const factById = new Map(facts.map((f) => [f.requestId, f]));
    const warnings: string[] = [];
    const usableLocks = locks.filter((lock) => {
      const request = factById.get(lock.requestId);
      const usable = request?.candidates.some((c) => c.mentorId === lock.mentorId) ?? false;
      if (!usable && request) warnings.push(`The lock of ${request.learnerName} (${request.skillName}) to ${lock.mentor.name} was not kept: the pair no longer passes the matching rules.`);
      return usable;
    });
    const edges = facts.flatMap((f) => f.candidates.map((c) => ({ learner: f.requestId, mentor: c.mentorId, score: c.score })));
    const bonus = edges.reduce((sum, e) => sum + Math.abs(e.score), 0) + mentors.reduce((sum, m) => sum + loadPenalty.slice(0, m.capacity).reduce((a, b) => a + b, 0), 0) + 1;
    const instance: MatchingInstance = {
      learners: facts.map((f) => ({ id: f.requestId })),
      mentors: mentors.map((m) => ({ id: m.id, capacity: m.capacity })),
      edges: edges.map((e) => (locked.has(pairKey(e.learner, e.mentor)) ? { ...e, score: e.score + bonus } : e)),
      loadPenalty,
    };
    await progress(80);
    // solveMatching is synchronous: an onProgress write could not reach the database before it returns, so
    // the page sees the scoring phase chunk by chunk (most of a big round's time) and the solve as 80 → 95 %.
    const solution = solveMatching(instance);
    const chosen = new Set(solution.assignments.map((a) => pairKey(a.learner, a.mentor)));
    for (const lock of usableLocks) {
      if (chosen.has(pairKey(lock.requestId, lock.mentorId))) continue;
      const request = factById.get(lock.requestId)!;
      warnings.push(`The lock of ${request.learnerName} (${request.skillName}) to ${lock.mentor.name} was not kept: ${lock.mentor.name} has more locked pairs than slots.`);
    }
    await progress(95);

    const result = summarizeCycleRun({
      requests: facts,
      mentors,
      assignments: solution.assignments.map((a) => ({ requestId: a.learner, mentorId: a.mentor })),
      lockedPairs: locked,
      loadPenalty,
      warnings,
    });
    await withTenant(ctx, (db) =>
      db.cycleRun.updateMany({
        where: { orgId: ctx.orgId, id: runId, status: 'RUNNING' },
        data: { status: 'DONE', progress: 100, finishedAt: new Date(), result: result as unknown as Prisma.InputJsonValue },
      }),
    );
  } catch (error) {
    console.error(error);
    await withTenant(ctx, (db) =>
      db.cycleRun.updateMany({
        where: { orgId: ctx.orgId, id: runId, status: 'RUNNING' },
        data: { status: 'FAILED', finishedAt: new Date(), error: 'The optimizer run failed. Nothing was published; try running it again.' },
      }),
    );
  }
}
