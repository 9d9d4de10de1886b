import type { TenantContext } from '../auth/tenant-context';
import { withTenant } from '../db/tenant';
import { categoryPath, type TaxonomyNode } from './category-path';

export interface SkillChoice {
  id: string;
  name: string;
  synonyms: string[];
  categoryPath: string;
  /** True for a skill the caller proposed that a steward has not reviewed yet. */
  proposed: boolean;
}

/**
 * The skills the caller can pick for their profile or a learning goal: the org's approved skills, plus the
 * ones they proposed themselves. The whole list goes to the picker, which filters it as the person types
 * (a taxonomy is hundreds of skills at most, so this is a small payload and instant to search).
 */
export async function listSkillChoices(ctx: TenantContext): Promise<SkillChoice[]> {
  return withTenant(ctx, async (db) => {
    const taxonomy = await db.skill.findMany({
      where: { orgId: ctx.orgId },
      orderBy: { name: 'asc' },
      select: { id: true, name: true, kind: true, status: true, parentId: true, proposedById: true, synonyms: { select: { name: true }, orderBy: { name: 'asc' } } },
    });
    const nodes = new Map<string, TaxonomyNode>(taxonomy.map((t) => [t.id, t]));
    return taxonomy
      .filter((s) => s.kind === 'SKILL' && (s.status === 'APPROVED' || (s.status === 'PROPOSED' && s.proposedById === ctx.employeeId)))
      .map((s) => ({
        id: s.id,
        name: s.name,
        synonyms: s.synonyms.map((syn) => syn.name),
        categoryPath: categoryPath(s.parentId, nodes),
        proposed: s.status === 'PROPOSED',
      }));
  });
}
