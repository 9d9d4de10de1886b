import { z } from 'zod';
import { recordAuditEvent } from '../audit/record-audit-event';
import { requireRole, type TenantContext } from '../auth/tenant-context';
import { withTenant } from '../db/tenant';
import { invalid, notFound } from '../errors';
import { checkTaxonomy } from './check-taxonomy';
import { loadTaxonomy } from './load-taxonomy';
import { parentIdField, skillDescriptionField, skillIdField } from './skill-fields';

export const approveSkillInput = z.object({
  skillId: skillIdField('That proposal was not found.'),
  /** Where it goes in the tree (the form starts at the proposer's choice); empty means top level. */
  parentId: parentIdField,
  /** Empty keeps the proposer's description. */
  description: skillDescriptionField,
});

/** A proposed skill joins the taxonomy, optionally placed under a parent and given a description. */
export async function approveSkill(ctx: TenantContext, input: z.output<typeof approveSkillInput>): Promise<{ id: string; name: string }> {
  requireRole(ctx, 'STEWARD');
  return withTenant(ctx, async (db) => {
    const taxonomy = await loadTaxonomy(db, ctx.orgId, { forUpdate: true });
    const proposal = taxonomy.find((e) => e.id === input.skillId && e.status === 'PROPOSED');
    if (!proposal) throw notFound('That proposal');
    const next = { ...proposal, status: 'APPROVED' as const, parentId: input.parentId, description: input.description ?? proposal.description };
    const problems = checkTaxonomy(taxonomy.map((e) => (e.id === next.id ? next : e)), new Set([next.id])).get(next.id);
    if (problems?.parent) throw invalid('Please correct the highlighted fields.', { parentId: problems.parent });

    await db.skill.update({ where: { orgId_id: { orgId: ctx.orgId, id: next.id } }, data: { status: 'APPROVED', parentId: next.parentId, description: next.description } });
    const parentName = (id: string | null) => (id ? (taxonomy.find((e) => e.id === id)?.name ?? null) : null);
    await recordAuditEvent(db, ctx, {
      action: 'skill.approved',
      entityType: 'Skill',
      entityId: next.id,
      before: { name: proposal.name, status: 'PROPOSED', parent: parentName(proposal.parentId), description: proposal.description },
      after: { name: next.name, status: 'APPROVED', parent: parentName(next.parentId), description: next.description },
    });
    return { id: next.id, name: next.name };
  });
}
