import { beforeAll, describe, expect, it } from 'vitest';
import type { TenantContext } from '../../lib/auth/tenant-context';
import { withTenant } from '../../lib/db/tenant';
import { DomainError } from '../../lib/errors';
import { createMentorRequest } from '../../lib/mentoring';
import { ACME_EMPLOYEE, ACME_STEWARD, contextFor, seedDemoOrgs } from './fixtures/demo-orgs';

// A learner's side of mentoring in the seeded demo org: asking, suggestions, sending, withdrawing.

let maya: TenantContext;
let priya: TenantContext;
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
});

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
    expect(error.message).toMatch(/^You already have an open mentoring request for TypeScript \(asked on \d{4}-\d\d-\d\d\)/);
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
