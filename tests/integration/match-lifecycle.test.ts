import { beforeAll, describe, expect, it } from 'vitest';
import type { TenantContext } from '../../lib/auth/tenant-context';
import { systemDb } from '../../lib/db/system';
import { withTenant } from '../../lib/db/tenant';
import { DomainError } from '../../lib/errors';
import {
  countProposalsWaitingForMe,
  endMatch,
  endMatchInput,
  expireProposalsAndNotify,
  findMentorCandidates,
  getMatch,
  getMatchingPolicy,
  getMyMentoring,
  loadLearner,
  respondToProposal,
  unblockFromMatching,
} from '../../lib/mentoring';
import { ACME_ADMIN, ACME_STEWARD, contextFor, seedDemoOrgs } from './fixtures/demo-orgs';

// A proposal's life on the mentor's side: answered only by its mentor, accepted within capacity (also under
// two acceptances at once), refused once expired, declined with a block, ended by either side.

const NOW = new Date('2026-11-24T12:00:00Z');
const DAY = 86_400_000;

let sofia: TenantContext;
let priya: TenantContext;
let kubernetesId: string;
/** Acme people who could be Sofia's mentees: not in her management chain, no Kubernetes yet, no open request. */
let learners: TenantContext[];

function asEmployee(base: TenantContext, employee: { id: string; name: string }): TenantContext {
  return { ...base, userId: '', employeeId: employee.id, employeeName: employee.name, role: 'EMPLOYEE' };
}

let nextLearner = 0;
const takeLearner = () => learners[nextLearner++]!;

/** A learner's open request for Kubernetes, proposed to `mentor` (what sending a request or publishing a cycle leaves). */
async function propose(learner: TenantContext, mentor: TenantContext, options: { expiresAt?: Date; message?: string } = {}) {
  return withTenant(mentor, async (db) => {
    const request = await db.mentorRequest.create({
      data: { orgId: mentor.orgId, learnerId: learner.employeeId, skillId: kubernetesId, targetLevel: 3, outcome: 'Run our staging cluster on my own.' },
    });
    return db.match.create({
      data: {
        orgId: mentor.orgId,
        requestId: request.id,
        learnerId: learner.employeeId,
        mentorId: mentor.employeeId,
        skillId: kubernetesId,
        score: 42,
        explanation: [{ key: 'levelFit', label: 'Level 4 in Kubernetes', points: 30 }, { key: 'bridge', label: 'Different department — a new connection', points: 12 }],
        message: options.message ?? 'Could you help me with Kubernetes?',
        expiresAt: options.expiresAt ?? new Date(NOW.getTime() + 3 * DAY),
        createdAt: new Date(NOW.getTime() - DAY),
      },
    });
  });
}

async function matchRow(id: string) {
  return systemDb().match.findUniqueOrThrow({ where: { orgId_id: { orgId: sofia.orgId, id } } });
}

async function setCapacity(mentor: TenantContext, freeSlots: number) {
  const accepted = await systemDb().match.count({ where: { orgId: mentor.orgId, mentorId: mentor.employeeId, status: 'ACCEPTED' } });
  await systemDb().employee.update({ where: { orgId_id: { orgId: mentor.orgId, id: mentor.employeeId } }, data: { mentoringCapacity: accepted + freeSlots } });
}

async function mailsTo(email: string, subject: RegExp) {
  const mails = await systemDb().outboxEmail.findMany({ where: { to: email }, orderBy: { createdAt: 'asc' } });
  return mails.filter((m) => subject.test(m.subject));
}

async function rejection(promise: Promise<unknown>): Promise<DomainError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(DomainError);
  return error as DomainError;
}

beforeAll(async () => {
  await seedDemoOrgs();
  sofia = await contextFor(ACME_ADMIN, 'acme');
  priya = await contextFor(ACME_STEWARD, 'acme');
  const db = systemDb();
  kubernetesId = (await db.skill.findFirstOrThrow({ where: { orgId: sofia.orgId, name: 'Kubernetes' } })).id;
  const me = await db.employee.findUniqueOrThrow({ where: { orgId_id: { orgId: sofia.orgId, id: sofia.employeeId } } });
  const people = await db.employee.findMany({
    where: {
      orgId: sofia.orgId,
      status: 'ACTIVE',
      id: { notIn: [sofia.employeeId, priya.employeeId, ...(me.managerId ? [me.managerId] : [])] },
      OR: [{ managerId: null }, { managerId: { not: sofia.employeeId } }],
      skills: { none: { skillId: kubernetesId } },
      mentorRequests: { none: { skillId: kubernetesId, status: 'OPEN' } },
    },
    orderBy: { email: 'asc' },
    take: 30,
    select: { id: true, name: true },
  });
  learners = people.map((p) => asEmployee(sofia, p));
});

describe('respondToProposal', () => {
  it('lets only the proposal’s mentor answer; accepting makes the request MATCHED and emails the learner', async () => {
    await setCapacity(sofia, 5);
    const learner = takeLearner();
    const proposal = await propose(learner, sofia);

    for (const outsider of [learner, priya]) {
      const error = await rejection(respondToProposal(outsider, { matchId: proposal.id, decision: 'accept', message: null, block: false }, NOW));
      expect(error.code).toBe('NOT_FOUND');
    }
    expect((await matchRow(proposal.id)).status).toBe('PROPOSED');

    const answer = await respondToProposal(sofia, { matchId: proposal.id, decision: 'accept', message: 'Happy to. Tuesday?', block: false }, NOW);
    expect(answer).toEqual({ matchId: proposal.id, status: 'ACCEPTED', learnerName: learner.employeeName });
    const row = await matchRow(proposal.id);
    expect(row).toMatchObject({ status: 'ACCEPTED', respondedAt: NOW, responseMessage: 'Happy to. Tuesday?' });
    expect((await systemDb().mentorRequest.findUniqueOrThrow({ where: { orgId_id: { orgId: sofia.orgId, id: row.requestId } } })).status).toBe('MATCHED');

    const email = (await systemDb().employee.findUniqueOrThrow({ where: { orgId_id: { orgId: sofia.orgId, id: learner.employeeId } } })).email;
    const [mail] = await mailsTo(email, /accepted your Kubernetes/);
    expect(mail?.text).toContain(`/o/acme/mentors/matches/${proposal.id}`);
    expect(mail?.text).toContain('Happy to. Tuesday?');

    const again = await rejection(respondToProposal(sofia, { matchId: proposal.id, decision: 'decline', message: null, block: false }, NOW));
    expect(again.message).toMatch(/already answered/);
  });

  it('refuses to accept when active matches fill the mentor’s capacity, and says how to fix it', async () => {
    await setCapacity(sofia, 0);
    const proposal = await propose(takeLearner(), sofia);
    const error = await rejection(respondToProposal(sofia, { matchId: proposal.id, decision: 'accept', message: null, block: false }, NOW));
    expect(error.code).toBe('CONFLICT');
    expect(error.message).toMatch(/Raise your capacity on your profile.*or decline/);
    expect((await matchRow(proposal.id)).status).toBe('PROPOSED');
  });

  it('accepts exactly one of several proposals answered at the same moment when one slot is free', async () => {
    await setCapacity(sofia, 1);
    const proposals = [];
    for (let i = 0; i < 6; i++) proposals.push(await propose(takeLearner(), sofia));
    // Hold the six proposals' rows, so every answer has read the mentor's load before any of them can write;
    // only a lock on the mentor taken before that read lets just one through.
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    const ids = proposals.map((p) => p.id);
    const holder = systemDb().$transaction(async (tx) => {
      await tx.$queryRaw`SELECT 1 FROM "Match" WHERE "orgId" = ${sofia.orgId}::uuid AND "id" = ANY(${ids}::uuid[]) FOR UPDATE`;
      await held;
    }, { timeout: 30_000 });
    let settled = 0;
    const answers = proposals.map((p) => respondToProposal(sofia, { matchId: p.id, decision: 'accept', message: null, block: false }, NOW).finally(() => settled++));
    const outcomes = Promise.allSettled(answers);
    const waiting = async () => (await systemDb().$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM pg_locks WHERE NOT granted`)[0]!.n;
    // Until every answer waits on a lock; bounded, as a stuck wait would otherwise hit the transactions' own time limit.
    for (let polls = 0; polls < 300 && settled < answers.length && (await waiting()) < answers.length; polls++) await new Promise((resolve) => setTimeout(resolve, 10));
    release();
    await holder;
    const results = await outcomes;

    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    for (const refused of results.filter((r) => r.status === 'rejected')) expect(String(refused.reason)).toMatch(/taken by (an )?active match/);
    const statuses = await Promise.all(proposals.map(async (p) => (await matchRow(p.id)).status));
    expect(statuses.filter((s) => s === 'ACCEPTED')).toHaveLength(1);
    expect(statuses.filter((s) => s === 'PROPOSED')).toHaveLength(5);
  });

  it('refuses an expired proposal, expires it and tells the learner', async () => {
    await setCapacity(sofia, 5);
    const learner = takeLearner();
    const proposal = await propose(learner, sofia, { expiresAt: new Date(NOW.getTime() - 60_000) });
    const error = await rejection(respondToProposal(sofia, { matchId: proposal.id, decision: 'accept', message: null, block: false }, NOW));
    expect(error.message).toMatch(/This request expired on Nov 24, 2026/);
    expect((await matchRow(proposal.id)).status).toBe('EXPIRED');
    const email = (await systemDb().employee.findUniqueOrThrow({ where: { orgId_id: { orgId: sofia.orgId, id: learner.employeeId } } })).email;
    const mails = await mailsTo(email, /did not answer/);
    expect(mails).toHaveLength(1);
    expect(mails[0]!.text).toContain(`/o/acme/mentors/requests/${proposal.requestId}`);
  });

  it('declines with a block: the pair is never suggested again, even after the decline cooldown', async () => {
    await setCapacity(sofia, 10);
    const learner = takeLearner();
    const later = new Date(NOW.getTime() + 200 * DAY);
    const candidates = (at: Date) =>
      withTenant(learner, async (db) => {
        const facts = (await loadLearner(db, learner.orgId, learner.employeeId))!;
        const policy = await getMatchingPolicy(db, learner.orgId);
        return findMentorCandidates(db, learner.orgId, facts, { learnerId: learner.employeeId, skillId: kubernetesId, currentLevel: null, targetLevel: 3, preferOutsideTeam: false, acceptsAsync: true }, policy, at);
      });
    expect((await candidates(later)).mentors.map((m) => m.id)).toContain(sofia.employeeId);

    const proposal = await propose(learner, sofia);
    const answer = await respondToProposal(sofia, { matchId: proposal.id, decision: 'decline', message: 'Fully booked this quarter.', block: true }, NOW);
    expect(answer.status).toBe('DECLINED');
    expect((await matchRow(proposal.id)).status).toBe('DECLINED');
    expect((await systemDb().mentorRequest.findUniqueOrThrow({ where: { orgId_id: { orgId: sofia.orgId, id: proposal.requestId } } })).status).toBe('OPEN');

    const after = await candidates(later);
    expect(after.mentors.map((m) => m.id)).not.toContain(sofia.employeeId);
    expect(after.ruledOut.BLOCKED).toBeGreaterThanOrEqual(1);

    const email = (await systemDb().employee.findUniqueOrThrow({ where: { orgId_id: { orgId: sofia.orgId, id: learner.employeeId } } })).email;
    const [mail] = await mailsTo(email, /declined your Kubernetes/);
    expect(mail?.text).toContain(`/o/acme/mentors/requests/${proposal.requestId}`);
    expect(mail?.text).not.toMatch(/block|suggest this person/i);

    const mine = await getMyMentoring(sofia, NOW);
    expect(mine.blocked.map((b) => b.id)).toContain(learner.employeeId);
    await unblockFromMatching(sofia, { employeeId: learner.employeeId });
    expect((await getMyMentoring(sofia, NOW)).blocked.map((b) => b.id)).not.toContain(learner.employeeId);
    expect((await rejection(unblockFromMatching(sofia, { employeeId: learner.employeeId }))).code).toBe('NOT_FOUND');
  });
});

describe('endMatch', () => {
  async function activeMatch() {
    await setCapacity(sofia, 5);
    const learner = takeLearner();
    const proposal = await propose(learner, sofia);
    await respondToProposal(sofia, { matchId: proposal.id, decision: 'accept', message: null, block: false }, NOW);
    return { learner, matchId: proposal.id };
  }

  it('lets the mentor end a match, without a rating, and emails the learner', async () => {
    const { learner, matchId } = await activeMatch();
    const rated = await rejection(endMatch(sofia, { matchId, reason: 'Goal reached.', rating: 5 }, NOW));
    expect(rated.fieldErrors.rating).toEqual(['Only the learner rates a mentorship']);
    expect((await matchRow(matchId)).status).toBe('ACCEPTED');

    expect((await rejection(endMatch(priya, { matchId, reason: 'Not mine.', rating: null }, NOW))).code).toBe('NOT_FOUND');

    await endMatch(sofia, { matchId, reason: 'Goal reached.', rating: null }, NOW);
    expect(await matchRow(matchId)).toMatchObject({ status: 'ENDED', endedAt: NOW, endedById: sofia.employeeId, endReason: 'Goal reached.', learnerRating: null });
    const email = (await systemDb().employee.findUniqueOrThrow({ where: { orgId_id: { orgId: sofia.orgId, id: learner.employeeId } } })).email;
    expect((await mailsTo(email, /ended your Kubernetes/))[0]?.text).toContain('Goal reached.');
    expect((await rejection(endMatch(learner, { matchId, reason: 'Again', rating: null }, NOW))).message).toMatch(/already ended/);
  });

  it('lets the learner end a match with a rating, kept from the mentor, who sees the match as past', async () => {
    const { learner, matchId } = await activeMatch();
    await endMatch(learner, endMatchInput.parse({ matchId, reason: 'We covered what I needed.', rating: '4' }), NOW);
    expect(await matchRow(matchId)).toMatchObject({ status: 'ENDED', endedById: learner.employeeId, learnerRating: 4 });
    const mine = await getMyMentoring(sofia, NOW);
    expect(mine.past.find((m) => m.id === matchId)).toMatchObject({ status: 'ENDED' });
    expect(mine.mentees.map((m) => m.id)).not.toContain(matchId);
    // The learner sees their rating; the mentor only ever sees it inside their average.
    expect(await getMatch(learner, matchId)).toMatchObject({ status: 'ENDED', learnerRating: 4, endReason: 'We covered what I needed.', endedByName: learner.employeeName });
    expect((await getMatch(sofia, matchId)).learnerRating).toBeNull();
  });

  it('requires a reason of at most 1000 characters', () => {
    const matchId = crypto.randomUUID();
    expect(endMatchInput.safeParse({ matchId, reason: '   ', rating: '' }).success).toBe(false);
    expect(endMatchInput.safeParse({ matchId, reason: 'x'.repeat(1001), rating: '' }).success).toBe(false);
    expect(endMatchInput.safeParse({ matchId, reason: 'Done', rating: '6' }).success).toBe(false);
    expect(endMatchInput.parse({ matchId, reason: ' Done ', rating: '' })).toEqual({ matchId, reason: 'Done', rating: null });
  });
});

describe('reading matches', () => {
  it('shows a match to its learner and mentor only, with its history and explanation', async () => {
    await setCapacity(sofia, 5);
    const learner = takeLearner();
    const proposal = await propose(learner, sofia, { message: 'Hi Sofia!' });
    await respondToProposal(sofia, { matchId: proposal.id, decision: 'accept', message: 'Welcome aboard.', block: false }, NOW);

    const forMentor = await getMatch(sofia, proposal.id);
    expect(forMentor).toMatchObject({
      viewerSide: 'mentor',
      status: 'ACCEPTED',
      skill: { name: 'Kubernetes' },
      learner: { id: learner.employeeId },
      mentor: { id: sofia.employeeId, name: sofia.employeeName },
      message: 'Hi Sofia!',
      responseMessage: 'Welcome aboard.',
      request: { targetLevel: 3, outcome: 'Run our staging cluster on my own.' },
    });
    expect(forMentor.terms.map((t) => t.label)).toEqual(['Level 4 in Kubernetes', 'Different department — a new connection']);
    expect((await getMatch(learner, proposal.id)).viewerSide).toBe('learner');
    expect((await rejection(getMatch(priya, proposal.id))).code).toBe('NOT_FOUND');
    expect((await rejection(getMatch(sofia, 'not-a-uuid'))).code).toBe('NOT_FOUND');
  });

  it('lists what waits for the mentor, with the load against capacity, and counts it for the tab badge', async () => {
    await setCapacity(sofia, 3);
    const learner = takeLearner();
    const proposal = await propose(learner, sofia);
    const mine = await getMyMentoring(sofia, NOW);
    const waiting = mine.waiting.find((w) => w.id === proposal.id);
    expect(waiting).toMatchObject({ learner: { id: learner.employeeId, name: learner.employeeName }, skillName: 'Kubernetes', targetLevel: 3, outcome: 'Run our staging cluster on my own.' });
    expect(waiting?.terms).toHaveLength(2);
    expect(mine.teaches).toEqual(expect.arrayContaining(['Kubernetes', 'AWS', 'Terraform']));
    const accepted = await systemDb().match.count({ where: { orgId: sofia.orgId, mentorId: sofia.employeeId, status: 'ACCEPTED' } });
    expect(mine).toMatchObject({ capacity: accepted + 3, active: accepted, waitingCount: mine.waiting.length });
    expect(await countProposalsWaitingForMe(sofia, NOW)).toBe(mine.waiting.length);
    // Overdue ones are not counted, even before a sweep expires them.
    expect(await countProposalsWaitingForMe(sofia, new Date(NOW.getTime() + 30 * DAY))).toBe(0);
  });

  it('expires overdue proposals org by org, telling each learner once', async () => {
    const learner = takeLearner();
    const proposal = await propose(learner, sofia, { expiresAt: new Date(NOW.getTime() + DAY) });
    const later = new Date(NOW.getTime() + 2 * DAY);
    expect(await expireProposalsAndNotify(sofia.orgId, later)).toBeGreaterThanOrEqual(1);
    expect((await matchRow(proposal.id)).status).toBe('EXPIRED');
    expect(await expireProposalsAndNotify(sofia.orgId, later)).toBe(0);
    const email = (await systemDb().employee.findUniqueOrThrow({ where: { orgId_id: { orgId: sofia.orgId, id: learner.employeeId } } })).email;
    expect(await mailsTo(email, /did not answer/)).toHaveLength(1);
  });
});
