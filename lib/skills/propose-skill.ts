import { z } from 'zod';
import type { TenantContext } from '../auth/tenant-context';
import { withTenant } from '../db/tenant';
import { invalid } from '../errors';
import type { TaxonomyEntry } from './check-taxonomy';
import { loadTaxonomy } from './load-taxonomy';
import { skillDescriptionField, skillNameField } from './skill-fields';

export const proposeSkillInput = z.object({
  name: skillNameField,
  description: skillDescriptionField,
});

export type ProposeSkillInput = z.output<typeof proposeSkillInput>;

/** Why a proposed name cannot be used, in words for the employee (stewards see other wording in their forms). */
function nameTakenMessage(ctx: TenantContext, existing: TaxonomyEntry & { proposedById: string | null }, viaSynonym: string | null): string {
  if (existing.kind === 'CATEGORY') return `“${existing.name}” is a skill category; choose a skill in it instead.`;
  if (existing.status === 'RETIRED') return `“${existing.name}” was retired from the skill list by a steward, so it cannot be proposed again.`;
  if (existing.status === 'PROPOSED') {
    return existing.proposedById === ctx.employeeId
      ? `You already proposed “${existing.name}”; choose it from the list.`
      : `“${existing.name}” was already proposed by a colleague and is waiting for a steward’s review.`;
  }
  return viaSynonym
    ? `“${viaSynonym}” is another name for ${existing.name}, which is already in the skill list; choose it instead.`
    : `“${existing.name}” is already in the skill list; choose it instead.`;
}

/**
 * Any employee may propose a skill the taxonomy lacks. It is usable at once on their own profile, marked
 * "proposed", and waits in the stewards' review queue. Refused when the name is already a live skill's
 * name or synonym (ignoring case), so the person is pointed at the existing skill instead.
 */
export async function proposeSkill(ctx: TenantContext, input: ProposeSkillInput): Promise<{ id: string; name: string }> {
  return withTenant(ctx, async (db) => {
    const taxonomy = await loadTaxonomy(db, ctx.orgId, { forUpdate: true });
    const wanted = input.name.toLowerCase();
    const byName = taxonomy.find((e) => e.name.toLowerCase() === wanted);
    const bySynonym = byName ? undefined : taxonomy.find((e) => e.synonyms.some((s) => s.toLowerCase() === wanted));
    const existing = byName ?? bySynonym;
    if (existing) {
      const { proposedById } = await db.skill.findUniqueOrThrow({ where: { orgId_id: { orgId: ctx.orgId, id: existing.id } }, select: { proposedById: true } });
      const viaSynonym = bySynonym ? (existing.synonyms.find((s) => s.toLowerCase() === wanted) ?? null) : null;
      throw invalid('That skill already exists.', { name: [nameTakenMessage(ctx, { ...existing, proposedById }, viaSynonym)] });
    }
    return db.skill.create({
      data: { orgId: ctx.orgId, name: input.name, description: input.description, kind: 'SKILL', status: 'PROPOSED', proposedById: ctx.employeeId },
      select: { id: true, name: true },
    });
  });
}
