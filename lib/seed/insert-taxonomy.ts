import type { Db } from '../db/system';
import type { PersonSpec } from './org-builder';
import { PERSONA_PROFILES } from './persona-profiles';
import { derivedUuid } from './random';
import type { Taxonomy } from './taxonomy';

// Writes an org's skill taxonomy: skills (parents first), synonyms and "related to" pairs, and the
// proposals waiting for a steward. Ids are derived from the org slug and the name, so they are the same
// on every run and differ between orgs.

const idFor = (orgSlug: string, what: string, name: string) => derivedUuid(`${orgSlug}/${what}/${name.toLowerCase()}`);

/** Inserts the approved taxonomy; returns skill ids by name. */
export async function insertTaxonomy(db: Db, orgId: string, orgSlug: string, taxonomy: Taxonomy): Promise<Map<string, string>> {
  const ids = new Map(taxonomy.skills.map((s) => [s.name, idFor(orgSlug, 'skill', s.name)]));
  await db.skill.createMany({
    data: taxonomy.skills.map((s) => ({ orgId, id: ids.get(s.name)!, name: s.name, description: s.description, kind: s.kind, parentId: s.parent ? ids.get(s.parent)! : null })),
  });
  await db.skillSynonym.createMany({
    data: taxonomy.skills.flatMap((s) => s.synonyms.map((name) => ({ orgId, id: idFor(orgSlug, 'synonym', name), skillId: ids.get(s.name)!, name }))),
  });
  await db.skillRelation.createMany({
    data: taxonomy.related.map((pair) => {
      // Stored once per pair, smaller id first (uuids are lowercase hex, so text order is Postgres's order).
      const [fromSkillId, toSkillId] = pair.map((name) => ids.get(name)!).sort();
      return { orgId, fromSkillId: fromSkillId!, toSkillId: toSkillId! };
    }),
  });
  return ids;
}

/**
 * The proposals: each by the first generated (non-persona) person with the proposer's title, already on
 * that person's profile. Needs the people inserted.
 */
export async function insertProposals(db: Db, orgId: string, orgSlug: string, taxonomy: Taxonomy, people: readonly PersonSpec[], skillIds: ReadonlyMap<string, string>): Promise<void> {
  for (const proposal of taxonomy.proposals) {
    const proposer = people.find((p) => p.title === proposal.proposerTitle && !PERSONA_PROFILES[p.email]);
    if (!proposer) continue;
    const id = idFor(orgSlug, 'skill', proposal.name);
    await db.skill.create({
      data: { orgId, id, name: proposal.name, description: proposal.description, status: 'PROPOSED', parentId: skillIds.get(proposal.parent) ?? null, proposedById: proposer.id },
    });
    await db.employeeSkill.create({ data: { orgId, employeeId: proposer.id, skillId: id, level: proposal.level } });
  }
}
