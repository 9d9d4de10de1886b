import type { TenantDb } from '../db/tenant';

/** Sets a skill's synonyms and related skills to exactly these (relations are stored once per pair, smaller id first). */
export async function replaceSkillLinks(db: TenantDb, orgId: string, skillId: string, links: { synonyms: string[]; related: string[] }): Promise<void> {
  await db.skillSynonym.deleteMany({ where: { orgId, skillId } });
  if (links.synonyms.length) await db.skillSynonym.createMany({ data: links.synonyms.map((name) => ({ orgId, skillId, name })) });
  await db.skillRelation.deleteMany({ where: { orgId, OR: [{ fromSkillId: skillId }, { toSkillId: skillId }] } });
  const pairs = links.related.filter((id) => id !== skillId).map((id) => (id < skillId ? { fromSkillId: id, toSkillId: skillId } : { fromSkillId: skillId, toSkillId: id }));
  if (pairs.length) await db.skillRelation.createMany({ data: pairs.map((pair) => ({ orgId, ...pair })), skipDuplicates: true });
}
