import { convertWeekRanges, DEFAULT_WORKING_HOURS, overlapMinutes, rangesFromWindows, zoneOffsetMs, type WeekRange, type WeeklyWindow } from '../availability';
import type { TenantDb } from '../db/tenant';
import type { MatchingPolicy } from '../matching';
import { scoreMentor, type IneligibleReason, type LearnerFacts, type MentorFacts, type RequestFacts, type ScoreTerm } from '../matching';

// Loads what the scoring model needs about the people who could mentor one request, and scores them.
// Used for a learner's suggestions (all mentors in the org) and a cycle's edges (its confirmed mentors).

export interface CandidateRequest {
  learnerId: string;
  skillId: string;
  currentLevel: number | null;
  targetLevel: number;
  preferOutsideTeam: boolean;
  acceptsAsync: boolean;
}

export interface Learner extends LearnerFacts {
  name: string;
  timeZone: string;
  /** Weekly hours in the learner's zone; 09:00–17:00 Monday–Friday when they have set none. */
  hours: WeekRange[];
  usesDefaultHours: boolean;
}

export interface ScoredMentor {
  id: string;
  name: string;
  title: string | null;
  departmentId: string | null;
  department: string | null;
  region: string | null;
  timeZone: string;
  level: number;
  relatedSkillName: string | null;
  /** Weekly minutes shared with the learner; null when the mentor has not set weekly hours. */
  overlapMinutes: number | null;
  capacity: number;
  load: number;
  score: number;
  terms: ScoreTerm[];
}

export interface CandidateSearch {
  skillName: string;
  /** Teachers of the skill (or a child of it) at any level, before the hard constraints. */
  teachers: number;
  /** Skills related to the one asked for, for "nobody teaches this" answers. */
  relatedSkills: { id: string; name: string }[];
  /** Eligible mentors, best first. */
  mentors: ScoredMentor[];
  /** How many people who teach it (or a related skill) at the needed level were ruled out, by reason. */
  ruledOut: Partial<Record<IneligibleReason, number>>;
}

/** A cycle's mentors with the capacity they confirmed for it (their load in the cycle starts at 0). */
export type CycleCapacities = ReadonlyMap<string, number>;

interface Row {
  id: string;
  name: string;
  title: string | null;
  status: 'ACTIVE' | 'DEACTIVATED';
  departmentId: string | null;
  department: string | null;
  region: string | null;
  managerId: string | null;
  timeZone: string;
  languages: string[];
  capacity: number;
  hours: string | null;
  level: number;
  canTeach: boolean;
  skillName: string;
  related: boolean;
  load: number;
  ratingAverage: number | null;
  ratingCount: number;
  blocked: boolean;
  recentlyDeclined: boolean;
}

/** "{[540,1020),[1980,2460)}" → ranges. */
export function parseMultirange(text: string | null): WeekRange[] | null {
  if (text === null) return null;
  const ranges: WeekRange[] = [];
  for (const [, start, end] of text.matchAll(/\[(\d+),(\d+)\)/g)) ranges.push({ start: Number(start), end: Number(end) });
  return ranges;
}

export async function loadLearner(db: TenantDb, orgId: string, learnerId: string): Promise<Learner | null> {
  const rows = await db.$queryRaw<({ id: string; name: string; timeZone: string; departmentId: string | null; region: string | null; managerId: string | null; languages: string[] } & Partial<WeeklyWindow>)[]>`
    SELECT e."id", e."name", e."timeZone", e."departmentId", l."region", e."managerId", e."languages", w."weekday", w."startMinute", w."endMinute"
      FROM "Employee" e
      LEFT JOIN "Location" l ON l."orgId" = e."orgId" AND l."id" = e."locationId"
      LEFT JOIN "AvailabilityWindow" w ON w."orgId" = e."orgId" AND w."employeeId" = e."id"
     WHERE e."orgId" = ${orgId}::uuid AND e."id" = ${learnerId}::uuid`;
  const first = rows[0];
  if (!first) return null;
  const windows = rows.filter((w): w is typeof w & WeeklyWindow => w.weekday != null);
  const { weekday: _w, startMinute: _s, endMinute: _e, ...facts } = first;
  return { ...facts, hours: windows.length ? rangesFromWindows(windows) : [...DEFAULT_WORKING_HOURS], usesDefaultHours: windows.length === 0 };
}

export async function findMentorCandidates(
  db: TenantDb,
  orgId: string,
  learner: Learner,
  request: CandidateRequest,
  policy: MatchingPolicy,
  now: Date,
  cycle?: CycleCapacities,
): Promise<CandidateSearch> {
  const minLevel = Math.max(request.targetLevel, (request.currentLevel ?? 0) + 1);
  const cooldownStart = new Date(now.getTime() - policy.declineCooldownDays * 86_400_000);
  const cycleMentors = cycle ? [...cycle.keys()] : null;
  const [skill] = await db.$queryRaw<{ name: string; teachers: number; related: { id: string; name: string }[] }[]>`
    WITH RECURSIVE tree AS (
      SELECT "id" FROM "Skill" WHERE "orgId" = ${orgId}::uuid AND "id" = ${request.skillId}::uuid
      UNION ALL
      SELECT c."id" FROM "Skill" c JOIN tree t ON c."orgId" = ${orgId}::uuid AND c."parentId" = t."id"
    )
    SELECT s."name",
           (SELECT count(DISTINCT es."employeeId") FROM "EmployeeSkill" es
             WHERE es."orgId" = ${orgId}::uuid AND es."skillId" IN (SELECT "id" FROM tree) AND es."canTeach")::int AS "teachers",
           coalesce((SELECT json_agg(json_build_object('id', o."id", 'name', o."name") ORDER BY o."name")
                       FROM "SkillRelation" r
                       JOIN "Skill" o ON o."orgId" = r."orgId" AND o."id" = CASE WHEN r."fromSkillId" = s."id" THEN r."toSkillId" ELSE r."fromSkillId" END
                      WHERE r."orgId" = ${orgId}::uuid AND s."id" IN (r."fromSkillId", r."toSkillId") AND o."status" IN ('APPROVED', 'PROPOSED')), '[]') AS "related"
      FROM "Skill" s WHERE s."orgId" = ${orgId}::uuid AND s."id" = ${request.skillId}::uuid`;
  if (!skill) return { skillName: '', teachers: 0, relatedSkills: [], mentors: [], ruledOut: {} };

  // Each person's best way to teach it: the skill itself or a child of it first, then a related skill.
  const rows = await db.$queryRaw<Row[]>`
    WITH RECURSIVE tree AS (
      SELECT "id", "name" FROM "Skill" WHERE "orgId" = ${orgId}::uuid AND "id" = ${request.skillId}::uuid
      UNION ALL
      SELECT c."id", c."name" FROM "Skill" c JOIN tree t ON c."orgId" = ${orgId}::uuid AND c."parentId" = t."id"
    ), fits AS (
      SELECT "id", "name", false AS "related" FROM tree
      UNION ALL
      SELECT (j->>'id')::uuid, j->>'name', true FROM json_array_elements(${JSON.stringify(skill.related)}::json) j
       WHERE (j->>'id')::uuid NOT IN (SELECT "id" FROM tree)
    ), best AS (
      SELECT DISTINCT ON (es."employeeId") es."employeeId", es."level", es."canTeach", f."name" AS "skillName", f."related"
        FROM fits f JOIN "EmployeeSkill" es ON es."orgId" = ${orgId}::uuid AND es."skillId" = f."id"
       WHERE es."canTeach" AND es."level" >= ${minLevel}
         AND (${cycleMentors}::uuid[] IS NULL OR es."employeeId" = ANY(${cycleMentors}::uuid[]))
       ORDER BY es."employeeId", f."related", es."level" DESC
    )
    SELECT e."id", e."name", e."title", e."status", e."departmentId", d."name" AS "department", l."region", e."managerId", e."timeZone",
           e."languages", e."mentoringCapacity" AS "capacity", e."weeklyAvailability"::text AS "hours",
           b."level", b."canTeach", b."skillName", b."related",
           (SELECT count(*) FROM "Match" m WHERE m."orgId" = e."orgId" AND m."mentorId" = e."id" AND m."status" IN ('PROPOSED', 'ACCEPTED'))::int AS "load",
           rating."average" AS "ratingAverage", rating."count" AS "ratingCount",
           EXISTS (SELECT 1 FROM "MatchingBlock" k WHERE k."orgId" = e."orgId"
                     AND ((k."employeeId" = e."id" AND k."blockedEmployeeId" = ${learner.id}::uuid) OR (k."employeeId" = ${learner.id}::uuid AND k."blockedEmployeeId" = e."id"))) AS "blocked",
           EXISTS (SELECT 1 FROM "Match" m WHERE m."orgId" = e."orgId" AND m."learnerId" = ${learner.id}::uuid AND m."mentorId" = e."id"
                     AND m."status" IN ('DECLINED', 'EXPIRED') AND m."updatedAt" >= ${cooldownStart}) AS "recentlyDeclined"
      FROM best b
      JOIN "Employee" e ON e."orgId" = ${orgId}::uuid AND e."id" = b."employeeId"
      LEFT JOIN "Department" d ON d."orgId" = e."orgId" AND d."id" = e."departmentId"
      LEFT JOIN "Location" l ON l."orgId" = e."orgId" AND l."id" = e."locationId"
      LEFT JOIN LATERAL (SELECT avg(m."learnerRating")::float8 AS "average", count(m."learnerRating")::int AS "count"
                           FROM "Match" m WHERE m."orgId" = e."orgId" AND m."mentorId" = e."id" AND m."status" = 'ENDED') rating ON true
     WHERE e."status" = 'ACTIVE'`;

  const requestFacts: RequestFacts = { ...request, skillName: skill.name };
  const learnerOffset = zoneOffsetMs(now.getTime(), learner.timeZone);
  const hoursByZone = new Map<string, WeekRange[]>();
  const learnerHoursIn = (zone: string) => {
    let ranges = hoursByZone.get(zone);
    if (!ranges) hoursByZone.set(zone, (ranges = convertWeekRanges(learner.hours, learner.timeZone, zone, now)));
    return ranges;
  };

  const mentors: ScoredMentor[] = [];
  const ruledOut: CandidateSearch['ruledOut'] = {};
  for (const row of rows) {
    const own = parseMultirange(row.hours);
    const facts: MentorFacts = {
      ...row,
      relatedSkillName: row.related ? row.skillName : null,
      capacity: cycle ? cycle.get(row.id)! : row.capacity,
      load: cycle ? 0 : row.load,
      overlapMinutes: own === null ? null : overlapMinutes(own, learnerHoursIn(row.timeZone)),
      timeZoneHours: Math.abs(zoneOffsetMs(now.getTime(), row.timeZone) - learnerOffset) / 3_600_000,
    };
    const verdict = scoreMentor(learner, requestFacts, facts, policy);
    if (!verdict.eligible) {
      ruledOut[verdict.reason] = (ruledOut[verdict.reason] ?? 0) + 1;
      continue;
    }
    mentors.push({
      id: row.id,
      name: row.name,
      title: row.title,
      departmentId: row.departmentId,
      department: row.department,
      region: row.region,
      timeZone: row.timeZone,
      level: row.level,
      relatedSkillName: facts.relatedSkillName,
      overlapMinutes: facts.overlapMinutes,
      capacity: facts.capacity,
      load: facts.load,
      score: verdict.score,
      terms: verdict.terms,
    });
  }
  mentors.sort((a, b) => b.score - a.score || a.name.localeCompare(b.name) || a.id.localeCompare(b.id));
  return { skillName: skill.name, teachers: skill.teachers, relatedSkills: skill.related, mentors, ruledOut };
}
