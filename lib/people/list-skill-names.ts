import type { TenantContext } from '../auth/tenant-context';
import { withTenant } from '../db/tenant';

/** Approved skill (and category) names and their synonyms, for the finder's skill box suggestions. */
export async function listSkillNames(ctx: TenantContext): Promise<string[]> {
  return withTenant(ctx, async (db) => {
    const rows = await db.$queryRaw<{ name: string }[]>`
      SELECT "name" FROM "Skill" WHERE "orgId" = ${ctx.orgId}::uuid AND "status" = 'APPROVED'
      UNION
      SELECT y."name" FROM "SkillSynonym" y JOIN "Skill" s ON s."orgId" = y."orgId" AND s."id" = y."skillId"
       WHERE y."orgId" = ${ctx.orgId}::uuid AND s."status" = 'APPROVED'
      ORDER BY 1`;
    return rows.map((r) => r.name);
  });
}
