import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { TenantContext } from '../../lib/auth/tenant-context';
import { systemDb } from '../../lib/db/system';
import { withTenant } from '../../lib/db/tenant';
import { ACME_EMPLOYEE, ACME_STEWARD, GLOBEX_EMPLOYEE, contextFor, seedDemoOrgs } from './fixtures/demo-orgs';
import { form } from './fixtures/form-data';

// The profile page's server actions as a browser posts them: each edits only the signed-in employee's own
// profile (an employeeId in the form is ignored), shows per-field messages, and a Globex user posting Acme
// ids gets "not found" and changes nothing in Acme.
const session = vi.hoisted(() => ({ userId: null as string | null }));
vi.mock('../../lib/auth/session', () => ({ getSessionUserId: async () => session.userId }));
vi.mock('next/cache', () => ({ revalidatePath: () => {} }));
const actions = await import('../../app/o/[org]/profile/actions');

let maya: TenantContext;
let priya: TenantContext;
let tom: TenantContext;
let skillId: string;

const employee = (ctx: TenantContext) =>
  systemDb().employee.findUniqueOrThrow({ where: { orgId_id: { orgId: ctx.orgId, id: ctx.employeeId } }, select: { headline: true, bio: true, languages: true, timeZone: true, mentoringCapacity: true, sessionsPerWeek: true } });

async function acmeState() {
  const orgId = maya.orgId;
  const [employees, skills, employeeSkills, goals, windows, timeOff] = await Promise.all([
    systemDb().employee.findMany({ where: { orgId }, orderBy: { id: 'asc' }, select: { id: true, headline: true, bio: true, languages: true, timeZone: true, mentoringCapacity: true, sessionsPerWeek: true } }),
    systemDb().skill.findMany({ where: { orgId }, orderBy: { id: 'asc' } }),
    systemDb().employeeSkill.findMany({ where: { orgId }, orderBy: [{ employeeId: 'asc' }, { skillId: 'asc' }] }),
    systemDb().learningGoal.findMany({ where: { orgId }, orderBy: { id: 'asc' } }),
    systemDb().availabilityWindow.findMany({ where: { orgId }, orderBy: { id: 'asc' } }),
    systemDb().timeOff.findMany({ where: { orgId }, orderBy: { id: 'asc' } }),
  ]);
  return { employees, skills, employeeSkills, goals, windows, timeOff };
}

beforeAll(async () => {
  await seedDemoOrgs();
  [maya, priya, tom] = await Promise.all([contextFor(ACME_EMPLOYEE, 'acme'), contextFor(ACME_STEWARD, 'acme'), contextFor(GLOBEX_EMPLOYEE, 'globex')]);
  skillId = (await withTenant(priya, (db) => db.skill.create({ data: { orgId: priya.orgId, name: 'Zq GraphQL' }, select: { id: true } }))).id;
});

describe('profile actions edit only my own profile', () => {
  it('saves About for the signed-in employee, whatever employeeId the form carries', async () => {
    session.userId = maya.userId;
    const priyaBefore = await employee(priya);
    const result = await actions.saveAboutAction(null, form({ orgSlug: 'acme', employeeId: priya.employeeId, headline: 'Backend engineer, Go and Postgres', bio: 'I like databases.', languages: 'English, Mandarin', timeZone: 'Asia/Singapore' }));
    expect(result).toMatchObject({ ok: true, message: 'About you saved.' });
    expect(await employee(maya)).toMatchObject({ headline: 'Backend engineer, Go and Postgres', bio: 'I like databases.', languages: ['English', 'Mandarin'], timeZone: 'Asia/Singapore' });
    expect(await employee(priya)).toEqual(priyaBefore);
  });

  it('answers bad input with per-field messages and the typed values', async () => {
    session.userId = maya.userId;
    const about = await actions.saveAboutAction(null, form({ orgSlug: 'acme', headline: 'x'.repeat(121), bio: '', languages: 'English', timeZone: 'Nowhere/Special' }));
    expect(about).toMatchObject({ ok: false, fieldErrors: { headline: ['Use at most 120 characters'], timeZone: ['Choose a time zone from the list'] }, values: { languages: 'English' } });

    const skill = await actions.saveMySkillAction(null, form({ orgSlug: 'acme', skillId, level: '7' }));
    expect(skill).toMatchObject({ ok: false, fieldErrors: { level: ['Choose a level from 1 to 5'] } });
    const teach = await actions.saveMySkillAction(null, form({ orgSlug: 'acme', skillId, level: '2', canTeach: 'on' }));
    expect(teach).toMatchObject({ ok: false, fieldErrors: { canTeach: ['Teaching needs level 3 (Proficient) or higher.'] } });
    const target = await actions.saveMySkillAction(null, form({ orgSlug: 'acme', skillId, level: '4', wantsToLearn: 'on', targetLevel: '4' }));
    expect(target).toMatchObject({ ok: false, fieldErrors: { targetLevel: ['Choose a target above your current level (Advanced).'] } });
    const unknown = await actions.saveMySkillAction(null, form({ orgSlug: 'acme', skillId: '0b7c2f1e-3d4a-4b5c-8d6e-7f8091a2b3c4', level: '3' }));
    expect(unknown).toMatchObject({ ok: false, fieldErrors: { skillId: ['Choose a skill from the list.'] } });

    const window = await actions.addAvailabilityWindowAction(null, form({ orgSlug: 'acme', weekday: '1', start: '10:00', end: '09:30' }));
    expect(window).toMatchObject({ ok: false, fieldErrors: { end: ['End after the start time'] }, values: { start: '10:00', end: '09:30' } });
    const capacity = await actions.saveMentoringCapacityAction(null, form({ orgSlug: 'acme', mentoringCapacity: '21', sessionsPerWeek: '3' }));
    expect(capacity).toMatchObject({ ok: false, fieldErrors: { mentoringCapacity: ['At most 20'] } });
  });

  it('adds a skill, a goal, a window, time off and capacity through the actions', async () => {
    session.userId = maya.userId;
    expect(await actions.saveMySkillAction(null, form({ orgSlug: 'acme', skillId, level: '2', wantsToLearn: 'on', targetLevel: '4', employeeId: priya.employeeId }))).toMatchObject({ ok: true, data: { name: 'Zq GraphQL' } });
    expect(await actions.saveLearningGoalAction(null, form({ orgSlug: 'acme', goalId: '', skillId, targetLevel: '4', dueDate: '2099-03-31', why: 'Design our public API' }))).toMatchObject({ ok: true });
    expect(await actions.addAvailabilityWindowAction(null, form({ orgSlug: 'acme', weekday: '3', start: '14:00', end: '16:30' }))).toMatchObject({ ok: true, message: 'Window added.' });
    const overlap = await actions.addAvailabilityWindowAction(null, form({ orgSlug: 'acme', weekday: '3', start: '16:00', end: '17:00' }));
    expect(overlap).toMatchObject({ ok: false, fieldErrors: { start: [expect.stringContaining('Overlaps your Wednesday window 14:00–16:30')] } });
    expect(await actions.addTimeOffAction(null, form({ orgSlug: 'acme', startDate: '2099-08-01', endDate: '2099-08-14', note: 'Summer' }))).toMatchObject({ ok: true });
    expect(await actions.saveMentoringCapacityAction(null, form({ orgSlug: 'acme', mentoringCapacity: '0', sessionsPerWeek: '5' }))).toMatchObject({ ok: true });

    // The seed may give Maya and Priya windows and time off of their own; these rows are only the new ones.
    const either = { orgId: maya.orgId, employeeId: { in: [maya.employeeId, priya.employeeId] } };
    const [skills, goals, windows, timeOff] = await Promise.all([
      systemDb().employeeSkill.findMany({ where: { ...either, skillId } }),
      systemDb().learningGoal.findMany({ where: { ...either, skillId } }),
      systemDb().availabilityWindow.findMany({ where: { ...either, weekday: 3, startMinute: 840, endMinute: 990 } }),
      systemDb().timeOff.findMany({ where: { ...either, note: 'Summer', startDate: new Date('2099-08-01T00:00:00Z') } }),
    ]);
    for (const rows of [skills, goals, windows, timeOff]) expect(rows.map((r) => r.employeeId)).toEqual([maya.employeeId]);
    expect(await employee(maya)).toMatchObject({ mentoringCapacity: 0, sessionsPerWeek: 5 });
  });
});

describe('profile actions refuse another org', () => {
  it('refuses a Globex employee every action on Acme and leaves Acme unchanged', async () => {
    session.userId = maya.userId;
    await actions.saveMySkillAction(null, form({ orgSlug: 'acme', skillId, level: '3' }));
    const goal = await systemDb().learningGoal.findFirstOrThrow({ where: { orgId: maya.orgId, employeeId: maya.employeeId } });
    const window = await systemDb().availabilityWindow.findFirstOrThrow({ where: { orgId: maya.orgId, employeeId: maya.employeeId } });
    const timeOff = await systemDb().timeOff.findFirstOrThrow({ where: { orgId: maya.orgId, employeeId: maya.employeeId } });

    session.userId = tom.userId;
    const before = await acmeState();
    const posts = (orgSlug: string) => [
      actions.saveAboutAction(null, form({ orgSlug, employeeId: maya.employeeId, headline: 'Mole', bio: '', languages: '', timeZone: 'UTC' })),
      actions.saveMySkillAction(null, form({ orgSlug, skillId, level: '5' })),
      actions.removeMySkillAction(null, form({ orgSlug, skillId })),
      actions.proposeSkillAction(null, form({ orgSlug, name: 'Industrial espionage' })),
      actions.saveLearningGoalAction(null, form({ orgSlug, goalId: goal.id, skillId, targetLevel: '5', dueDate: '', why: '' })),
      actions.setGoalStatusAction(null, form({ orgSlug, goalId: goal.id, status: 'ABANDONED' })),
      actions.deleteLearningGoalAction(null, form({ orgSlug, goalId: goal.id })),
      actions.addAvailabilityWindowAction(null, form({ orgSlug, weekday: '1', start: '09:00', end: '10:00' })),
      actions.updateAvailabilityWindowAction(null, form({ orgSlug, windowId: window.id, weekday: '1', start: '09:00', end: '10:00' })),
      actions.removeAvailabilityWindowAction(null, form({ orgSlug, windowId: window.id })),
      actions.addTimeOffAction(null, form({ orgSlug, startDate: '2099-01-01', endDate: '2099-01-02', note: '' })),
      actions.removeTimeOffAction(null, form({ orgSlug, timeOffId: timeOff.id })),
      actions.saveMentoringCapacityAction(null, form({ orgSlug, mentoringCapacity: '20', sessionsPerWeek: '40' })),
    ];
    for (const result of await Promise.all(posts('acme'))) expect(result).toMatchObject({ ok: false, error: 'That organization was not found.' });

    // Under Globex's own slug the Acme ids are simply not there.
    const [, skill, removeSkill, , editGoal, goalStatus, deleteGoal, , editWindow, removeWindow, , removeTimeOff] = await Promise.all(posts('globex'));
    expect(skill).toMatchObject({ ok: false, fieldErrors: { skillId: ['Choose a skill from the list.'] } });
    expect(editGoal).toMatchObject({ ok: false, error: 'That learning goal was not found.' });
    for (const result of [removeSkill, goalStatus, deleteGoal, editWindow, removeWindow, removeTimeOff]) expect(result).toMatchObject({ ok: false, error: expect.stringMatching(/was not found\.$/) });

    expect(await acmeState()).toEqual(before);
  });

  it('refuses signed-out callers', async () => {
    session.userId = null;
    expect(await actions.saveAboutAction(null, form({ orgSlug: 'acme', headline: 'x', timeZone: 'UTC' }))).toMatchObject({ ok: false, error: expect.stringMatching(/sign in/i) });
  });
});
