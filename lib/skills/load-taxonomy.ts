import type { TenantDb } from '../db/tenant';
import type { LiveSkillStatus, TaxonomyEntry } from './check-taxonomy';

export const LIVE_STATUSES: LiveSkillStatus[] = ['PROPOSED', 'APPROVED', 'RETIRED'];

// Taxonomy writes in one org wait for each other, so the name checks in checkTaxonomy cannot race.
const LOCK_NAMESPACE = 'peerbridge.taxonomy';

/**
 * Every live skill and category of the org (a few hundred at most) with synonyms and relations, sorted by
 * name. `forUpdate` first takes the org's taxonomy lock, for a write that checks the result.
 */
export async function loadTaxonomy(db: TenantDb, orgId: string, options: { forUpdate?: boolean } = {}): Promise<TaxonomyEntry[]> {
  if (options.forUpdate) await db.$executeRaw`select pg_advisory_xact_lock(hashtextextended(${`${LOCK_NAMESPACE}:${orgId}`}, 0))`;
  const [skills, synonyms, relations] = await Promise.all([
    db.skill.findMany({
      where: { orgId, status: { in: LIVE_STATUSES } },
      orderBy: [{ name: 'asc' }, { id: 'asc' }],
      select: { id: true, name: true, kind: true, status: true, parentId: true, description: true },
    }),
    db.skillSynonym.findMany({ where: { orgId, skill: { status: { in: LIVE_STATUSES } } }, orderBy: { name: 'asc' }, select: { skillId: true, name: true } }),
    db.skillRelation.findMany({ where: { orgId }, select: { fromSkillId: true, toSkillId: true } }),
  ]);
  const entries = new Map<string, TaxonomyEntry>(
    skills.map((s) => [s.id, { ...s, status: s.status as LiveSkillStatus, synonyms: [], related: [] }]),
  );
  for (const synonym of synonyms) entries.get(synonym.skillId)?.synonyms.push(synonym.name);
  for (const { fromSkillId, toSkillId } of relations) {
    const from = entries.get(fromSkillId);
    const to = entries.get(toSkillId);
    if (!from || !to) continue;
    from.related.push(toSkillId);
    to.related.push(fromSkillId);
  }
  return [...entries.values()];
}
