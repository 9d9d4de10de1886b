import type { TenantContext } from '../auth/tenant-context';
import { withTenant } from '../db/tenant';

export interface SkillFilterOption {
  id: string;
  name: string;
  /** 0 for a top-level category; the browse filter indents by it. */
  depth: number;
}

/**
 * The skills worth filtering upcoming group sessions by: those the sessions are tagged with, and the
 * categories above them (picking a category shows the sessions of every skill under it), in taxonomy order.
 */
export async function listSessionSkillFilter(ctx: TenantContext, now: Date = new Date()): Promise<SkillFilterOption[]> {
  return withTenant(ctx, (db) =>
    db.$queryRaw<SkillFilterOption[]>`
      WITH RECURSIVE tagged AS (
        SELECT DISTINCT k."id", k."parentId", k."name"
          FROM "SessionSkill" ss
          JOIN "PeerSession" s ON s."orgId" = ss."orgId" AND s."id" = ss."sessionId"
          JOIN "Skill" k ON k."orgId" = ss."orgId" AND k."id" = ss."skillId"
         WHERE ss."orgId" = ${ctx.orgId}::uuid AND s."status" = 'SCHEDULED' AND s."kind" <> 'MENTORING' AND s."startsAt" > ${now}
        UNION
        SELECT p."id", p."parentId", p."name" FROM "Skill" p JOIN tagged t ON p."id" = t."parentId" WHERE p."orgId" = ${ctx.orgId}::uuid),
      tree AS (
        SELECT "id", "name", 0 AS "depth", ARRAY[lower("name")] AS "path" FROM tagged WHERE "parentId" IS NULL OR "parentId" NOT IN (SELECT "id" FROM tagged)
        UNION ALL
        SELECT c."id", c."name", t."depth" + 1, t."path" || lower(c."name") FROM tagged c JOIN tree t ON c."parentId" = t."id")
      SELECT "id", "name", "depth" FROM tree ORDER BY "path"`,
  );
}
