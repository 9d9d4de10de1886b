import { beforeAll, describe, expect, it } from 'vitest';
import type { TenantContext } from '../../lib/auth/tenant-context';
import { withTenant } from '../../lib/db/tenant';
import { CHECKLIST_MIN_SKILLS, getProfileChecklist } from '../../lib/profiles';
import { ACME_EMPLOYEE, GLOBEX_EMPLOYEE, contextFor, seedDemoOrgs } from './fixtures/demo-orgs';

let maya: TenantContext;
let tom: TenantContext;

beforeAll(async () => {
  await seedDemoOrgs();
  maya = await contextFor(ACME_EMPLOYEE, 'acme');
  tom = await contextFor(GLOBEX_EMPLOYEE, 'globex');
});

const doneKeys = async (ctx: TenantContext) => (await getProfileChecklist(ctx)).filter((i) => i.done).map((i) => i.key);

describe('getProfileChecklist', () => {
  it('marks each item done from the caller’s own profile only', async () => {
    const mine = { orgId: maya.orgId, employeeId: maya.employeeId };
    await withTenant(maya, async (db) => {
      await db.availabilityWindow.deleteMany({ where: mine });
      await db.learningGoal.deleteMany({ where: mine });
      await db.employeeSkill.deleteMany({ where: mine });
      await db.employee.update({ where: { orgId_id: { orgId: maya.orgId, id: maya.employeeId } }, data: { headline: '  ' } });
    });
    expect(await doneKeys(maya)).toEqual([]);
    expect((await doneKeys(tom)).length).toBeGreaterThan(0);

    await withTenant(maya, async (db) => {
      const skills = await db.skill.findMany({ where: { orgId: maya.orgId, kind: 'SKILL', status: 'APPROVED' }, take: CHECKLIST_MIN_SKILLS, orderBy: { name: 'asc' } });
      await db.employeeSkill.createMany({ data: skills.slice(0, CHECKLIST_MIN_SKILLS - 1).map((s) => ({ ...mine, skillId: s.id, level: 2 })) });
      await db.availabilityWindow.create({ data: { ...mine, weekday: 2, startMinute: 600, endMinute: 660 } });
    });
    expect(await doneKeys(maya)).toEqual(['hours']);

    await withTenant(maya, async (db) => {
      const skill = (await db.skill.findMany({ where: { orgId: maya.orgId, kind: 'SKILL', status: 'APPROVED' }, skip: CHECKLIST_MIN_SKILLS - 1, take: 1, orderBy: { name: 'asc' } }))[0]!;
      await db.employeeSkill.create({ data: { ...mine, skillId: skill.id, level: 3 } });
      await db.learningGoal.create({ data: { ...mine, skillId: skill.id, targetLevel: 4 } });
      await db.employee.update({ where: { orgId_id: { orgId: maya.orgId, id: maya.employeeId } }, data: { headline: 'Learning platform engineering' } });
    });
    expect(await doneKeys(maya)).toEqual(['skills', 'goal', 'hours', 'headline']);
  });
});
