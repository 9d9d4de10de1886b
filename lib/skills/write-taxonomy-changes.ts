import type { TenantDb } from '../db/tenant';
import type { TaxonomyEntry } from './check-taxonomy';

/**
 * Writes checked taxonomy entries in their final state: `creates` are new skills, `updates` existing ones
 * (their synonyms and relations are replaced). The caller holds the org's taxonomy lock (loadTaxonomy).
 */
export async function writeTaxonomyChanges(db: TenantDb, orgId: string, creates: readonly TaxonomyEntry[], updates: readonly TaxonomyEntry[]): Promise<void> {
  const changed = [...creates, ...updates];
  const changedIds = changed.map((e) => e.id);
  // Links first go from every changed skill, so a synonym may move from one skill to another.
  await db.skillSynonym.deleteMany({ where: { orgId, skillId: { in: changedIds } } });
  await db.skillRelation.deleteMany({ where: { orgId, OR: [{ fromSkillId: { in: changedIds } }, { toSkillId: { in: changedIds } }] } });
  await db.skill.createMany({ data: creates.map((e) => ({ orgId, id: e.id, name: e.name, kind: e.kind, status: e.status, description: e.description })) });
  for (const entry of changed) {
    await db.skill.update({ where: { orgId_id: { orgId, id: entry.id } }, data: { name: entry.name, status: entry.status, parentId: entry.parentId, description: entry.description } });
  }
  const synonyms = changed.flatMap((e) => e.synonyms.map((name) => ({ orgId, skillId: e.id, name })));
  if (synonyms.length) await db.skillSynonym.createMany({ data: synonyms });
  const relations = changed.flatMap((e) => e.related.map((other) => (e.id < other ? { orgId, fromSkillId: e.id, toSkillId: other } : { orgId, fromSkillId: other, toSkillId: e.id })));
  if (relations.length) await db.skillRelation.createMany({ data: relations, skipDuplicates: true });
}
