import { z } from 'zod';
import { rangesFromWindows, summarizeAvailability, wallClockAt, zoneCity, type AvailabilitySummary } from '../availability';
import type { TenantContext } from '../auth/tenant-context';
import type { GoalStatus, SkillStatus } from '../db/generated/enums';
import { withTenant } from '../db/tenant';
import { notFound } from '../errors';

const UPCOMING_TIME_OFF = 5;

export interface PersonProfile {
  id: string;
  isMe: boolean;
  name: string;
  title: string | null;
  department: string | null;
  location: string | null;
  region: string | null;
  timeZone: string;
  headline: string | null;
  bio: string | null;
  languages: string[];
  /** Skills they have a level in, best first. */
  skills: { id: string; name: string; level: number; canTeach: boolean; proposed: boolean }[];
  /** Skills they want to learn, with where they are and where they aim to be. */
  learning: { id: string; name: string; level: number | null; targetLevel: number | null }[];
  goals: { id: string; skill: string; targetLevel: number; dueDate: Date | null; status: GoalStatus }[];
  /** Their weekly hours on the viewer's clock, with their own clock beside it. */
  availability: AvailabilitySummary;
  /** What to call their clock: their office, or the city their time zone is named after. */
  place: string;
  viewerTimeZone: string;
  /** Time off that has not ended yet, soonest first. */
  timeOff: { startDate: Date; endDate: Date }[];
  mentoringCapacity: number;
  sessionsPerWeek: number;
}

const SHOWN: SkillStatus[] = ['APPROVED', 'PROPOSED', 'RETIRED'];

/**
 * A colleague's profile as any member of the org sees it. Someone of another org, a deactivated
 * member, or an id that is not an id at all is simply not found.
 */
export async function getPersonProfile(ctx: TenantContext, employeeId: string, now: Date = new Date()): Promise<PersonProfile> {
  if (!z.uuid().safeParse(employeeId).success) throw notFound('That person');
  return withTenant(ctx, async (db) => {
    const person = await db.employee.findFirst({
      where: { orgId: ctx.orgId, id: employeeId, status: 'ACTIVE' },
      select: {
        id: true,
        name: true,
        title: true,
        timeZone: true,
        headline: true,
        bio: true,
        languages: true,
        mentoringCapacity: true,
        sessionsPerWeek: true,
        department: { select: { name: true } },
        location: { select: { name: true, region: true } },
        skills: { where: { skill: { status: { in: SHOWN } } }, select: { level: true, canTeach: true, wantsToLearn: true, targetLevel: true, skill: { select: { id: true, name: true, status: true } } } },
        learningGoals: { where: { status: 'ACTIVE' }, orderBy: [{ dueDate: { sort: 'asc', nulls: 'last' } }, { createdAt: 'asc' }], select: { id: true, targetLevel: true, dueDate: true, status: true, skill: { select: { name: true } } } },
        availability: { select: { weekday: true, startMinute: true, endMinute: true } },
      },
    });
    if (!person) throw notFound('That person');
    const viewer = await db.employee.findUniqueOrThrow({ where: { orgId_id: { orgId: ctx.orgId, id: ctx.employeeId } }, select: { timeZone: true } });
    const today = wallClockAt(now.getTime(), person.timeZone);
    const timeOff = await db.timeOff.findMany({
      where: { orgId: ctx.orgId, employeeId: person.id, endDate: { gte: new Date(Date.UTC(today.year, today.month - 1, today.day)) } },
      orderBy: { startDate: 'asc' },
      take: UPCOMING_TIME_OFF,
      select: { startDate: true, endDate: true },
    });
    const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name);
    return {
      id: person.id,
      isMe: person.id === ctx.employeeId,
      name: person.name,
      title: person.title,
      department: person.department?.name ?? null,
      location: person.location?.name ?? null,
      region: person.location?.region ?? null,
      timeZone: person.timeZone,
      headline: person.headline,
      bio: person.bio,
      languages: person.languages,
      skills: person.skills
        .filter((s) => s.level !== null)
        .map((s) => ({ id: s.skill.id, name: s.skill.name, level: s.level!, canTeach: s.canTeach, proposed: s.skill.status === 'PROPOSED' }))
        .sort((a, b) => b.level - a.level || byName(a, b)),
      learning: person.skills
        .filter((s) => s.wantsToLearn)
        .map((s) => ({ id: s.skill.id, name: s.skill.name, level: s.level, targetLevel: s.targetLevel }))
        .sort(byName),
      goals: person.learningGoals.map((g) => ({ id: g.id, skill: g.skill.name, targetLevel: g.targetLevel, dueDate: g.dueDate, status: g.status })),
      availability: summarizeAvailability(rangesFromWindows(person.availability), person.timeZone, viewer.timeZone, now),
      place: person.location?.name ?? zoneCity(person.timeZone),
      viewerTimeZone: viewer.timeZone,
      timeOff,
      mentoringCapacity: person.mentoringCapacity,
      sessionsPerWeek: person.sessionsPerWeek,
    };
  });
}
