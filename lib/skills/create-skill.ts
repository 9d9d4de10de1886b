import { z } from 'zod';
import { recordAuditEvent } from '../audit/record-audit-event';
import { requireRole, type TenantContext } from '../auth/tenant-context';
import { withTenant } from '../db/tenant';
import { invalid } from '../errors';
import { checkTaxonomy, type TaxonomyEntry } from './check-taxonomy';
import { loadTaxonomy } from './load-taxonomy';
import { replaceSkillLinks } from './replace-skill-links';
import { parentIdField, skillDescriptionField, skillIdListField, skillNameField, synonymListField } from './skill-fields';

export const createSkillInput = z.object({
  name: skillNameField,
  kind: z.enum(['SKILL', 'CATEGORY'], 'Choose skill or category').default('SKILL'),
  parentId: parentIdField,
  description: skillDescriptionField,
  synonyms: synonymListField,
  related: skillIdListField,
});

export type CreateSkillInput = z.output<typeof createSkillInput>;

/** A steward adds an approved skill or category to the taxonomy. */
export async function createSkill(ctx: TenantContext, input: CreateSkillInput): Promise<{ id: string; name: string }> {
  requireRole(ctx, 'STEWARD');
  return withTenant(ctx, async (db) => {
    const taxonomy = await loadTaxonomy(db, ctx.orgId, { forUpdate: true });
    const entry: TaxonomyEntry = {
      id: crypto.randomUUID(),
      name: input.name,
      kind: input.kind,
      status: 'APPROVED',
      parentId: input.parentId,
      description: input.description,
      synonyms: input.synonyms,
      related: input.kind === 'SKILL' ? input.related : [],
    };
    const problems = checkTaxonomy([...taxonomy, entry], new Set([entry.id])).get(entry.id);
    if (problems) throw invalid('Please correct the highlighted fields.', problems);

    await db.skill.create({ data: { orgId: ctx.orgId, id: entry.id, name: entry.name, kind: entry.kind, parentId: entry.parentId, description: entry.description } });
    await replaceSkillLinks(db, ctx.orgId, entry.id, entry);
    const names = new Map(taxonomy.map((e) => [e.id, e.name]));
    await recordAuditEvent(db, ctx, {
      action: 'skill.created',
      entityType: 'Skill',
      entityId: entry.id,
      after: {
        name: entry.name,
        kind: entry.kind,
        parent: entry.parentId ? (names.get(entry.parentId) ?? null) : null,
        description: entry.description,
        synonyms: entry.synonyms,
        related: entry.related.map((id) => names.get(id) ?? id),
      },
    });
    return { id: entry.id, name: entry.name };
  });
}
