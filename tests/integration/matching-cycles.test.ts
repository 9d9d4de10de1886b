import { beforeAll, describe, expect, it } from 'vitest';
import type { TenantContext } from '../../lib/auth/tenant-context';
import { systemDb } from '../../lib/db/system';
import { withTenant } from '../../lib/db/tenant';
import { loadPenaltyList, solveMatching, type CycleRunResult } from '../../lib/matching';
import {
  confirmCycleCapacity,
  createMatchingCycle,
  createMentorRequest,
  executeCycleRun,
  findMentorCandidates,
  getMatchingCycle,
  getMatchingPolicy,
  listMatchingCycles,
  listOpenCycles,
  loadLearner,
  publishCycle,
  setCycleStatus,
  setPairRule,
  startCycleRun,
  updateMatchingCycle,
  withdrawCycleRequest,
} from '../../lib/mentoring';
import { ACME_ADMIN, ACME_EMPLOYEE, ACME_STEWARD, GLOBEX_ADMIN, GLOBEX_EMPLOYEE, contextFor, seedDemoOrgs } from './fixtures/demo-orgs';

// Batch matching cycles on the seeded demo org: stewards manage rounds, employees sign up, the optimizer
// runs exactly (checked against solveMatching on independently built edges) with capacities, forbids and
// locks, and a run is published as proposals with emails. Another org's ids are never reachable.

let priya: TenantContext;
let maya: TenantContext;
let sofia: TenantContext;
let grace: TenantContext;
let tom: TenantContext;
let k8sId: string;

const WINDOW = { signupOpensAt: '2026-01-01T09:00', signupClosesAt: '2030-12-31T17:00' };

/** A context for any seeded employee (most have no user account); the org's tenant rule only needs the org. */
function employeeContext(base: TenantContext, employee: { id: string; name: string }): TenantContext {
  return { ...base, employeeId: employee.id, employeeName: employee.name, role: 'EMPLOYEE' };
}

async function newOpenCycle(name: string): Promise<string> {
  const { id } = await createMatchingCycle(priya, { name, description: null, programName: null, ...WINDOW });
  await setCycleStatus(priya, { cycleId: id, status: 'OPEN' });
  return id;
}

async function run(cycleId: string): Promise<CycleRunResult> {
  const { runId } = await startCycleRun(priya, cycleId);
  await executeCycleRun(priya, runId);
  const row = await systemDb().cycleRun.findUniqueOrThrow({ where: { orgId_id: { orgId: priya.orgId, id: runId } } });
  expect(row).toMatchObject({ status: 'DONE', progress: 100, error: null });
  return row.result as unknown as CycleRunResult;
}

/** Kubernetes teachers at level 4+ and learners who have never touched it, none of them in a match yet. */
async function people() {
  const db = systemDb();
  const teachers = await db.employee.findMany({
    where: { orgId: priya.orgId, status: 'ACTIVE', skills: { some: { skillId: k8sId, canTeach: true, level: { gte: 4 } } }, user: null },
    orderBy: { id: 'asc' },
    select: { id: true, name: true, managerId: true },
  });
  const mentorIds = teachers.slice(0, 2).map((t) => t.id);
  const learners = await db.employee.findMany({
    where: {
      orgId: priya.orgId,
      status: 'ACTIVE',
      user: null,
      skills: { none: { skillId: k8sId } },
      mentorRequests: { none: {} },
      matchesAsLearner: { none: {} },
      id: { notIn: mentorIds },
      OR: [{ managerId: null }, { managerId: { notIn: mentorIds } }],
      reports: { none: { id: { in: mentorIds } } },
    },
    orderBy: { id: 'asc' },
    take: 6,
    select: { id: true, name: true },
  });
  return { mentors: teachers.slice(0, 2), spareTeacher: teachers[2]!, learners };
}

beforeAll(async () => {
  await seedDemoOrgs();
  [priya, maya, sofia, grace, tom] = await Promise.all([
    contextFor(ACME_STEWARD, 'acme'),
    contextFor(ACME_EMPLOYEE, 'acme'),
    contextFor(ACME_ADMIN, 'acme'),
    contextFor(GLOBEX_ADMIN, 'globex'),
    contextFor(GLOBEX_EMPLOYEE, 'globex'),
  ]);
  k8sId = (await systemDb().skill.findFirstOrThrow({ where: { orgId: priya.orgId, name: 'Kubernetes' } })).id;
});

describe('managing rounds', () => {
  it('lets stewards and admins manage rounds and refuses employees', async () => {
    const input = { name: 'Spring pairing', description: 'For everyone', programName: null, ...WINDOW };
    await expect(createMatchingCycle(maya, input)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    const { id } = await createMatchingCycle(sofia, input);
    for (const attempt of [
      setCycleStatus(maya, { cycleId: id, status: 'OPEN' }),
      updateMatchingCycle(maya, { cycleId: id, ...input, name: 'Mine now' }),
      getMatchingCycle(maya, id),
      listMatchingCycles(maya),
      startCycleRun(maya, id),
      publishCycle(maya, { cycleId: id }),
    ]) await expect(attempt).rejects.toMatchObject({ code: 'FORBIDDEN' });

    // Draft → open → closed → reopened; a draft cannot be closed.
    await expect(setCycleStatus(priya, { cycleId: id, status: 'CLOSED' })).rejects.toMatchObject({ code: 'CONFLICT' });
    await setCycleStatus(priya, { cycleId: id, status: 'OPEN' });
    await setCycleStatus(priya, { cycleId: id, status: 'CLOSED' });
    await setCycleStatus(priya, { cycleId: id, status: 'OPEN' });
    const listed = (await listMatchingCycles(priya)).cycles.find((c) => c.id === id);
    expect(listed).toMatchObject({ name: 'Spring pairing', status: 'OPEN', requests: 0, mentors: 0, lastRun: null });
    const audit = await systemDb().auditEvent.findMany({ where: { orgId: priya.orgId, entityId: id }, orderBy: { at: 'asc' }, select: { action: true } });
    expect(audit.map((a) => a.action)).toEqual(['matching_cycle.created', 'matching_cycle.status_changed', 'matching_cycle.status_changed', 'matching_cycle.status_changed']);
  });

  it('reads the sign-up window in the steward’s time zone and refuses one that closes before it opens', async () => {
    const zone = (await systemDb().employee.findUniqueOrThrow({ where: { orgId_id: { orgId: priya.orgId, id: priya.employeeId } } })).timeZone;
    const { id } = await createMatchingCycle(priya, { name: 'Zoned', description: null, programName: 'Graduates', signupOpensAt: '2027-01-04T09:00', signupClosesAt: '2027-01-18' });
    const cycle = await systemDb().matchingCycle.findUniqueOrThrow({ where: { orgId_id: { orgId: priya.orgId, id } } });
    const local = new Intl.DateTimeFormat('sv-SE', { timeZone: zone, dateStyle: 'short', timeStyle: 'short' });
    expect(local.format(cycle.signupOpensAt)).toBe('2027-01-04 09:00');
    expect(local.format(cycle.signupClosesAt)).toBe('2027-01-18 00:00');
    expect(cycle.programName).toBe('Graduates');
    const { matchingCycleInput } = await import('../../lib/mentoring');
    const parsed = matchingCycleInput.safeParse({ name: 'Backwards', signupOpensAt: '2027-02-01T09:00', signupClosesAt: '2027-01-01T09:00' });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([['signupClosesAt', 'Sign-up must close after it opens']]);
  });
});

describe('signing up', () => {
  it('lets employees ask and offer while sign-up is open, and withdraw', async () => {
    const cycleId = await newOpenCycle('Sign-up round');
    const sofiaOffer = confirmCycleCapacity(sofia, { cycleId, capacity: 2 });
    await expect(sofiaOffer).resolves.toBeUndefined();
    // Someone who teaches nothing cannot offer slots.
    const nonTeacher = await systemDb().employee.findFirstOrThrow({ where: { orgId: maya.orgId, status: 'ACTIVE', skills: { none: { canTeach: true } } }, select: { id: true, name: true } });
    await expect(confirmCycleCapacity(employeeContext(maya, nonTeacher), { cycleId, capacity: 1 })).rejects.toMatchObject({ code: 'INVALID', fieldErrors: { capacity: [expect.stringMatching(/teach/)] } });

    const { id: requestId } = await createMentorRequest(maya, { skillId: k8sId, targetLevel: 3, cycleId });
    const mine = (await listOpenCycles(maya)).cycles.find((c) => c.id === cycleId)!;
    expect(mine).toMatchObject({ signupOpen: true, myRequests: [{ id: requestId, skillName: 'Kubernetes', targetLevel: 3, status: 'OPEN' }], myCapacity: null });
    expect((await listOpenCycles(sofia)).cycles.find((c) => c.id === cycleId)?.myCapacity).toBe(2);

    await setCycleStatus(priya, { cycleId, status: 'CLOSED' });
    await expect(withdrawCycleRequest(maya, { requestId })).rejects.toMatchObject({ code: 'INVALID' });
    await expect(confirmCycleCapacity(sofia, { cycleId, capacity: 0 })).rejects.toMatchObject({ code: 'INVALID' });
    await setCycleStatus(priya, { cycleId, status: 'OPEN' });
    await withdrawCycleRequest(maya, { requestId });
    await confirmCycleCapacity(sofia, { cycleId, capacity: 0 });
    const detail = await getMatchingCycle(priya, cycleId);
    expect(detail).toMatchObject({ requestCount: 0, withdrawn: 1, mentorCount: 0 });
  });
});

describe('running and publishing a round', () => {
  it('respects capacities, forbids and locks, matches solveMatching, explains the unmatched, and publishes once', async () => {
    const { mentors, spareTeacher, learners } = await people();
    expect(mentors).toHaveLength(2);
    expect(learners.length).toBeGreaterThanOrEqual(5);
    const cycleId = await newOpenCycle('Kubernetes round');
    for (const mentor of mentors) await confirmCycleCapacity(employeeContext(priya, mentor), { cycleId, capacity: 1 });

    const k8sLearners = learners.slice(0, 4);
    for (const learner of k8sLearners) await createMentorRequest(employeeContext(priya, learner), { skillId: k8sId, targetLevel: 3, acceptsAsync: true, cycleId });
    // A skill neither mentor (nor anyone teaching a related skill among them) can teach.
    const policy = await withTenant(priya, (db) => getMatchingPolicy(db, priya.orgId));
    const capacities = new Map(mentors.map((m) => [m.id, 1]));
    const lonelyLearner = learners[4]!;
    const skills = await systemDb().skill.findMany({ where: { orgId: priya.orgId, kind: 'SKILL', status: 'APPROVED', holders: { none: { employeeId: lonelyLearner.id } } }, orderBy: { name: 'asc' }, select: { id: true, name: true } });
    let lonely: { id: string; name: string } | undefined;
    for (const skill of skills) {
      const search = await withTenant(priya, async (db) => findMentorCandidates(db, priya.orgId, (await loadLearner(db, priya.orgId, lonelyLearner.id))!, { learnerId: lonelyLearner.id, skillId: skill.id, currentLevel: null, targetLevel: 2, preferOutsideTeam: false, acceptsAsync: true }, policy, new Date(), capacities));
      if (search.mentors.length === 0 && Object.keys(search.ruledOut).length === 0) {
        lonely = skill;
        break;
      }
    }
    expect(lonely).toBeDefined();
    const { id: lonelyRequest } = await createMentorRequest(employeeContext(priya, lonelyLearner), { skillId: lonely!.id, targetLevel: 2, acceptsAsync: true, cycleId });

    // Not while sign-up is open.
    await expect(startCycleRun(priya, cycleId)).rejects.toMatchObject({ code: 'CONFLICT' });
    await setCycleStatus(priya, { cycleId, status: 'CLOSED' });
    await expect(publishCycle(priya, { cycleId })).rejects.toMatchObject({ code: 'CONFLICT', message: expect.stringMatching(/Run the optimizer first/) });

    const first = await run(cycleId);
    // Capacity 1 each: two of the four Kubernetes learners get a mentor, no mentor twice.
    expect(first.stats).toMatchObject({ requests: 5, matched: 2, mentors: 2, slots: 2 });
    expect(new Set(first.assignments.map((a) => a.mentorId))).toEqual(new Set(mentors.map((m) => m.id)));
    expect(first.stats.mentorLoad).toEqual([{ mentees: 1, mentors: 2, full: 2 }]);
    expect(first.unmatched.find((u) => u.requestId === lonelyRequest)).toMatchObject({ reason: 'NO_TEACHER', words: `nobody in this round teaches ${lonely!.name} at level 2+` });
    expect(first.unmatched.filter((u) => u.reason === 'AT_CAPACITY')).toHaveLength(2);
    expect(first.unmatched.find((u) => u.reason === 'AT_CAPACITY')?.words).toBe('every mentor for it is at capacity in this round');
    expect(first.stats.byRegion.reduce((sum, r) => sum + r.requests, 0)).toBe(5);
    expect(first.stats.byDepartment.reduce((sum, r) => sum + r.matched, 0)).toBe(2);

    // The objective is what solveMatching finds on the same edges, built here independently.
    const requests = await systemDb().mentorRequest.findMany({ where: { orgId: priya.orgId, cycleId } });
    const edges = await withTenant(priya, async (db) => {
      const all = [];
      for (const request of requests) {
        const learner = (await loadLearner(db, priya.orgId, request.learnerId))!;
        const search = await findMentorCandidates(db, priya.orgId, learner, request, policy, new Date(), capacities);
        all.push(...search.mentors.map((m) => ({ learner: request.id, mentor: m.id, score: m.score })));
      }
      return all;
    });
    const reference = solveMatching({ learners: requests.map((r) => ({ id: r.id })), mentors: mentors.map((m) => ({ id: m.id, capacity: 1 })), edges, loadPenalty: loadPenaltyList(policy, 1) });
    expect(first.stats.objective).toBeCloseTo(reference.objective, 6);
    expect(first.stats.objective).toBeCloseTo(first.assignments.reduce((sum, a) => sum + a.score, 0), 6);

    // Forbid the first pair and lock an unmatched learner to its mentor, then re-run.
    const forbidden = first.assignments[0]!;
    const waiting = first.unmatched.find((u) => u.reason === 'AT_CAPACITY')!;
    const lockMentor = first.assignments[1]!.mentorId;
    await setPairRule(priya, { cycleId, requestId: forbidden.requestId, mentorId: forbidden.mentorId, kind: 'FORBID' });
    await setPairRule(priya, { cycleId, requestId: waiting.requestId, mentorId: lockMentor, kind: 'LOCK' });
    // A lock that breaks a hard constraint is refused with the reason; so is a second lock on the mentor's only slot.
    await expect(setPairRule(priya, { cycleId, requestId: lonelyRequest, mentorId: lockMentor, kind: 'LOCK' })).rejects.toMatchObject({ code: 'CONFLICT', message: expect.stringMatching(new RegExp(`does not teach ${lonely!.name}`)) });
    await expect(setPairRule(priya, { cycleId, requestId: forbidden.requestId, mentorId: lockMentor, kind: 'LOCK' })).rejects.toMatchObject({ code: 'CONFLICT', message: expect.stringMatching(/all of them are locked/) });
    // A mentor who did not confirm capacity in this round is not in it.
    await expect(setPairRule(priya, { cycleId, requestId: waiting.requestId, mentorId: spareTeacher.id, kind: 'FORBID' })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(publishCycle(priya, { cycleId })).rejects.toMatchObject({ code: 'CONFLICT', message: expect.stringMatching(/Re-run first/) });
    expect((await getMatchingCycle(priya, cycleId)).stale).toBe(true);

    const second = await run(cycleId);
    expect(second.assignments.some((a) => a.requestId === forbidden.requestId && a.mentorId === forbidden.mentorId)).toBe(false);
    expect(second.assignments.find((a) => a.requestId === waiting.requestId)).toMatchObject({ mentorId: lockMentor, locked: true });
    expect(second.stats.matched).toBe(2);
    expect(second.warnings).toEqual([]);
    const detail = await getMatchingCycle(priya, cycleId);
    expect(detail.stale).toBe(false);
    expect(detail.rules.map((r) => r.kind).sort()).toEqual(['FORBID', 'LOCK']);
    expect((await listMatchingCycles(priya)).cycles.find((c) => c.id === cycleId)).toMatchObject({ requests: 5, mentors: 2, slots: 2, lastRun: { status: 'DONE', matched: 2, requests: 5 } });

    await systemDb().outboxEmail.deleteMany();
    const published = await publishCycle(priya, { cycleId });
    expect(published).toEqual({ proposals: 2, emails: 4 });
    const matches = await systemDb().match.findMany({ where: { orgId: priya.orgId, cycleId } });
    expect(matches).toHaveLength(2);
    for (const match of matches) {
      const assignment = second.assignments.find((a) => a.requestId === match.requestId)!;
      expect(match).toMatchObject({ status: 'PROPOSED', source: 'CYCLE', mentorId: assignment.mentorId, learnerId: assignment.learnerId, score: assignment.score, skillId: k8sId });
      expect(match.explanation).toEqual(assignment.terms);
      expect(match.expiresAt!.getTime()).toBeGreaterThan(Date.now() + (policy.requestExpiryDays - 1) * 86_400_000);
    }
    const emails = await systemDb().outboxEmail.findMany({ select: { to: true, text: true } });
    expect(emails).toHaveLength(4);
    const mentorEmail = (await systemDb().employee.findUniqueOrThrow({ where: { orgId_id: { orgId: priya.orgId, id: lockMentor } } })).email;
    expect(emails.find((e) => e.to === mentorEmail)?.text).toContain('/o/acme/mentors/mentoring');
    expect(emails.some((e) => e.text.includes('/o/acme/mentors\n') || e.text.endsWith('/o/acme/mentors'))).toBe(true);
    expect(await systemDb().matchingCycle.findUniqueOrThrow({ where: { orgId_id: { orgId: priya.orgId, id: cycleId } } })).toMatchObject({ status: 'PUBLISHED', publishedAt: expect.any(Date) });

    await expect(publishCycle(priya, { cycleId })).rejects.toMatchObject({ code: 'CONFLICT' });
    expect(await systemDb().match.count({ where: { orgId: priya.orgId, cycleId } })).toBe(2);
    await expect(setPairRule(priya, { cycleId, requestId: waiting.requestId, mentorId: lockMentor, kind: 'NONE' })).rejects.toMatchObject({ code: 'CONFLICT' });
  });

  it('refuses a second run while one is running, and lets a timed-out one go', async () => {
    const cycleId = await newOpenCycle('Busy round');
    await setCycleStatus(priya, { cycleId, status: 'CLOSED' });
    const { runId } = await startCycleRun(priya, cycleId, new Date('2026-11-25T10:00:00Z'));
    await expect(startCycleRun(priya, cycleId, new Date('2026-11-25T10:05:00Z'))).rejects.toMatchObject({ code: 'CONFLICT', message: expect.stringMatching(/already running/) });
    await startCycleRun(priya, cycleId, new Date('2026-11-25T10:11:00Z'));
    expect(await systemDb().cycleRun.findUniqueOrThrow({ where: { orgId_id: { orgId: priya.orgId, id: runId } } })).toMatchObject({ status: 'FAILED' });
  });
});

describe('another org', () => {
  it('refuses a Globex admin every Acme round, run and request id, and changes nothing', async () => {
    const { mentors, learners } = await people();
    const cycleId = await newOpenCycle('Private to Acme');
    await confirmCycleCapacity(employeeContext(priya, mentors[0]!), { cycleId, capacity: 1 });
    const { id: requestId } = await createMentorRequest(employeeContext(priya, learners[5] ?? learners[0]!), { skillId: k8sId, targetLevel: 3, acceptsAsync: true, cycleId });
    await setCycleStatus(priya, { cycleId, status: 'CLOSED' });
    const { runId } = await startCycleRun(priya, cycleId);

    const state = async () => ({
      cycle: await systemDb().matchingCycle.findUniqueOrThrow({ where: { orgId_id: { orgId: priya.orgId, id: cycleId } } }),
      runs: await systemDb().cycleRun.findMany({ where: { cycleId }, orderBy: { id: 'asc' } }),
      rules: await systemDb().cyclePairRule.count({ where: { cycleId } }),
      mentors: await systemDb().cycleMentor.findMany({ where: { cycleId }, orderBy: { mentorId: 'asc' } }),
      requests: await systemDb().mentorRequest.findMany({ where: { cycleId }, orderBy: { id: 'asc' } }),
      matches: await systemDb().match.count({ where: { cycleId } }),
    });
    const before = await state();
    const notFound = { code: 'NOT_FOUND' };
    await expect(getMatchingCycle(grace, cycleId)).rejects.toMatchObject(notFound);
    await expect(setCycleStatus(grace, { cycleId, status: 'OPEN' })).rejects.toMatchObject(notFound);
    await expect(updateMatchingCycle(grace, { cycleId, name: 'Taken', description: null, programName: null, ...WINDOW })).rejects.toMatchObject(notFound);
    await expect(startCycleRun(grace, cycleId)).rejects.toMatchObject(notFound);
    await expect(publishCycle(grace, { cycleId })).rejects.toMatchObject(notFound);
    await expect(setPairRule(grace, { cycleId, requestId, mentorId: mentors[0]!.id, kind: 'FORBID' })).rejects.toMatchObject(notFound);
    await expect(confirmCycleCapacity(tom, { cycleId, capacity: 3 })).rejects.toMatchObject(notFound);
    await expect(withdrawCycleRequest(tom, { requestId })).rejects.toMatchObject(notFound);
    await expect(createMentorRequest(tom, { skillId: k8sId, targetLevel: 3, cycleId })).rejects.toBeTruthy();
    // Running someone else's run finds nothing to run.
    await executeCycleRun(grace, runId);
    expect((await listMatchingCycles(grace)).cycles).not.toContainEqual(expect.objectContaining({ id: cycleId }));
    expect((await listOpenCycles(tom)).cycles.map((c) => c.id)).not.toContain(cycleId);
    expect(await state()).toEqual(before);

    // A pair rule pointing at another org's employee is refused inside Acme too.
    const globexEmployee = await systemDb().employee.findFirstOrThrow({ where: { orgId: grace.orgId } });
    await expect(setPairRule(priya, { cycleId, requestId, mentorId: globexEmployee.id, kind: 'FORBID' })).rejects.toMatchObject(notFound);
    expect(await systemDb().cyclePairRule.count({ where: { cycleId } })).toBe(0);
    await executeCycleRun(priya, runId);
  });
});
