import { z } from 'zod';
import { DEFAULT_WORKING_HOURS, rangesFromWindows, type WeeklyWindow } from '../availability';
import type { TenantContext } from '../auth/tenant-context';
import { Prisma } from '../db/generated/client';
import { withTenant, type TenantDb } from '../db/tenant';
import { optionalParam, pageParam, pageWindow } from '../pagination';
import { resolveSkillQuery, type SkillQueryResolution } from '../skills';
import { hoursByZone, type HoursByZone } from './hours-by-zone';

export const PEOPLE_PAGE_SIZE = 25;

/** "Overlaps my availability" means at least this many shared minutes a week. */
export const MIN_OVERLAP_MINUTES = 60;

/**
 * A name/title search in the directory (by name, no skill) is "broad" when the first `scanPerRow` ×
 * (rows wanted) people by name hold the requested page. When at least `denseShare` of the people walked
 * match, its total is counted up to `countCap` only and shown as "N+" beyond that.
 */
export interface BroadTextSearch {
  scanPerRow: number;
  denseShare: number;
  countCap: number;
}

export const BROAD_TEXT_SEARCH: BroadTextSearch = { scanPerRow: 40, denseShare: 0.1, countCap: 1000 };

/**
 * A skill search is "broad" when its skills have at least `exactBelow` entries at the levels searched.
 * Its page is then ranked among the holders of the top levels only, as many levels as the page needs,
 * and its total counts those holders alone (shown as "N+").
 */
export interface BroadSkillSearch {
  exactBelow: number;
}

export const BROAD_SKILL_SEARCH: BroadSkillSearch = { exactBelow: 5000 };

const flagParam = z.preprocess((value) => value === '1' || value === 'on' || value === 'true', z.boolean()).catch(false);

/** The People page's filters, from the URL: a value that does not parse falls back to "no filter". */
export const findExpertsInput = z.object({
  skill: z.string().trim().max(80).catch(''),
  level: optionalParam(z.coerce.number().int().min(1).max(5)),
  teach: flagParam,
  region: optionalParam(z.string().trim().min(1).max(60)),
  department: optionalParam(z.uuid()),
  overlap: flagParam,
  q: z.string().trim().max(100).catch(''),
  page: pageParam,
});

export type FindExpertsInput = z.output<typeof findExpertsInput>;

export interface ExpertRow {
  id: string;
  name: string;
  title: string | null;
  department: string | null;
  location: string | null;
  region: string | null;
  timeZone: string;
  /** The person's best entry among the searched skills (null in the plain directory). */
  skill: { id: string; name: string; level: number; canTeach: boolean } | null;
  mentoringCapacity: number;
  /** Minutes a week their hours and mine have in common, this week. */
  overlapMinutes: number;
  /** False when they have not set weekly hours (so no overlap is known). */
  hasHours: boolean;
}

export interface ExpertSearch {
  rows: ExpertRow[];
  total: number;
  /** True when `total` is a lower bound: a broad name/title or skill search counts only so far. */
  totalIsLowerBound: boolean;
  page: number;
  pageCount: number;
  /** What the skill text resolved to; null when no skill was typed. */
  resolution: SkillQueryResolution | null;
  /** True when the caller has no weekly hours and overlap assumes 09:00–17:00 Monday to Friday. */
  usesDefaultHours: boolean;
  myTimeZone: string;
}

/** A result row; one row with a null id (and the total) when the page is empty. */
interface RawRow {
  id: string | null;
  name: string;
  title: string | null;
  timeZone: string;
  mentoringCapacity: number;
  department: string | null;
  location: string | null;
  region: string | null;
  skillId: string | null;
  skillName: string | null;
  level: number | null;
  canTeach: boolean | null;
  overlap: number;
  hasHours: boolean;
  total: bigint;
}

function likeContains(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/**
 * The People page: the directory when no skill is chosen, the expert finder when one is. Active people
 * of the caller's org only. With a skill, holders of it or of any skill under it (by name or synonym),
 * ranked by their best level, then whether they teach it and have room for a mentee, then how many
 * hours a week they overlap with the caller, then name. Without a skill: by name, or by overlap when
 * "overlaps my availability" is on.
 */
export async function findExperts(
  ctx: TenantContext,
  input: FindExpertsInput,
  now: Date = new Date(),
  broadText: BroadTextSearch = BROAD_TEXT_SEARCH,
  broadSkill: BroadSkillSearch = BROAD_SKILL_SEARCH,
): Promise<ExpertSearch> {
  return withTenant(ctx, async (db) => {
    const resolution = input.skill ? await resolveSkillQuery(db, ctx.orgId, input.skill) : null;
    const mine = await db.$queryRaw<({ timeZone: string } & Partial<WeeklyWindow>)[]>`
      SELECT e."timeZone", w."weekday", w."startMinute", w."endMinute"
        FROM "Employee" e LEFT JOIN "AvailabilityWindow" w ON w."orgId" = e."orgId" AND w."employeeId" = e."id"
       WHERE e."orgId" = ${ctx.orgId}::uuid AND e."id" = ${ctx.employeeId}::uuid`;
    const myZone = mine[0]!.timeZone;
    const myWindows = mine.filter((w): w is { timeZone: string } & WeeklyWindow => w.weekday != null);
    const usesDefaultHours = myWindows.length === 0;
    const base = { resolution, usesDefaultHours, myTimeZone: myZone };
    if (resolution && !resolution.skill) return { ...base, rows: [], total: 0, totalIsLowerBound: false, page: 1, pageCount: 1 };

    const myHours = usesDefaultHours ? DEFAULT_WORKING_HOURS : rangesFromWindows(myWindows);
    const hours = await hoursByZone(db, ctx.orgId, myZone, myHours, now);
    if (input.q && !resolution && !input.overlap) {
      const broad = await broadTextPage(db, ctx.orgId, input, hours, broadText);
      if (broad) return { ...base, ...broad };
    }
    const skillIds = resolution?.skillIds ?? null;
    if (skillIds) {
      const top = await topLevelsPage(db, ctx.orgId, input, skillIds, hours, broadSkill);
      if (top) return { ...base, ...top };
    }
    const query = (skip: number) => db.$queryRaw<RawRow[]>(searchSql(ctx.orgId, input, skillIds, input.level ?? 1, hours, skip));

    // Every query returns one row at least, carrying the total; a page past the end shows the last one.
    let page = input.page;
    let raw = await query((page - 1) * PEOPLE_PAGE_SIZE);
    const total = Number(raw[0]?.total ?? 0);
    const window = pageWindow(total, page, PEOPLE_PAGE_SIZE);
    if (window.page !== page) {
      page = window.page;
      raw = await query(window.skip);
    }
    const { pageCount } = window;
    return { ...base, rows: expertRows(raw), total, totalIsLowerBound: false, page, pageCount };
  });
}

function expertRows(raw: RawRow[]): ExpertRow[] {
  return raw
    .filter((r) => r.id !== null)
    .map((r) => ({
      id: r.id!,
      name: r.name,
      title: r.title,
      department: r.department,
      location: r.location,
      region: r.region,
      timeZone: r.timeZone,
      skill: r.skillId && r.skillName && r.level !== null ? { id: r.skillId, name: r.skillName, level: r.level, canTeach: Boolean(r.canTeach) } : null,
      mentoringCapacity: r.mentoringCapacity,
      overlapMinutes: r.overlap,
      hasHours: r.hasHours,
    }));
}

/**
 * A name/title search matching a large share of the org (say "engineer") would have the text function
 * return tens of thousands of ids, each joined back and counted. When it is broad, the page is found
 * instead by walking the first people by name (the name index) with the text as a plain filter. Null
 * when that walk does not fill the page: the exact search then runs.
 */
async function broadTextPage(db: TenantDb, orgId: string, input: FindExpertsInput, hours: HoursByZone, limits: BroadTextSearch) {
  const skip = (input.page - 1) * PEOPLE_PAGE_SIZE;
  const filters = directoryFilters(orgId, input, null);
  const pattern = likeContains(input.q);
  const matches = Prisma.sql`(e."name" ILIKE ${pattern} OR e."title" ILIKE ${pattern})`;
  const raw = await db.$queryRaw<(RawRow & { walked: bigint })[]>`
    WITH ${myHoursCte(hours)}
    ${decorate(
      orgId,
      Prisma.sql`SELECT ${rowColumns(Prisma.sql`NULL::int AS "level", NULL::boolean AS "canTeach", NULL::uuid AS "skillId"`)}, e."walked"
                   FROM (SELECT *, row_number() OVER (ORDER BY e."name", e."id") AS "walked"
                           FROM (SELECT * FROM "Employee" e WHERE ${Prisma.join(filters, ' AND ')}
                                  ORDER BY e."name", e."id" LIMIT ${(skip + PEOPLE_PAGE_SIZE) * limits.scanPerRow}) e) e
                   LEFT JOIN m0 m ON m."zone" = e."timeZone"
                  WHERE ${matches} ORDER BY e."name", e."id" LIMIT ${PEOPLE_PAGE_SIZE} OFFSET ${skip}`,
      Prisma.sql`SELECT 0::bigint AS "total"`,
      Prisma.raw('p."name", p."id"'),
      Prisma.sql`, p."walked"`,
    )}`;
  const rows = expertRows(raw);
  if (rows.length < PEOPLE_PAGE_SIZE) return null;

  // Counting through the text function costs about one index probe per match; scanning the org with the
  // text as a filter costs about one row per person read, and stops at the cap. The walk tells how dense
  // the matches are: dense terms are counted by the scan up to the cap, sparser ones exactly.
  const density = (skip + PEOPLE_PAGE_SIZE) / Number(raw.at(-1)!.walked);
  const cap = Math.max(limits.countCap, skip + PEOPLE_PAGE_SIZE + 1);
  const dense = density >= limits.denseShare;
  const where = Prisma.join([...filters, dense ? matches : Prisma.sql`e."id" IN (SELECT "id" FROM app_employee_ids_matching(${pattern}))`], ' AND ');
  const [counted] = await db.$queryRaw<{ total: bigint }[]>`
    SELECT count(*) AS "total" FROM (SELECT 1 FROM "Employee" e WHERE ${where} ${dense ? Prisma.sql`LIMIT ${cap}` : Prisma.empty}) x`;
  const total = Number(counted!.total);
  const totalIsLowerBound = dense && total >= cap;
  // With a lower bound one page more than counted is offered; a page past the real end falls back to the exact search.
  return { rows, total, totalIsLowerBound, page: input.page, pageCount: Math.ceil(total / PEOPLE_PAGE_SIZE) + (totalIsLowerBound ? 1 : 0) };
}

/**
 * A person's best entry is their highest level, so the holders with an entry at `floor` or above, each
 * with their best entry among those, are exactly the people of the top rank groups down to `floor`. A
 * broad skill search ranks only them, from the highest floor whose entries (counted per level up to the
 * limit, an upper bound on people) can fill the requested page. Null when the search is not broad, or
 * when filters leave those levels short of the page: the exact search then runs.
 */
async function topLevelsPage(db: TenantDb, orgId: string, input: FindExpertsInput, skillIds: string[], hours: HoursByZone, limits: BroadSkillSearch) {
  const minLevel = input.level ?? 1;
  const skip = (input.page - 1) * PEOPLE_PAGE_SIZE;
  const entries = await db.$queryRaw<{ level: number; entries: bigint }[]>`
    SELECT l AS "level",
           (SELECT count(*) FROM (SELECT 1 FROM "EmployeeSkill" es
                                   WHERE es."orgId" = ${orgId}::uuid AND es."skillId" = ANY (${skillIds}::uuid[]) AND es."level" = l
                                         ${input.teach ? Prisma.sql`AND es."canTeach"` : Prisma.empty}
                                   LIMIT ${limits.exactBelow}) x) AS "entries"
      FROM generate_series(5, ${minLevel}, -1) l
     ORDER BY l DESC`;
  let seen = 0;
  const floor = entries.find((e) => (seen += Number(e.entries)) >= skip + PEOPLE_PAGE_SIZE)?.level;
  const all = entries.reduce((sum, e) => sum + Number(e.entries), 0);
  if (all < limits.exactBelow || floor === undefined || floor <= minLevel) return null;

  const raw = await db.$queryRaw<RawRow[]>(searchSql(orgId, input, skillIds, floor, hours, skip));
  const total = Number(raw[0]?.total ?? 0);
  if (total < skip + PEOPLE_PAGE_SIZE) return null;
  return { rows: expertRows(raw), total, totalIsLowerBound: true, page: input.page, pageCount: Math.ceil(total / PEOPLE_PAGE_SIZE) + 1 };
}

/** Minutes of my hours (`m`, in the person's zone) shared with the person's own weekly hours. */
const overlapOf = (alias: string) =>
  Prisma.sql`coalesce((SELECT sum(upper(r) - lower(r)) FROM unnest(${Prisma.raw(alias)}."weeklyAvailability" * m."hours") r), 0)::int`;

/** Output columns of a result row, from the person `e`, the best entry `c` (or nulls), `m`, and the page's order. */
const rowColumns = (entry: Prisma.Sql) => Prisma.sql`
  e."id", e."name", e."title", e."timeZone", e."mentoringCapacity", e."departmentId", e."locationId",
  ${entry}, ${overlapOf('e')} AS "overlap", e."weeklyAvailability" IS NOT NULL AS "hasHours"`;

/** The directory's filters on the person `e`, except the name/title text. */
function directoryFilters(orgId: string, input: FindExpertsInput, skillIds: string[] | null): Prisma.Sql[] {
  const filters: Prisma.Sql[] = [Prisma.sql`e."orgId" = ${orgId}::uuid`, Prisma.sql`e."status" = 'ACTIVE'`];
  if (input.department) filters.push(Prisma.sql`e."departmentId" = ${input.department}::uuid`);
  if (input.region) filters.push(Prisma.sql`e."locationId" IN (SELECT "id" FROM "Location" WHERE "orgId" = ${orgId}::uuid AND "region" = ${input.region})`);
  if (input.teach && !skillIds) filters.push(Prisma.sql`EXISTS (SELECT 1 FROM "EmployeeSkill" t WHERE t."orgId" = e."orgId" AND t."employeeId" = e."id" AND t."canTeach")`);
  if (input.overlap) filters.push(Prisma.sql`${overlapOf('e')} >= ${MIN_OVERLAP_MINUTES}`);
  return filters;
}

const myHoursCte = (hours: HoursByZone) => Prisma.sql`m0("zone", "hours") AS (SELECT * FROM unnest(${hours.zones}::text[], ${hours.ranges}::int4multirange[]))`;

/** The page `page` with its total `total`, and each row's department, location and matched skill names. */
const decorate = (orgId: string, page: Prisma.Sql, total: Prisma.Sql, order: Prisma.Sql, extra: Prisma.Sql = Prisma.empty) => Prisma.sql`
    SELECT t."total", p."id", p."name", p."title", p."timeZone", p."mentoringCapacity", p."skillId", s."name" AS "skillName", p."level", p."canTeach",
           p."overlap", p."hasHours", d."name" AS "department", l."name" AS "location", l."region"${extra}
      FROM (${total}) t
      LEFT JOIN (${page}) p ON true
      LEFT JOIN "Department" d ON d."orgId" = ${orgId}::uuid AND d."id" = p."departmentId"
      LEFT JOIN "Location" l ON l."orgId" = ${orgId}::uuid AND l."id" = p."locationId"
      LEFT JOIN "Skill" s ON s."orgId" = ${orgId}::uuid AND s."id" = p."skillId"
     ORDER BY ${order}`;

/** The page at `skip`; with skills, among the holders of an entry at `floor` or above. */
function searchSql(orgId: string, input: FindExpertsInput, skillIds: string[] | null, floor: number, hours: HoursByZone, skip: number): Prisma.Sql {
  const filters = directoryFilters(orgId, input, skillIds);
  // Through a function so the trigram indexes can be used (see the employee_text_search migration).
  if (input.q) filters.push(Prisma.sql`e."id" IN (SELECT "id" FROM app_employee_ids_matching(${likeContains(input.q)}))`);
  const where = Prisma.join(filters, ' AND ');
  const mine = myHoursCte(hours);

  if (!skillIds) {
    // The directory: by name (the name index gives the page directly), or by overlap when asked for.
    const order = (alias: string) => Prisma.raw(input.overlap ? `${alias}"overlap" DESC, ${alias}"name", ${alias}"id"` : `${alias}"name", ${alias}"id"`);
    return Prisma.sql`
      WITH ${mine}
      ${decorate(
        orgId,
        Prisma.sql`SELECT ${rowColumns(Prisma.sql`NULL::int AS "level", NULL::boolean AS "canTeach", NULL::uuid AS "skillId"`)}
                     FROM "Employee" e LEFT JOIN m0 m ON m."zone" = e."timeZone"
                    WHERE ${where} ORDER BY ${order('')} LIMIT ${PEOPLE_PAGE_SIZE} OFFSET ${skip}`,
        Prisma.sql`SELECT count(*) AS "total" FROM "Employee" e LEFT JOIN m0 m ON m."zone" = e."timeZone" WHERE ${where}`,
        order('p.'),
      )}`;
  }

  // With a skill: each holder's best entry among the searched skills (highest level, then one they
  // teach) as one number, aggregated from the finder index by hashing rather than sorting. Ranking by
  // overlap needs each person's hours, so only the (level, teaches) groups the requested page falls into
  // are read in full, and the matched skill is looked up for the page's rows alone.
  return Prisma.sql`
    WITH ${mine},
    held AS (
      SELECT "employeeId", best / 2 AS "level", best % 2 = 1 AS "canTeach"
        FROM (SELECT es."employeeId", max(es."level" * 2 + es."canTeach"::int) AS best
                FROM "EmployeeSkill" es
               WHERE es."orgId" = ${orgId}::uuid AND es."skillId" = ANY (${skillIds}::uuid[]) AND es."level" >= ${floor}
                     ${input.teach ? Prisma.sql`AND es."canTeach"` : Prisma.empty}
               GROUP BY es."employeeId") b
    ),
    candidates AS MATERIALIZED (
      SELECT h."employeeId", h."level", h."canTeach", (h."canTeach" AND e."mentoringCapacity" > 0) AS "teaches"
        FROM held h JOIN "Employee" e ON e."orgId" = ${orgId}::uuid AND e."id" = h."employeeId"
        LEFT JOIN m0 m ON m."zone" = e."timeZone"
       WHERE ${where}
    ),
    groups AS (
      SELECT "level", "teaches", count(*) AS "size",
             coalesce(sum(count(*)) OVER (ORDER BY "level" DESC, "teaches" DESC ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING), 0) AS "before"
        FROM candidates GROUP BY "level", "teaches"
    ),
    wanted AS (SELECT * FROM groups WHERE "before" < ${skip + PEOPLE_PAGE_SIZE} AND "before" + "size" > ${skip})
    ${decorate(
      orgId,
      Prisma.sql`SELECT ${rowColumns(Prisma.sql`c."level", c."canTeach"`)}, c."teaches",
                        (SELECT es."skillId" FROM "EmployeeSkill" es
                          WHERE es."orgId" = ${orgId}::uuid AND es."employeeId" = c."employeeId" AND es."skillId" = ANY (${skillIds}::uuid[])
                            AND es."level" = c."level" AND es."canTeach" = c."canTeach"
                          ORDER BY es."skillId" LIMIT 1) AS "skillId"
                   FROM candidates c
                   JOIN wanted g ON g."level" = c."level" AND g."teaches" = c."teaches"
                   JOIN "Employee" e ON e."orgId" = ${orgId}::uuid AND e."id" = c."employeeId"
                   LEFT JOIN m0 m ON m."zone" = e."timeZone"
                  ORDER BY c."level" DESC, c."teaches" DESC, "overlap" DESC, e."name", e."id"
                 OFFSET ${skip} - (SELECT coalesce(min("before"), 0) FROM wanted) LIMIT ${PEOPLE_PAGE_SIZE}`,
      Prisma.sql`SELECT coalesce(sum("size"), 0) AS "total" FROM groups`,
      Prisma.sql`p."level" DESC, p."teaches" DESC, p."overlap" DESC, p."name", p."id"`,
    )}`;
}
