import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { TenantContext } from '../../lib/auth/tenant-context';
import { withTenant } from '../../lib/db/tenant';
import { DomainError } from '../../lib/errors';
import { deleteLearningGoal, getMyProfile, saveLearningGoal, saveLearningGoalInput, setGoalStatus, upsertMySkill, upsertMySkillInput } from '../../lib/profiles';
import { todayIn } from '../../lib/profiles/local-date';
import { ACME_EMPLOYEE, ACME_STEWARD, GLOBEX_EMPLOYEE, contextFor, seedDemoOrgs } from './fixtures/demo-orgs';

// Learning goals on the signed-in employee's own profile.

let maya: TenantContext;
let priya: TenantContext;
let tom: TenantContext;
let terraform: string;
let retired: string;
let globexSkill: string;

const goalForm = (values: Record<string, string>) => saveLearningGoalInput.parse({ goalId: '', dueDate: '', why: '', ...values });

async function refusal(promise: Promise<unknown>): Promise<DomainError> {
  const error = await promise.then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(DomainError);
  return error as DomainError;
}

const goalRow = (id: string) => withTenant(maya, (db) => db.learningGoal.findUniqueOrThrow({ where: { orgId_id: { orgId: maya.orgId, id } } }));

beforeAll(async () => {
  await seedDemoOrgs();
  [maya, priya, tom] = await Promise.all([contextFor(ACME_EMPLOYEE, 'acme'), contextFor(ACME_STEWARD, 'acme'), contextFor(GLOBEX_EMPLOYEE, 'globex')]);
  const make = (ctx: TenantContext, name: string, status: 'APPROVED' | 'RETIRED' = 'APPROVED') =>
    withTenant(ctx, (db) => db.skill.create({ data: { orgId: ctx.orgId, name, status }, select: { id: true } })).then((s) => s.id);
  terraform = await make(priya, 'Zq Terraform');
  retired = await make(priya, 'Zq Puppet', 'RETIRED');
  globexSkill = await make(tom, 'Zq Spectroscopy');
});

beforeEach(async () => {
  await withTenant(maya, (db) => db.learningGoal.deleteMany({ where: { employeeId: { in: [maya.employeeId, priya.employeeId] }, skill: { name: { startsWith: 'Zq ' } } } }));
  await withTenant(maya, (db) => db.employeeSkill.deleteMany({ where: { employeeId: maya.employeeId, skillId: terraform } }));
});

describe('saveLearningGoal', () => {
  it('creates a goal and edits it', async () => {
    const { id } = await saveLearningGoal(maya, goalForm({ skillId: terraform, targetLevel: '3', dueDate: '2099-06-30', why: 'Own our infrastructure code' }));
    expect((await getMyProfile(maya)).goals.find((g) => g.id === id)).toMatchObject({ skillName: 'Zq Terraform', targetLevel: 3, dueDate: '2099-06-30', why: 'Own our infrastructure code', status: 'ACTIVE', completedAt: null });
    await saveLearningGoal(maya, goalForm({ goalId: id, skillId: terraform, targetLevel: '4' }));
    expect(await goalRow(id)).toMatchObject({ targetLevel: 4, dueDate: null, why: null, employeeId: maya.employeeId });
  });

  it('refuses a due date before today in my time zone, but lets an overdue goal keep its date', async () => {
    const today = todayIn((await getMyProfile(maya)).timeZone);
    const error = await refusal(saveLearningGoal(maya, goalForm({ skillId: terraform, targetLevel: '3', dueDate: '2001-01-01' })));
    expect(error.fieldErrors).toEqual({ dueDate: ['Choose today or a later date'] });
    const { id } = await saveLearningGoal(maya, goalForm({ skillId: terraform, targetLevel: '3', dueDate: today }));

    await withTenant(maya, (db) => db.learningGoal.update({ where: { orgId_id: { orgId: maya.orgId, id } }, data: { dueDate: new Date('2001-01-01T00:00:00Z') } }));
    await saveLearningGoal(maya, goalForm({ goalId: id, skillId: terraform, targetLevel: '5', dueDate: '2001-01-01' }));
    expect(await goalRow(id)).toMatchObject({ targetLevel: 5 });
  });

  it('needs a target above my current level in the skill', async () => {
    await upsertMySkill(maya, upsertMySkillInput.parse({ skillId: terraform, level: '3' }));
    const error = await refusal(saveLearningGoal(maya, goalForm({ skillId: terraform, targetLevel: '3' })));
    expect(error.fieldErrors).toEqual({ targetLevel: ['You are already at level 3 (Proficient); choose a higher target'] });
    await saveLearningGoal(maya, goalForm({ skillId: terraform, targetLevel: '4' }));
  });

  it('refuses a retired skill or another org’s skill', async () => {
    for (const skillId of [retired, globexSkill]) {
      const error = await refusal(saveLearningGoal(maya, goalForm({ skillId, targetLevel: '2' })));
      expect(error.fieldErrors.skillId).toHaveLength(1);
    }
    expect(await withTenant(maya, (db) => db.learningGoal.count({ where: { employeeId: maya.employeeId, skillId: { in: [retired, globexSkill] } } }))).toBe(0);
  });
});

describe('goal status and deletion', () => {
  it('moves between statuses; achieving stamps completedAt and reopening clears it', async () => {
    const { id } = await saveLearningGoal(maya, goalForm({ skillId: terraform, targetLevel: '2' }));
    await setGoalStatus(maya, { goalId: id, status: 'ACHIEVED' });
    const achieved = await goalRow(id);
    expect(achieved.status).toBe('ACHIEVED');
    expect(achieved.completedAt).toBeInstanceOf(Date);
    await setGoalStatus(maya, { goalId: id, status: 'ACHIEVED' });
    expect((await goalRow(id)).completedAt).toEqual(achieved.completedAt);
    await setGoalStatus(maya, { goalId: id, status: 'ACTIVE' });
    expect(await goalRow(id)).toMatchObject({ status: 'ACTIVE', completedAt: null });
    await setGoalStatus(maya, { goalId: id, status: 'PAUSED' });
    await setGoalStatus(maya, { goalId: id, status: 'ABANDONED' });
    expect((await goalRow(id)).status).toBe('ABANDONED');
    await deleteLearningGoal(maya, { goalId: id });
    expect((await getMyProfile(maya)).goals.some((g) => g.id === id)).toBe(false);
  });

  it('never touches a colleague’s goal', async () => {
    const { id } = await saveLearningGoal(priya, goalForm({ skillId: terraform, targetLevel: '2' }));
    expect((await refusal(setGoalStatus(maya, { goalId: id, status: 'ABANDONED' }))).code).toBe('NOT_FOUND');
    expect((await refusal(deleteLearningGoal(maya, { goalId: id }))).code).toBe('NOT_FOUND');
    expect((await refusal(saveLearningGoal(maya, goalForm({ goalId: id, skillId: terraform, targetLevel: '5' })))).code).toBe('NOT_FOUND');
    expect(await withTenant(priya, (db) => db.learningGoal.findUniqueOrThrow({ where: { orgId_id: { orgId: priya.orgId, id } } }))).toMatchObject({ status: 'ACTIVE', targetLevel: 2, employeeId: priya.employeeId });
  });
});
