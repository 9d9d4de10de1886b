import type { TenantContext } from '../auth/tenant-context';
import type { GoalStatus, SkillStatus } from '../db/generated/enums';
import { withTenant } from '../db/tenant';
import { notFound } from '../errors';
import { categoryPath, type TaxonomyNode } from './category-path';
import { dateColumn, dayOf, todayIn } from './local-date';

export interface MySkill {
  skillId: string;
  name: string;
  categoryPath: string;
  status: SkillStatus;
  level: number | null;
  canTeach: boolean;
  wantsToLearn: boolean;
  targetLevel: number | null;
}

export interface MyLearningGoal {
  id: string;
  skillId: string;
  skillName: string;
  targetLevel: number;
  /** "YYYY-MM-DD" */
  dueDate: string | null;
  why: string | null;
  status: GoalStatus;
  completedAt: Date | null;
}

export interface MyAvailabilityWindow {
  id: string;
  weekday: number;
  startMinute: number;
  endMinute: number;
}

export interface MyTimeOff {
  id: string;
  startDate: string;
  endDate: string;
  note: string | null;
}

export interface MyProfile {
  name: string;
  headline: string | null;
  bio: string | null;
  languages: string[];
  timeZone: string;
  mentoringCapacity: number;
  sessionsPerWeek: number;
  /** Today in the person's time zone, "YYYY-MM-DD": the earliest due date or time-off end they may pick. */
  today: string;
  skills: MySkill[];
  goals: MyLearningGoal[];
  windows: MyAvailabilityWindow[];
  /** Time off that has not ended yet, soonest first. */
  timeOff: MyTimeOff[];
}

const GOAL_ORDER: Record<GoalStatus, number> = { ACTIVE: 0, PAUSED: 1, ACHIEVED: 2, ABANDONED: 3 };

/** Everything on the signed-in employee's own profile page. Always the caller's own: the id comes from ctx. */
export async function getMyProfile(ctx: TenantContext): Promise<MyProfile> {
  return withTenant(ctx, async (db) => {
    const me = await db.employee.findUnique({
      where: { orgId_id: { orgId: ctx.orgId, id: ctx.employeeId } },
      select: { name: true, headline: true, bio: true, languages: true, timeZone: true, mentoringCapacity: true, sessionsPerWeek: true },
    });
    if (!me) throw notFound('Your profile');
    const today = todayIn(me.timeZone);
    const mine = { orgId: ctx.orgId, employeeId: ctx.employeeId };
    const [taxonomy, skills, goals, windows, timeOff] = await Promise.all([
      db.skill.findMany({ where: { orgId: ctx.orgId }, select: { id: true, name: true, parentId: true } }),
      db.employeeSkill.findMany({
        where: mine,
        select: { skillId: true, level: true, canTeach: true, wantsToLearn: true, targetLevel: true, skill: { select: { name: true, status: true, parentId: true } } },
      }),
      db.learningGoal.findMany({
        where: mine,
        orderBy: [{ dueDate: { sort: 'asc', nulls: 'last' } }, { createdAt: 'asc' }],
        select: { id: true, skillId: true, targetLevel: true, dueDate: true, why: true, status: true, completedAt: true, skill: { select: { name: true } } },
      }),
      db.availabilityWindow.findMany({ where: mine, orderBy: [{ weekday: 'asc' }, { startMinute: 'asc' }], select: { id: true, weekday: true, startMinute: true, endMinute: true } }),
      db.timeOff.findMany({ where: { ...mine, endDate: { gte: dateColumn(today) } }, orderBy: [{ startDate: 'asc' }, { endDate: 'asc' }], select: { id: true, startDate: true, endDate: true, note: true } }),
    ]);
    const nodes = new Map<string, TaxonomyNode>(taxonomy.map((t) => [t.id, t]));
    return {
      ...me,
      today,
      skills: skills
        .map((s) => ({
          skillId: s.skillId,
          name: s.skill.name,
          categoryPath: categoryPath(s.skill.parentId, nodes),
          status: s.skill.status,
          level: s.level,
          canTeach: s.canTeach,
          wantsToLearn: s.wantsToLearn,
          targetLevel: s.targetLevel,
        }))
        .sort((a, b) => (b.level ?? 0) - (a.level ?? 0) || a.name.localeCompare(b.name)),
      goals: goals
        .map((g) => ({ id: g.id, skillId: g.skillId, skillName: g.skill.name, targetLevel: g.targetLevel, dueDate: g.dueDate ? dayOf(g.dueDate) : null, why: g.why, status: g.status, completedAt: g.completedAt }))
        .sort((a, b) => GOAL_ORDER[a.status] - GOAL_ORDER[b.status]),
      windows,
      timeOff: timeOff.map((t) => ({ id: t.id, startDate: dayOf(t.startDate), endDate: dayOf(t.endDate), note: t.note })),
    };
  });
}
