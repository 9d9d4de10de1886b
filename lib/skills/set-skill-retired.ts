import { z } from 'zod';
import { recordAuditEvent } from '../audit/record-audit-event';
import { requireRole, type TenantContext } from '../auth/tenant-context';
import { withTenant } from '../db/tenant';
import { conflict, notFound } from '../errors';
import { skillIdField } from './skill-fields';

export const skillIdInput = z.object({ skillId: skillIdField() });

/**
 * Retiring hides an approved skill from pickers and the finder's suggestions; people who already have it
 * keep it on their profiles, and restoring brings it back. A skill or category with approved skills under
 * it cannot be retired until they are moved or retired, so nothing live hangs under a retired parent.
 */
export async function setSkillRetired(ctx: TenantContext, input: z.output<typeof skillIdInput>, retired: boolean): Promise<void> {
  requireRole(ctx, 'STEWARD');
  await withTenant(ctx, async (db) => {
    const skill = await db.skill.findUnique({ where: { orgId_id: { orgId: ctx.orgId, id: input.skillId } }, select: { id: true, name: true, status: true, kind: true } });
    const from = retired ? 'APPROVED' : 'RETIRED';
    const to = retired ? 'RETIRED' : 'APPROVED';
    if (!skill || (skill.status !== from && skill.status !== to)) throw notFound('That skill');
    if (skill.status === to) return;
    if (retired) {
      const live = await db.skill.count({ where: { orgId: ctx.orgId, parentId: skill.id, status: { in: ['APPROVED', 'PROPOSED'] } } });
      if (live) throw conflict(`“${skill.name}” has ${live === 1 ? '1 skill' : `${live} skills`} under it. Move or retire ${live === 1 ? 'it' : 'them'} first.`);
    }
    await db.skill.update({ where: { orgId_id: { orgId: ctx.orgId, id: skill.id } }, data: { status: to } });
    await recordAuditEvent(db, ctx, { action: retired ? 'skill.retired' : 'skill.restored', entityType: 'Skill', entityId: skill.id, before: { name: skill.name, status: skill.status }, after: { name: skill.name, status: to } });
  });
}
