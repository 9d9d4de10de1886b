import type { Db } from '../db/system';
import { insertRows } from './bulk-insert';
import type { EmployeeProfile } from './profiles';

// Writes what the profile builder made for a batch of people whose Employee rows exist. Two steps, so a
// big seed can run them for different batches at once: each step locks only its own batch's employees.

/** Skills and learning goals. */
export async function insertSkillsAndGoals(db: Db, orgId: string, profiles: readonly EmployeeProfile[], skillIds: ReadonlyMap<string, string>): Promise<void> {
  const skillId = (name: string) => {
    const id = skillIds.get(name);
    if (!id) throw new Error(`The seed profile names a skill that is not in the taxonomy: ${name}`);
    return id;
  };
  const skills = profiles.flatMap((p) => p.skills.map((s) => ({ ...s, employeeId: p.employeeId })));
  const goals = profiles.flatMap((p) => p.goals.map((g) => ({ ...g, employeeId: p.employeeId })));
  await insertRows(db, 'EmployeeSkill', orgId, {
    employeeId: { type: 'uuid', values: skills.map((s) => s.employeeId) },
    skillId: { type: 'uuid', values: skills.map((s) => skillId(s.skill)) },
    level: { type: 'int', values: skills.map((s) => s.level) },
    canTeach: { type: 'boolean', values: skills.map((s) => s.canTeach) },
    wantsToLearn: { type: 'boolean', values: skills.map((s) => s.wantsToLearn) },
    targetLevel: { type: 'int', values: skills.map((s) => s.targetLevel) },
  }, ['updatedAt']);
  await insertRows(db, 'LearningGoal', orgId, {
    id: { type: 'uuid', values: goals.map((g) => g.id) },
    employeeId: { type: 'uuid', values: goals.map((g) => g.employeeId) },
    skillId: { type: 'uuid', values: goals.map((g) => skillId(g.skill)) },
    targetLevel: { type: 'int', values: goals.map((g) => g.targetLevel) },
    dueDate: { type: 'date', values: goals.map((g) => g.dueDate) },
    why: { type: 'text', values: goals.map((g) => g.why) },
    status: { type: '"GoalStatus"', values: goals.map((g) => g.status) },
    completedAt: { type: 'timestamptz', values: goals.map((g) => g.completedAt) },
  }, ['updatedAt']);
}

/** Weekly availability windows (a trigger fills Employee.weeklyAvailability from them) and time off. */
export async function insertAvailability(db: Db, orgId: string, profiles: readonly EmployeeProfile[]): Promise<void> {
  const windows = profiles.flatMap((p) => p.windows.map((w) => ({ ...w, employeeId: p.employeeId })));
  const timeOff = profiles.flatMap((p) => p.timeOff.map((t) => ({ ...t, employeeId: p.employeeId })));
  await insertRows(db, 'AvailabilityWindow', orgId, {
    id: { type: 'uuid', values: windows.map((w) => w.id) },
    employeeId: { type: 'uuid', values: windows.map((w) => w.employeeId) },
    weekday: { type: 'int', values: windows.map((w) => w.weekday) },
    startMinute: { type: 'int', values: windows.map((w) => w.startMinute) },
    endMinute: { type: 'int', values: windows.map((w) => w.endMinute) },
  });
  await insertRows(db, 'TimeOff', orgId, {
    id: { type: 'uuid', values: timeOff.map((t) => t.id) },
    employeeId: { type: 'uuid', values: timeOff.map((t) => t.employeeId) },
    startDate: { type: 'date', values: timeOff.map((t) => t.startDate) },
    endDate: { type: 'date', values: timeOff.map((t) => t.endDate) },
    note: { type: 'text', values: timeOff.map((t) => t.note) },
  });
}
