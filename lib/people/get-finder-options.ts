import type { TenantContext } from '../auth/tenant-context';
import { withTenant } from '../db/tenant';

export interface FinderOptions {
  /** Approved skill (and category) names and their synonyms, for the skill box's suggestions. */
  skillNames: string[];
  departments: { id: string; name: string }[];
  regions: string[];
}

/** What the People page's filters offer; loaded beside the search, not inside it. */
export async function getFinderOptions(ctx: TenantContext): Promise<FinderOptions> {
  return withTenant(ctx, async (db) => {
    const names = await db.$queryRaw<{ name: string }[]>`
      SELECT "name" FROM "Skill" WHERE "orgId" = ${ctx.orgId}::uuid AND "status" = 'APPROVED'
      UNION
      SELECT y."name" FROM "SkillSynonym" y JOIN "Skill" s ON s."orgId" = y."orgId" AND s."id" = y."skillId"
       WHERE y."orgId" = ${ctx.orgId}::uuid AND s."status" = 'APPROVED'
      ORDER BY 1`;
    const departments = await db.department.findMany({ where: { orgId: ctx.orgId }, select: { id: true, name: true }, orderBy: { name: 'asc' } });
    const regions = await db.location.findMany({ where: { orgId: ctx.orgId }, select: { region: true }, distinct: ['region'], orderBy: { region: 'asc' } });
    return { skillNames: names.map((n) => n.name), departments, regions: regions.map((r) => r.region) };
  });
}
