import { DEFAULT_WORKING_HOURS, rangesFromWindows, zoneOffsetMs, type WeekRange, type WeeklyWindow } from '../availability';
import type { TenantDb } from '../db/tenant';
import { hoursByZone } from '../people';
import { MIN_TEACHING_LEVEL } from '../skills/levels';
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
  /**
   * How many people who teach it (or a related skill) at the needed level were ruled out, by reason: exact
   * when nobody is eligible (what "why nobody qualifies" shows); otherwise it leaves out those with too
   * few shared hours, who are not loaded at all.
   */
  ruledOut: Partial<Record<IneligibleReason, number>>;
}

/** Equal scores go by name; one collator, since String#localeCompare builds one per call (thousands of ties). */
const NAME_ORDER = new Intl.Collator('en');

/** A cycle's mentors with the capacity they confirmed for it (their load in the cycle starts at 0). */
export type CycleCapacities = ReadonlyMap<string, number>;

interface Row {
  id: string;
  name: string;
  title: string | null;
  status: 'ACTIVE' | 'DEACTIVATED';
  departmentId: string | null;
  locationId: string | null;
  managerId: string | null;
  timeZone: string;
  languages: string[];
  capacity: number;
  overlap: number | null;
  level: number;
  skillId: string;
  related: boolean;
  load: number;
  ratingAverage: number | null;
  ratingCount: number;
  blocked: boolean;
  recentlyDeclined: boolean;
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
  const [skill] = await db.$queryRaw<{ name: string; tree: string[]; teachers: number; related: { id: string; name: string }[]; departments: Record<string, string>; regions: Record<string, string> }[]>`
    WITH RECURSIVE tree AS (
      SELECT "id" FROM "Skill" WHERE "orgId" = ${orgId}::uuid AND "id" = ${request.skillId}::uuid
      UNION ALL
      SELECT c."id" FROM "Skill" c JOIN tree t ON c."orgId" = ${orgId}::uuid AND c."parentId" = t."id"
    )
    SELECT s."name",
           (SELECT array_agg("id") FROM tree)::text[] AS "tree",
           (SELECT count(DISTINCT es."employeeId") FROM "EmployeeSkill" es
             WHERE es."orgId" = ${orgId}::uuid AND es."skillId" = ANY(ARRAY(SELECT "id" FROM tree)) AND es."level" >= ${MIN_TEACHING_LEVEL} AND es."canTeach")::int AS "teachers",
           coalesce((SELECT json_agg(json_build_object('id', o."id", 'name', o."name") ORDER BY o."name")
                       FROM "SkillRelation" r
                       JOIN "Skill" o ON o."orgId" = r."orgId" AND o."id" = CASE WHEN r."fromSkillId" = s."id" THEN r."toSkillId" ELSE r."fromSkillId" END
                      WHERE r."orgId" = ${orgId}::uuid AND s."id" IN (r."fromSkillId", r."toSkillId") AND o."status" IN ('APPROVED', 'PROPOSED')), '[]') AS "related",
           coalesce((SELECT json_object_agg(d."id", d."name") FROM "Department" d WHERE d."orgId" = ${orgId}::uuid), '{}') AS "departments",
           coalesce((SELECT json_object_agg(l."id", l."region") FROM "Location" l WHERE l."orgId" = ${orgId}::uuid), '{}') AS "regions"
      FROM "Skill" s WHERE s."orgId" = ${orgId}::uuid AND s."id" = ${request.skillId}::uuid`;
  if (!skill) return { skillName: '', teachers: 0, relatedSkills: [], mentors: [], ruledOut: {} };

  const tree = new Set(skill.tree);
  const relatedNames = new Map(skill.related.filter((r) => !tree.has(r.id)).map((r) => [r.id, r.name]));
  const shared = await hoursByZone(db, orgId, learner.timeZone, learner.hours, now);
  const query = (onlyEnoughOverlap: boolean) => db.$queryRaw<Row[]>`
    WITH m0("zone", "hours") AS (SELECT * FROM unnest(${shared.zones}::text[], ${shared.ranges}::int4multirange[])),
    best AS (
      SELECT DISTINCT ON (es."employeeId") es."employeeId", es."level", es."skillId", es."skillId" <> ALL(${skill.tree}::uuid[]) AS "related"
        FROM "EmployeeSkill" es
       WHERE es."orgId" = ${orgId}::uuid AND es."skillId" = ANY(${[...tree, ...relatedNames.keys()]}::uuid[]) AND es."canTeach" AND es."level" >= ${minLevel}
         AND (${cycleMentors}::uuid[] IS NULL OR es."employeeId" = ANY(${cycleMentors}::uuid[]))
       ORDER BY es."employeeId", es."skillId" <> ALL(${skill.tree}::uuid[]), es."level" DESC, es."skillId"
    ), history AS (
      SELECT m."mentorId",
             count(*) FILTER (WHERE m."status" IN ('PROPOSED', 'ACCEPTED'))::int AS "load",
             (avg(m."learnerRating") FILTER (WHERE m."status" = 'ENDED'))::float8 AS "ratingAverage",
             (count(m."learnerRating") FILTER (WHERE m."status" = 'ENDED'))::int AS "ratingCount"
        FROM "Match" m
       WHERE m."orgId" = ${orgId}::uuid AND m."status" IN ('PROPOSED', 'ACCEPTED', 'ENDED') AND m."mentorId" IN (SELECT "employeeId" FROM best)
       GROUP BY m."mentorId"
    ), people AS (
      SELECT e."id", e."name", e."title", e."status", e."departmentId", e."locationId", e."managerId", e."timeZone", e."languages",
             e."mentoringCapacity" AS "capacity", b."level", b."skillId", b."related",
             CASE WHEN e."weeklyAvailability" IS NULL THEN NULL ELSE coalesce(o."minutes", 0) END AS "overlap"
        FROM best b
        JOIN "Employee" e ON e."orgId" = ${orgId}::uuid AND e."id" = b."employeeId"
        LEFT JOIN m0 ON m0."zone" = e."timeZone"
        CROSS JOIN LATERAL (SELECT CASE WHEN e."weeklyAvailability" && m0."hours"
                                        THEN (SELECT sum(upper(r) - lower(r))::int FROM unnest(e."weeklyAvailability" * m0."hours") r) END AS "minutes") o
       WHERE e."status" = 'ACTIVE'
    )
    SELECT p.*, coalesce(h."load", 0) AS "load", h."ratingAverage", coalesce(h."ratingCount", 0) AS "ratingCount",
           p."id" IN (SELECT CASE WHEN k."employeeId" = ${learner.id}::uuid THEN k."blockedEmployeeId" ELSE k."employeeId" END
                        FROM "MatchingBlock" k WHERE k."orgId" = ${orgId}::uuid AND ${learner.id}::uuid IN (k."employeeId", k."blockedEmployeeId")) AS "blocked",
           p."id" IN (SELECT m."mentorId" FROM "Match" m WHERE m."orgId" = ${orgId}::uuid AND m."learnerId" = ${learner.id}::uuid
                        AND m."status" IN ('DECLINED', 'EXPIRED') AND m."updatedAt" >= ${cooldownStart}) AS "recentlyDeclined"
      FROM people p
      LEFT JOIN history h ON h."mentorId" = p."id"
     WHERE NOT ${onlyEnoughOverlap} OR coalesce(p."overlap", 0) >= ${policy.minOverlapMinutes}`;
  // Each person's best way to teach it: the skill itself or a child of it first, then a related skill. The
  // skill ids go in as a list (not a join to the tree), so the planner reads just those skills from the
  // EmployeeSkill index, and the Employee columns come from a covering index; load, ratings, blocks and
  // declines come from one pass over the few rows they need; shared hours are intersected in SQL.
  // The scoring model decides (below). Shared hours are its last hard constraint, and for a popular skill
  // most teachers fail it, so unless the learner accepts async mentoring the query first leaves out
  // people below the minimum; only when nobody is left does it load everyone, for exact ruled-out counts.
  const needsHours = !request.acceptsAsync && policy.minOverlapMinutes > 0;
  const score = (rows: Row[]) => scoreRows(rows, learner, { ...request, skillName: skill.name }, policy, now, relatedNames, skill, cycle);
  let scored = score(await query(needsHours));
  if (needsHours && scored.mentors.length === 0) scored = score(await query(false));
  return { skillName: skill.name, teachers: skill.teachers, relatedSkills: skill.related, ...scored };
}

function scoreRows(
  rows: Row[],
  learner: Learner,
  requestFacts: RequestFacts,
  policy: MatchingPolicy,
  now: Date,
  relatedNames: ReadonlyMap<string, string>,
  places: { departments: Record<string, string>; regions: Record<string, string> },
  cycle: CycleCapacities | undefined,
): Pick<CandidateSearch, 'mentors' | 'ruledOut'> {
  // Mentors share a handful of time zones: the distance to each is worked out once.
  const learnerOffset = zoneOffsetMs(now.getTime(), learner.timeZone);
  const distances = new Map<string, number>();
  const apartFrom = (zone: string) => {
    let apart = distances.get(zone);
    if (apart === undefined) distances.set(zone, (apart = Math.abs(zoneOffsetMs(now.getTime(), zone) - learnerOffset) / 3_600_000));
    return apart;
  };

  const mentors: ScoredMentor[] = [];
  const ruledOut: CandidateSearch['ruledOut'] = {};
  for (const row of rows) {
    const region = row.locationId ? (places.regions[row.locationId] ?? null) : null;
    const facts: MentorFacts = {
      id: row.id,
      status: row.status,
      departmentId: row.departmentId,
      region,
      managerId: row.managerId,
      languages: row.languages,
      level: row.level,
      // Only people who teach it are loaded (the level check stays with the scoring model).
      canTeach: true,
      relatedSkillName: row.related ? relatedNames.get(row.skillId)! : null,
      capacity: cycle ? cycle.get(row.id)! : row.capacity,
      load: cycle ? 0 : row.load,
      overlapMinutes: row.overlap,
      timeZoneHours: apartFrom(row.timeZone),
      ratingAverage: row.ratingAverage,
      ratingCount: row.ratingCount,
      blocked: row.blocked,
      recentlyDeclined: row.recentlyDeclined,
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
      department: row.departmentId ? (places.departments[row.departmentId] ?? null) : null,
      region,
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
  mentors.sort((a, b) => b.score - a.score || NAME_ORDER.compare(a.name, b.name) || (a.id < b.id ? -1 : 1));
  return { mentors, ruledOut };
}
