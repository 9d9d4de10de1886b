import { z } from 'zod';
import { DEFAULT_WORKING_HOURS, convertWeekRanges, rangesFromWindows, toMultirangeLiteral } from '../availability';
import type { TenantContext } from '../auth/tenant-context';
import { Prisma } from '../db/generated/client';
import { withTenant, type TenantDb } from '../db/tenant';
import { isTimeZone } from '../orgs';
import { optionalParam, pageParam, pageWindow } from '../pagination';
import { resolveSkillQuery, type SkillQueryResolution } from '../skills/resolve-skill-query';

export const PEOPLE_PAGE_SIZE = 25;

/** "Overlaps my availability" means at least this many shared minutes a week. */
export const MIN_OVERLAP_MINUTES = 60;

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
  page: number;
  pageCount: number;
  /** What the skill text resolved to; null when no skill was typed. */
  resolution: SkillQueryResolution | null;
  /** True when the caller has no weekly hours and overlap assumes 09:00–17:00 Monday to Friday. */
  usesDefaultHours: boolean;
  myTimeZone: string;
  departments: { id: string; name: string }[];
  regions: string[];
}

interface RawRow {
  id: string;
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
export async function findExperts(ctx: TenantContext, input: FindExpertsInput, now: Date = new Date()): Promise<ExpertSearch> {
  return withTenant(ctx, async (db) => {
    const resolution = input.skill ? await resolveSkillQuery(db, ctx.orgId, input.skill) : null;
    // One after another: the queries share the transaction's connection.
    const me = await db.employee.findUniqueOrThrow({ where: { orgId_id: { orgId: ctx.orgId, id: ctx.employeeId } }, select: { timeZone: true, availability: { select: { weekday: true, startMinute: true, endMinute: true } } } });
    const departments = await db.department.findMany({ where: { orgId: ctx.orgId }, select: { id: true, name: true }, orderBy: { name: 'asc' } });
    const regions = await db.location.findMany({ where: { orgId: ctx.orgId }, select: { region: true }, distinct: ['region'], orderBy: { region: 'asc' } });
    const usesDefaultHours = me.availability.length === 0;
    const base = { resolution, usesDefaultHours, myTimeZone: me.timeZone, departments, regions: regions.map((r) => r.region) };
    if (resolution && !resolution.skill) return { ...base, rows: [], total: 0, page: 1, pageCount: 1 };

    const myHours = usesDefaultHours ? DEFAULT_WORKING_HOURS : rangesFromWindows(me.availability);
    const hours = await myHoursByZone(db, ctx.orgId, me.timeZone, myHours, now);
    const query = (skip: number) => db.$queryRaw<RawRow[]>(searchSql(ctx.orgId, input, resolution?.skillIds ?? null, hours, skip));

    let page = input.page;
    let raw = await query((page - 1) * PEOPLE_PAGE_SIZE);
    if (raw.length === 0 && page > 1) {
      // Past the last page: count from the first page, then show the last one.
      const first = await query(0);
      page = pageWindow(Number(first[0]?.total ?? 0), page, PEOPLE_PAGE_SIZE).page;
      raw = page === 1 ? first : await query((page - 1) * PEOPLE_PAGE_SIZE);
    }
    const total = Number(raw[0]?.total ?? 0);
    const { pageCount } = pageWindow(total, page, PEOPLE_PAGE_SIZE);
    return {
      ...base,
      rows: raw.map((r) => ({
        id: r.id,
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
      })),
      total,
      page,
      pageCount,
    };
  });
}

/**
 * My weekly hours as they fall on each colleague's clock this week, one multirange per time zone in use
 * (an org has few), so SQL can intersect them with each person's own-zone hours.
 */
async function myHoursByZone(db: TenantDb, orgId: string, myZone: string, myHours: Parameters<typeof convertWeekRanges>[0], now: Date) {
  const zones = (await db.$queryRaw<{ timeZone: string }[]>`SELECT DISTINCT "timeZone" FROM "Employee" WHERE "orgId" = ${orgId}::uuid AND "status" = 'ACTIVE'`)
    .map((z) => z.timeZone)
    .filter(isTimeZone);
  return { zones, ranges: zones.map((zone) => toMultirangeLiteral(convertWeekRanges(myHours, myZone, zone, now))) };
}

/** Minutes of `hours` shared with my hours in the person's zone (`m`), summed over the pieces. */
const overlapOf = (alias: string) =>
  Prisma.sql`coalesce((SELECT sum(upper(r) - lower(r)) FROM unnest(${Prisma.raw(alias)}."weeklyAvailability" * m."hours") r), 0)::int`;

function searchSql(orgId: string, input: FindExpertsInput, skillIds: string[] | null, hours: { zones: string[]; ranges: string[] }, skip: number): Prisma.Sql {
  const bySkill = skillIds !== null;
  const rankByOverlap = bySkill || input.overlap;
  const filters: Prisma.Sql[] = [Prisma.sql`e."orgId" = ${orgId}::uuid`, Prisma.sql`e."status" = 'ACTIVE'`];
  if (input.department) filters.push(Prisma.sql`e."departmentId" = ${input.department}::uuid`);
  if (input.region) filters.push(Prisma.sql`e."locationId" IN (SELECT "id" FROM "Location" WHERE "orgId" = ${orgId}::uuid AND "region" = ${input.region})`);
  if (input.q) filters.push(Prisma.sql`(e."name" ILIKE ${likeContains(input.q)} OR e."title" ILIKE ${likeContains(input.q)})`);
  if (input.teach && !bySkill) filters.push(Prisma.sql`EXISTS (SELECT 1 FROM "EmployeeSkill" t WHERE t."orgId" = e."orgId" AND t."employeeId" = e."id" AND t."canTeach")`);
  if (input.overlap) filters.push(Prisma.sql`${overlapOf('e')} >= ${MIN_OVERLAP_MINUTES}`);

  // Each holder's best entry among the searched skills: highest level, then one they teach.
  const held = bySkill
    ? Prisma.sql`, held AS (
        SELECT DISTINCT ON (es."employeeId") es."employeeId", es."skillId", es."level", es."canTeach"
          FROM "EmployeeSkill" es
         WHERE es."orgId" = ${orgId}::uuid AND es."skillId" = ANY (${skillIds}::uuid[]) AND es."level" >= ${input.level ?? 1}
               ${input.teach ? Prisma.sql`AND es."canTeach"` : Prisma.empty}
         ORDER BY es."employeeId", es."level" DESC, es."canTeach" DESC, es."skillId")`
    : Prisma.empty;
  const order = rankByOverlap
    ? Prisma.sql`${bySkill ? Prisma.sql`h."level" DESC, (h."canTeach" AND e."mentoringCapacity" > 0) DESC,` : Prisma.empty} ${overlapOf('e')} DESC, e."name", e."id"`
    : Prisma.sql`e."name", e."id"`;

  return Prisma.sql`
    WITH m0("zone", "hours") AS (SELECT * FROM unnest(${hours.zones}::text[], ${hours.ranges}::int4multirange[]))
    ${held},
    page AS (
      SELECT e."id", e."name", e."title", e."timeZone", e."mentoringCapacity", e."departmentId", e."locationId", e."weeklyAvailability",
             ${bySkill ? Prisma.sql`h."skillId", h."level", h."canTeach"` : Prisma.sql`NULL::uuid AS "skillId", NULL::int AS "level", NULL::boolean AS "canTeach"`},
             count(*) OVER () AS total,
             row_number() OVER (ORDER BY ${order}) AS position
        FROM ${bySkill ? Prisma.sql`held h JOIN "Employee" e ON e."orgId" = ${orgId}::uuid AND e."id" = h."employeeId"` : Prisma.sql`"Employee" e`}
        LEFT JOIN m0 m ON m."zone" = e."timeZone"
       WHERE ${Prisma.join(filters, ' AND ')}
       ORDER BY ${order}
       LIMIT ${PEOPLE_PAGE_SIZE} OFFSET ${skip}
    )
    SELECT p."id", p."name", p."title", p."timeZone", p."mentoringCapacity", p."skillId", s."name" AS "skillName", p."level", p."canTeach", p.total,
           d."name" AS "department", l."name" AS "location", l."region",
           ${overlapOf('p')} AS "overlap", p."weeklyAvailability" IS NOT NULL AS "hasHours"
      FROM page p
      LEFT JOIN m0 m ON m."zone" = p."timeZone"
      LEFT JOIN "Department" d ON d."orgId" = ${orgId}::uuid AND d."id" = p."departmentId"
      LEFT JOIN "Location" l ON l."orgId" = ${orgId}::uuid AND l."id" = p."locationId"
      LEFT JOIN "Skill" s ON s."orgId" = ${orgId}::uuid AND s."id" = p."skillId"
     ORDER BY p.position`;
}
