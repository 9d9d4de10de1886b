import { z } from 'zod';
import { recordAuditEvent } from '../audit/record-audit-event';
import { requireRole, type TenantContext } from '../auth/tenant-context';
import { withTenant } from '../db/tenant';
import { invalid, notFound } from '../errors';
import { checkTaxonomy, type TaxonomyEntry } from './check-taxonomy';
import { loadTaxonomy } from './load-taxonomy';
import { replaceSkillLinks } from './replace-skill-links';
import { parentIdField, skillDescriptionField, skillIdField, skillIdListField, skillNameField, synonymListField } from './skill-fields';

export const updateSkillInput = z.object({
  skillId: skillIdField(),
  name: skillNameField,
  parentId: parentIdField,
  description: skillDescriptionField,
  synonyms: synonymListField,
  related: skillIdListField,
});

export type UpdateSkillInput = z.output<typeof updateSkillInput>;

/** The fields an audit event shows for a skill, with ids turned into names. */
function describe(entry: TaxonomyEntry, names: Map<string, string>) {
  return {
    name: entry.name,
    parent: entry.parentId ? (names.get(entry.parentId) ?? null) : null,
    description: entry.description,
    synonyms: [...entry.synonyms].sort(),
    related: entry.related.map((id) => names.get(id) ?? id).sort(),
  };
}

/** Rename, move under another parent, and change description, synonyms and relations of a live skill. */
export async function updateSkill(ctx: TenantContext, input: UpdateSkillInput): Promise<{ id: string; name: string }> {
  requireRole(ctx, 'STEWARD');
  return withTenant(ctx, async (db) => {
    const taxonomy = await loadTaxonomy(db, ctx.orgId, { forUpdate: true });
    const current = taxonomy.find((e) => e.id === input.skillId);
    if (!current) throw notFound('That skill');
    const next: TaxonomyEntry = {
      ...current,
      name: input.name,
      parentId: input.parentId,
      description: input.description,
      synonyms: input.synonyms,
      related: current.kind === 'SKILL' ? input.related : [],
    };
    const problems = checkTaxonomy(
      taxonomy.map((e) => (e.id === current.id ? next : e)),
      new Set([current.id]),
    ).get(current.id);
    if (problems) throw invalid('Please correct the highlighted fields.', problems);

    const names = new Map(taxonomy.map((e) => [e.id, e.id === current.id ? next.name : e.name]));
    const before = describe(current, names);
    const after = describe(next, names);
    if (JSON.stringify(before) === JSON.stringify(after)) return { id: current.id, name: current.name };

    await db.skill.update({
      where: { orgId_id: { orgId: ctx.orgId, id: current.id } },
      data: { name: next.name, parentId: next.parentId, description: next.description },
    });
    await replaceSkillLinks(db, ctx.orgId, current.id, next);
    await recordAuditEvent(db, ctx, { action: 'skill.updated', entityType: 'Skill', entityId: current.id, before, after });
    return { id: current.id, name: next.name };
  });
}
