import type { SkillStatus } from '../db/generated/enums';
import type { TenantDb } from '../db/tenant';

// Typed skill text → the org's skill it names, everything under that skill, and what to suggest next.

export interface SkillRef {
  id: string;
  name: string;
}

export interface ResolvedSkill extends SkillRef {
  status: SkillStatus;
  /** The synonym the text matched ("K8s" for Kubernetes), or null when it matched the name. */
  matchedSynonym: string | null;
}

export interface SkillQueryResolution {
  /** null when no live skill is called that (by name or synonym). */
  skill: ResolvedSkill | null;
  /** The skill and all its descendants: searching "Frontend" includes React. Empty without a skill. */
  skillIds: string[];
  /** Descendants only, by name. */
  includes: SkillRef[];
  parent: SkillRef | null;
  /** Skills related to it (SkillRelation, either direction). */
  related: SkillRef[];
  /** Other skills under the same parent. */
  siblings: SkillRef[];
  /** When nothing matched exactly: approved skills with a similar name or synonym, best first. */
  closeMatches: SkillRef[];
}

const SUGGESTIONS = 6;

function likePattern(text: string): string {
  return text.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`);
}

/**
 * Resolves what someone typed into a skill box. An exact name or synonym (any case) of a skill that is
 * not merged or rejected wins (a merged skill's old name is a synonym of the survivor); otherwise the
 * closest approved names by trigram similarity, prefix or substring are offered instead.
 */
export async function resolveSkillQuery(db: TenantDb, orgId: string, text: string): Promise<SkillQueryResolution> {
  const none: SkillQueryResolution = { skill: null, skillIds: [], includes: [], parent: null, related: [], siblings: [], closeMatches: [] };
  const query = text.trim();
  if (!query) return none;

  // A live skill named that, or one with a synonym named that; a name beats a synonym.
  const [exact] = await db.$queryRaw<(SkillRef & { status: SkillStatus; parentId: string | null; synonym: string | null })[]>`
    SELECT s."id", s."name", s."status", s."parentId", y."name" AS "synonym"
      FROM "Skill" s
      LEFT JOIN "SkillSynonym" y ON y."orgId" = s."orgId" AND y."skillId" = s."id" AND lower(y."name") = lower(${query})
     WHERE s."orgId" = ${orgId}::uuid AND s."status" NOT IN ('MERGED', 'REJECTED') AND (lower(s."name") = lower(${query}) OR y."id" IS NOT NULL)
     ORDER BY lower(s."name") = lower(${query}) DESC, s."status" = 'APPROVED' DESC
     LIMIT 1`;

  if (!exact) {
    const pattern = likePattern(query);
    const closeMatches = await db.$queryRaw<SkillRef[]>`
      SELECT s."id", s."name"
        FROM (
          SELECT "id" AS "skillId", lower("name") AS "label" FROM "Skill" WHERE "orgId" = ${orgId}::uuid
          UNION ALL
          SELECT "skillId", lower("name") FROM "SkillSynonym" WHERE "orgId" = ${orgId}::uuid
        ) m
        JOIN "Skill" s ON s."orgId" = ${orgId}::uuid AND s."id" = m."skillId"
       WHERE s."status" = 'APPROVED' AND (m."label" % lower(${query}) OR m."label" LIKE '%' || ${pattern} || '%')
       GROUP BY s."id", s."name"
       ORDER BY max(similarity(m."label", lower(${query})) + CASE WHEN m."label" LIKE ${pattern} || '%' THEN 0.5 ELSE 0 END) DESC, s."name"
       LIMIT ${SUGGESTIONS}`;
    return { ...none, closeMatches };
  }

  // The subtree (UNION, so a cycle could not loop), the parent, related skills and siblings in one trip.
  const around = await db.$queryRaw<(SkillRef & { role: 'tree' | 'parent' | 'related' | 'sibling' })[]>`
    WITH RECURSIVE tree AS (
      SELECT "id", "name" FROM "Skill" WHERE "orgId" = ${orgId}::uuid AND "id" = ${exact.id}::uuid
      UNION
      SELECT c."id", c."name" FROM "Skill" c JOIN tree t ON c."parentId" = t."id"
       WHERE c."orgId" = ${orgId}::uuid AND c."status" NOT IN ('MERGED', 'REJECTED')
    )
    SELECT "id", "name", 'tree' AS "role" FROM tree
    UNION ALL
    SELECT "id", "name", 'parent' FROM "Skill" WHERE "orgId" = ${orgId}::uuid AND "id" = ${exact.parentId}::uuid AND "status" NOT IN ('MERGED', 'REJECTED')
    UNION ALL
    SELECT s."id", s."name", 'related' FROM "SkillRelation" r
      JOIN "Skill" s ON s."orgId" = r."orgId" AND s."id" = CASE WHEN r."fromSkillId" = ${exact.id}::uuid THEN r."toSkillId" ELSE r."fromSkillId" END
     WHERE r."orgId" = ${orgId}::uuid AND (r."fromSkillId" = ${exact.id}::uuid OR r."toSkillId" = ${exact.id}::uuid) AND s."status" = 'APPROVED'
    UNION ALL
    (SELECT "id", "name", 'sibling' FROM "Skill"
      WHERE "orgId" = ${orgId}::uuid AND "parentId" = ${exact.parentId}::uuid AND "id" <> ${exact.id}::uuid AND "status" = 'APPROVED'
      ORDER BY "name" LIMIT ${SUGGESTIONS})`;

  const pick = (role: string) => around.filter((r) => r.role === role).map(({ id, name }) => ({ id, name }));
  const byName = (a: SkillRef, b: SkillRef) => a.name.localeCompare(b.name);
  const tree = pick('tree');
  return {
    skill: { id: exact.id, name: exact.name, status: exact.status, matchedSynonym: exact.name.toLowerCase() === query.toLowerCase() ? null : exact.synonym },
    skillIds: tree.map((s) => s.id),
    includes: tree.filter((s) => s.id !== exact.id).sort(byName),
    parent: pick('parent')[0] ?? null,
    related: pick('related').sort(byName),
    siblings: pick('sibling'),
    closeMatches: [],
  };
}
