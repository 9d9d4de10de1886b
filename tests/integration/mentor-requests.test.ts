import { beforeAll, describe, expect, it } from 'vitest';
import type { TenantContext } from '../../lib/auth/tenant-context';
import { withTenant } from '../../lib/db/tenant';
import { DomainError } from '../../lib/errors';
import { systemDb } from '../../lib/db/system';
import { createMentorRequest, getMyLearning, sendMentorRequest, suggestMentors, withdrawMentorRequest, withdrawProposal } from '../../lib/mentoring';
import { ACME_EMPLOYEE, ACME_STEWARD, GLOBEX_EMPLOYEE, contextFor, seedDemoOrgs } from './fixtures/demo-orgs';

// A learner's side of mentoring in the seeded demo org: asking, suggestions, sending, withdrawing.

let maya: TenantContext;
let priya: TenantContext;
let tom: TenantContext;
const NOW = new Date('2026-11-24T12:00:00Z');
const skills: Record<string, string> = {};

async function skillId(name: string): Promise<string> {
  if (!skills[name]) skills[name] = (await withTenant(maya, (db) => db.skill.findFirstOrThrow({ where: { orgId: maya.orgId, name }, select: { id: true } }))).id;
  return skills[name];
}

async function refusal(promise: Promise<unknown>): Promise<DomainError> {
  const error = await promise.then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(DomainError);
  return error as DomainError;
}

beforeAll(async () => {
  await seedDemoOrgs();
  maya = await contextFor(ACME_EMPLOYEE, 'acme');
  priya = await contextFor(ACME_STEWARD, 'acme');
  tom = await contextFor(GLOBEX_EMPLOYEE, 'globex');
});

/** Sets a mentor's capacity so that exactly `free` slots remain next to their current load. */
async function leaveFreeSlots(mentorId: string, free: number): Promise<void> {
  await withTenant(maya, async (db) => {
    const load = await db.match.count({ where: { orgId: maya.orgId, mentorId, status: { in: ['PROPOSED', 'ACCEPTED'] } } });
    await db.employee.update({ where: { orgId_id: { orgId: maya.orgId, id: mentorId } }, data: { mentoringCapacity: load + free } });
  });
}

/** A pending proposal to `mentorId` from another Acme learner (built directly: only the mentor's load matters here). */
async function pendingProposalFromSomeoneElse(mentorId: string, skill: string): Promise<void> {
  await withTenant(maya, async (db) => {
    const learner = await db.employee.findFirstOrThrow({
      where: { orgId: maya.orgId, id: { notIn: [maya.employeeId, mentorId] }, status: 'ACTIVE', mentorRequests: { none: {} } },
      orderBy: { id: 'asc' },
    });
    const request = await db.mentorRequest.create({ data: { orgId: maya.orgId, learnerId: learner.id, skillId: await skillId(skill), targetLevel: 2 } });
    await db.match.create({ data: { orgId: maya.orgId, requestId: request.id, learnerId: learner.id, mentorId, skillId: request.skillId, score: 50, expiresAt: new Date(NOW.getTime() + 86_400_000) } });
  });
}

describe('createMentorRequest', () => {
  it('snapshots the current level and refuses a target at or below it', async () => {
    const error = await refusal(createMentorRequest(maya, { skillId: await skillId('TypeScript'), targetLevel: 3 }, NOW));
    expect(error.fieldErrors.targetLevel).toEqual(['You are already at level 3 (Proficient); choose a higher target']);

    const { id } = await createMentorRequest(maya, { skillId: await skillId('TypeScript'), targetLevel: 4, outcome: 'Type-level programming', acceptsAsync: true }, NOW);
    const row = await withTenant(maya, (db) => db.mentorRequest.findUniqueOrThrow({ where: { orgId_id: { orgId: maya.orgId, id } } }));
    expect(row).toMatchObject({ learnerId: maya.employeeId, currentLevel: 3, targetLevel: 4, outcome: 'Type-level programming', format: 'ONE_TO_ONE', acceptsAsync: true, preferOutsideTeam: false, status: 'OPEN' });
  });

  it('refuses a second open request for the same skill, naming the open one', async () => {
    const error = await refusal(createMentorRequest(maya, { skillId: await skillId('TypeScript'), targetLevel: 5 }, NOW));
    expect(error.code).toBe('CONFLICT');
    expect(error.message).toBe('You already have an open mentoring request for TypeScript. Open it under Find a mentor, or close it there to start over.');
  });

  it('lets only one of two simultaneous requests for a skill through', async () => {
    const input = { skillId: await skillId('Go'), targetLevel: 2 };
    const results = await Promise.allSettled([createMentorRequest(maya, input, NOW), createMentorRequest(maya, input, NOW)]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    const rejected = results.find((r) => r.status === 'rejected') as PromiseRejectedResult;
    expect(rejected.reason).toBeInstanceOf(DomainError);
    expect((rejected.reason as DomainError).message).toMatch(/^You already have an open mentoring request for Go/);
  });

  it('accepts only the learner’s own goal, for the same skill', async () => {
    const mine = await withTenant(maya, (db) => db.learningGoal.findFirstOrThrow({ where: { orgId: maya.orgId, employeeId: maya.employeeId, skill: { name: 'Docker' } } }));
    const priyas = await withTenant(priya, (db) => db.learningGoal.findFirstOrThrow({ where: { orgId: priya.orgId, employeeId: priya.employeeId } }));
    expect((await refusal(createMentorRequest(maya, { skillId: priyas.skillId, goalId: priyas.id, targetLevel: 2 }, NOW))).fieldErrors.goalId).toEqual(['That learning goal was not found.']);
    expect((await refusal(createMentorRequest(maya, { skillId: await skillId('Kubernetes'), goalId: mine.id, targetLevel: 2 }, NOW))).fieldErrors.goalId).toEqual(['That learning goal is for another skill.']);
    const { id } = await createMentorRequest(maya, { skillId: mine.skillId, goalId: mine.id, targetLevel: 3 }, NOW);
    expect((await withTenant(maya, (db) => db.mentorRequest.findUniqueOrThrow({ where: { orgId_id: { orgId: maya.orgId, id } } }))).goalId).toBe(mine.id);
  });

  it('refuses a category, a colleague’s proposed skill and an unknown id', async () => {
    const category = await withTenant(maya, (db) => db.skill.findFirstOrThrow({ where: { orgId: maya.orgId, kind: 'CATEGORY' } }));
    expect((await refusal(createMentorRequest(maya, { skillId: category.id, targetLevel: 2 }, NOW))).fieldErrors.skillId?.[0]).toMatch(/is a category/);
    const proposed = await withTenant(priya, (db) => db.skill.create({ data: { orgId: priya.orgId, name: 'Workshop games', status: 'PROPOSED', proposedById: priya.employeeId } }));
    expect((await refusal(createMentorRequest(maya, { skillId: proposed.id, targetLevel: 2 }, NOW))).fieldErrors.skillId?.[0]).toMatch(/waiting for a steward/);
    expect((await refusal(createMentorRequest(maya, { skillId: '00000000-0000-4000-8000-000000000000', targetLevel: 2 }, NOW))).fieldErrors.skillId).toEqual(['Choose a skill from the list.']);
  });

  it('adds to a matching round only while its sign-up is open', async () => {
    const cycle = await withTenant(priya, (db) =>
      db.matchingCycle.create({ data: { orgId: priya.orgId, name: 'Winter round', status: 'OPEN', signupOpensAt: new Date('2026-11-20T00:00:00Z'), signupClosesAt: new Date('2026-11-30T00:00:00Z') } }),
    );
    const input = { skillId: await skillId('Python'), targetLevel: 2, cycleId: cycle.id };
    expect((await refusal(createMentorRequest(maya, input, new Date('2026-12-01T00:00:00Z')))).message).toBe('Sign-up for “Winter round” is closed; requests cannot be added to it now.');
    expect((await refusal(createMentorRequest(maya, input, new Date('2026-11-19T00:00:00Z')))).message).toBe('Sign-up for “Winter round” opens on 2026-11-20; requests cannot be added to it now.');
    await withTenant(priya, (db) => db.matchingCycle.update({ where: { orgId_id: { orgId: priya.orgId, id: cycle.id } }, data: { status: 'CLOSED' } }));
    expect((await refusal(createMentorRequest(maya, input, NOW))).message).toBe('Sign-up for “Winter round” is closed; requests cannot be added to it now.');
    await withTenant(priya, (db) => db.matchingCycle.update({ where: { orgId_id: { orgId: priya.orgId, id: cycle.id } }, data: { status: 'OPEN' } }));
    const { id } = await createMentorRequest(maya, input, NOW);
    expect((await withTenant(maya, (db) => db.mentorRequest.findUniqueOrThrow({ where: { orgId_id: { orgId: maya.orgId, id } } }))).cycleId).toBe(cycle.id);
  });
});

describe('suggestMentors', () => {
  let requestId: string;

  beforeAll(async () => {
    ({ id: requestId } = await createMentorRequest(maya, { skillId: await skillId('Kubernetes'), targetLevel: 3, acceptsAsync: true }, NOW));
  });

  it('lists the top 10 eligible mentors best first, never the learner or her manager', async () => {
    const me = await withTenant(maya, (db) => db.employee.findUniqueOrThrow({ where: { orgId_id: { orgId: maya.orgId, id: maya.employeeId } }, select: { managerId: true } }));
    expect(me.managerId).not.toBeNull();
    // Her manager now teaches Kubernetes at the top level, and is still not suggested.
    await withTenant(maya, (db) =>
      db.employeeSkill.upsert({
        where: { orgId_employeeId_skillId: { orgId: maya.orgId, employeeId: me.managerId!, skillId: skills.Kubernetes! } },
        create: { orgId: maya.orgId, employeeId: me.managerId!, skillId: skills.Kubernetes!, level: 5, canTeach: true },
        update: { level: 5, canTeach: true },
      }),
    );
    const result = await suggestMentors(maya, requestId, NOW);
    expect(result.request).toMatchObject({ id: requestId, skillName: 'Kubernetes', targetLevel: 3, status: 'OPEN', acceptsAsync: true });
    expect(result.mentors.length).toBeGreaterThan(1);
    expect(result.mentors.length).toBeLessThanOrEqual(10);
    const scores = result.mentors.map((m) => m.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    const ids = result.mentors.map((m) => m.id);
    expect(ids).not.toContain(maya.employeeId);
    expect(ids).not.toContain(me.managerId);
    for (const mentor of result.mentors) {
      expect(mentor.level).toBeGreaterThanOrEqual(3);
      expect(mentor.load).toBeLessThan(mentor.capacity);
      expect(mentor.terms[0]!.label).toMatch(/^Level \d \(\w+\) in /);
    }
    expect(result.nobody).toBeNull();
    expect(result.liveProposal).toBeNull();
  });

  it('drops a mentor at capacity, and one whose free slots are all taken by pending proposals', async () => {
    const [first, second] = (await suggestMentors(maya, requestId, NOW)).mentors;
    await leaveFreeSlots(first!.id, 0);
    await leaveFreeSlots(second!.id, 1);
    await pendingProposalFromSomeoneElse(second!.id, 'Python');
    const ids = (await suggestMentors(maya, requestId, NOW)).mentors.map((m) => m.id);
    expect(ids).not.toContain(first!.id);
    expect(ids).not.toContain(second!.id);
  });

  it('highlights the person the learner asked about when they are eligible', async () => {
    const [top] = (await suggestMentors(maya, requestId, NOW)).mentors;
    const asked = await suggestMentors(maya, requestId, NOW, { askedAbout: top!.id });
    expect(asked.askedAbout).toMatchObject({ id: top!.id, name: top!.name, suggestion: { id: top!.id }, whyNot: null });
    const notATeacher = await suggestMentors(maya, requestId, NOW, { askedAbout: priya.employeeId });
    expect(notATeacher.askedAbout).toMatchObject({ id: priya.employeeId, suggestion: null });
    expect((await suggestMentors(maya, requestId, NOW, { askedAbout: tom.employeeId })).askedAbout).toBeNull();
  });

  it('says why the person the learner asked about cannot mentor this request', async () => {
    const whyNot = async (id: string) => (await suggestMentors(maya, requestId, NOW, { askedAbout: id })).askedAbout!.whyNot;
    const [full, closed] = (await suggestMentors(maya, requestId, NOW)).mentors;
    expect(await whyNot(full!.id)).toBeNull();
    await leaveFreeSlots(full!.id, 1);
    await pendingProposalFromSomeoneElse(full!.id, 'Python');
    await withTenant(maya, (db) => db.employee.update({ where: { orgId_id: { orgId: maya.orgId, id: closed!.id } }, data: { mentoringCapacity: 0 } }));
    const { managerId } = await withTenant(maya, (db) => db.employee.findUniqueOrThrow({ where: { orgId_id: { orgId: maya.orgId, id: maya.employeeId } }, select: { managerId: true } }));
    expect([await whyNot(full!.id), await whyNot(closed!.id), await whyNot(managerId!), await whyNot(priya.employeeId)]).toEqual(['FULL', 'NO_CAPACITY', 'MANAGEMENT_CHAIN', 'NOT_TEACHING']);
  });

  it('explains why nobody qualifies: no teachers, related skills, default hours', async () => {
    const [lonely, cousin] = await withTenant(priya, (db) =>
      Promise.all(['Quantum basket weaving', 'Basket theory'].map((name) => db.skill.create({ data: { orgId: priya.orgId, name, status: 'APPROVED' } }))),
    );
    const [fromSkillId, toSkillId] = [lonely!.id, cousin!.id].sort();
    await withTenant(priya, (db) => db.skillRelation.create({ data: { orgId: priya.orgId, fromSkillId: fromSkillId!, toSkillId: toSkillId! } }));
    const { id } = await createMentorRequest(maya, { skillId: lonely!.id, targetLevel: 2 }, NOW);
    const result = await suggestMentors(maya, id, NOW);
    expect(result.mentors).toEqual([]);
    expect(result.nobody).toEqual({ teachers: 0, reasons: [], relatedSkills: [{ id: cousin!.id, name: 'Basket theory' }], usesDefaultHours: false });

    // One teacher now, but with no free slot.
    await withTenant(priya, (db) => db.employeeSkill.create({ data: { orgId: priya.orgId, employeeId: priya.employeeId, skillId: lonely!.id, level: 4, canTeach: true } }));
    await leaveFreeSlots(priya.employeeId, 0);
    const full = await suggestMentors(maya, id, NOW);
    expect(full.nobody).toMatchObject({ teachers: 1, reasons: [{ reason: 'NO_CAPACITY', count: 1, words: 'has no free mentoring slot' }] });
    await leaveFreeSlots(priya.employeeId, 2);
  });

  it('shows the request only to its learner', async () => {
    for (const other of [priya, tom]) {
      const error = await refusal(suggestMentors(other, requestId, NOW));
      expect(error).toMatchObject({ code: 'NOT_FOUND', message: 'That mentoring request was not found.' });
    }
    expect((await refusal(suggestMentors(maya, 'not-an-id', NOW))).code).toBe('NOT_FOUND');
  });
});

describe('sendMentorRequest', () => {
  let requestId: string;

  beforeAll(async () => {
    ({ id: requestId } = await createMentorRequest(maya, { skillId: await skillId('Terraform'), targetLevel: 2, acceptsAsync: true }, NOW));
  });

  it('sends a proposal with its expiry and explanation, and emails the mentor', async () => {
    const [top] = (await suggestMentors(maya, requestId, NOW)).mentors;
    const { matchId } = await sendMentorRequest(maya, { requestId, mentorId: top!.id, message: 'Could you help me with modules?' }, NOW);
    const match = await withTenant(maya, (db) => db.match.findUniqueOrThrow({ where: { orgId_id: { orgId: maya.orgId, id: matchId } }, include: { mentor: true } }));
    expect(match).toMatchObject({ requestId, learnerId: maya.employeeId, mentorId: top!.id, status: 'PROPOSED', source: 'REQUEST', score: top!.score, message: 'Could you help me with modules?' });
    expect(match.expiresAt).toEqual(new Date(NOW.getTime() + 3 * 86_400_000));
    expect(match.explanation).toEqual(top!.terms);
    const mail = await systemDb().outboxEmail.findFirstOrThrow({ where: { to: match.mentor.email }, orderBy: { createdAt: 'desc' } });
    expect(mail.subject).toBe('Maya Chen asks you to mentor them in Terraform');
    expect(mail.text).toContain('Could you help me with modules?');
    expect(mail.text).toContain('/o/acme/mentors/mentoring');

    const view = await suggestMentors(maya, requestId, NOW);
    expect(view.liveProposal).toMatchObject({ id: matchId, status: 'PROPOSED', mentor: { id: top!.id }, message: 'Could you help me with modules?' });
    const learning = await getMyLearning(maya, NOW);
    const mayaZone = (await withTenant(maya, (db) => db.employee.findUniqueOrThrow({ where: { orgId_id: { orgId: maya.orgId, id: maya.employeeId } }, select: { timeZone: true } }))).timeZone;
    expect(mayaZone).not.toBe('UTC');
    expect([view.timeZone, learning.timeZone]).toEqual([mayaZone, mayaZone]);
    expect(learning.openRequests.find((r) => r.id === requestId)).toMatchObject({ skillId: await skillId('Terraform'), pending: { matchId, mentor: { id: top!.id } } });
  });

  it('refuses a second send while one is waiting', async () => {
    const [, next] = (await suggestMentors(maya, requestId, NOW)).mentors;
    const error = await refusal(sendMentorRequest(maya, { requestId, mentorId: next!.id, message: null }, NOW));
    expect(error).toMatchObject({ code: 'CONFLICT', message: expect.stringMatching(/^This request is already waiting/) });
  });

  it('withdraws the proposal, then lets the learner ask the next one; an expired proposal frees the request too', async () => {
    const view = await suggestMentors(maya, requestId, NOW);
    await withdrawProposal(maya, { matchId: view.liveProposal!.id }, NOW);
    const after = await suggestMentors(maya, requestId, NOW);
    expect(after.liveProposal).toBeNull();
    expect(after.pastProposals[0]).toMatchObject({ id: view.liveProposal!.id, status: 'WITHDRAWN' });
    expect((await refusal(withdrawProposal(maya, { matchId: view.liveProposal!.id }, NOW))).message).toBe('It cannot be withdrawn any more: it was withdrawn.');

    const next = after.mentors.find((m) => m.id !== view.liveProposal!.mentor.id)!;
    const { matchId } = await sendMentorRequest(maya, { requestId, mentorId: next.id, message: null }, NOW);
    const later = new Date(NOW.getTime() + 4 * 86_400_000);
    const expired = await suggestMentors(maya, requestId, later);
    expect(expired.liveProposal).toBeNull();
    expect(expired.pastProposals[0]).toMatchObject({ id: matchId, status: 'EXPIRED' });
    expect(expired.mentors.map((m) => m.id)).not.toContain(next.id);
  });

  it('refuses a mentor who is not eligible, an unknown id and another org’s employee', async () => {
    const { id } = await createMentorRequest(maya, { skillId: await skillId('Java'), targetLevel: 2, acceptsAsync: true }, NOW);
    expect((await refusal(sendMentorRequest(maya, { requestId: id, mentorId: priya.employeeId, message: null }, NOW))).message).toMatch(/^This person cannot mentor this request right now/);
    expect((await refusal(sendMentorRequest(maya, { requestId: id, mentorId: tom.employeeId, message: null }, NOW))).message).toBe('That person was not found.');
    expect(await withTenant(maya, (db) => db.match.count({ where: { orgId: maya.orgId, requestId: id } }))).toBe(0);
  });

  it('lets only one of several learners take a mentor’s last free slot', async () => {
    const others = await withTenant(maya, (db) =>
      db.employee.findMany({ where: { orgId: maya.orgId, status: 'ACTIVE', managerId: { not: null }, mentorRequests: { none: {} }, skills: { none: { skill: { name: 'AWS' } } } }, orderBy: { id: 'asc' }, take: 8 }),
    );
    const learners = others.map((e): TenantContext => ({ ...maya, employeeId: e.id, employeeName: e.name }));
    const requests = await Promise.all(learners.map(async (ctx) => (await createMentorRequest(ctx, { skillId: await skillId('AWS'), targetLevel: 2, acceptsAsync: true }, NOW)).id));
    const candidates = await Promise.all(learners.map(async (ctx, i) => new Set((await suggestMentors(ctx, requests[i]!, NOW)).mentors.map((m) => m.id))));
    const shared = [...candidates[0]!].find((id) => candidates.every((c) => c.has(id)))!;
    await leaveFreeSlots(shared, 1);
    const results = await Promise.allSettled(learners.map((ctx, i) => sendMentorRequest(ctx, { requestId: requests[i]!, mentorId: shared, message: null }, NOW)));
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    for (const r of results.filter((r) => r.status === 'rejected')) expect((r as PromiseRejectedResult).reason).toBeInstanceOf(DomainError);
  });

  it('lets only the learner send, withdraw or close a request', async () => {
    const view = await suggestMentors(maya, requestId, NOW);
    const mentorId = view.mentors[0]!.id;
    for (const other of [priya, tom]) {
      expect((await refusal(sendMentorRequest(other, { requestId, mentorId, message: null }, NOW))).code).toBe('NOT_FOUND');
      expect((await refusal(withdrawMentorRequest(other, { requestId }, NOW))).code).toBe('NOT_FOUND');
      expect((await refusal(withdrawProposal(other, { matchId: view.pastProposals[0]!.id }, NOW))).code).toBe('NOT_FOUND');
    }
  });

  it('closes a request and withdraws its pending proposal', async () => {
    const view = await suggestMentors(maya, requestId, NOW);
    const { matchId } = await sendMentorRequest(maya, { requestId, mentorId: view.mentors[0]!.id, message: null }, NOW);
    await withdrawMentorRequest(maya, { requestId }, NOW);
    const closed = await suggestMentors(maya, requestId, NOW);
    expect(closed.request.status).toBe('WITHDRAWN');
    expect(closed.liveProposal).toBeNull();
    expect(closed.pastProposals[0]).toMatchObject({ id: matchId, status: 'WITHDRAWN' });
    expect(closed.mentors).toEqual([]);
    expect((await getMyLearning(maya, NOW)).openRequests.map((r) => r.id)).not.toContain(requestId);
    expect((await refusal(withdrawMentorRequest(maya, { requestId }, NOW))).message).toBe('This request was already withdrawn.');
  });
});
