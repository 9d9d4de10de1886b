import type { TenantContext } from '../auth/tenant-context';
import type { TenantDb } from '../db/tenant';
import { invalid } from '../errors';

export interface UsableSkill {
  id: string;
  name: string;
  status: 'APPROVED' | 'PROPOSED';
}

const pickAnother = (message: string) => invalid('Please correct the highlighted fields.', { skillId: [message] });

/**
 * The skill the caller may put on their own profile or a learning goal: an approved skill of their org, or
 * one they proposed themselves (usable at once while a steward reviews it). Another org's id is invisible
 * under row-level security, so it reads exactly like an id that does not exist.
 */
export async function findUsableSkill(db: TenantDb, ctx: TenantContext, skillId: string): Promise<UsableSkill> {
  const skill = await db.skill.findUnique({
    where: { orgId_id: { orgId: ctx.orgId, id: skillId } },
    select: { id: true, name: true, kind: true, status: true, proposedById: true, mergedInto: { select: { name: true } } },
  });
  if (!skill) throw pickAnother('Choose a skill from the list.');
  if (skill.kind === 'CATEGORY') throw pickAnother(`“${skill.name}” is a category; choose a skill in it.`);
  switch (skill.status) {
    case 'APPROVED':
      return { id: skill.id, name: skill.name, status: 'APPROVED' };
    case 'PROPOSED':
      if (skill.proposedById === ctx.employeeId) return { id: skill.id, name: skill.name, status: 'PROPOSED' };
      throw pickAnother(`“${skill.name}” is waiting for a steward’s review; choose another skill for now.`);
    case 'MERGED':
      throw pickAnother(`“${skill.name}” was merged into “${skill.mergedInto?.name ?? 'another skill'}”; choose that one.`);
    case 'RETIRED':
      throw pickAnother(`“${skill.name}” has been retired from the skill list; choose another skill.`);
    case 'REJECTED':
      throw pickAnother(`“${skill.name}” was not accepted as a skill; choose another skill.`);
  }
}
