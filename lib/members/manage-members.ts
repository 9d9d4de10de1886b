import { z } from 'zod';
import { recordAuditEvent } from '../audit/record-audit-event';
import { requireRole, type TenantContext } from '../auth/tenant-context';
import type { Role } from '../db/generated/enums';
import { withTenant, type TenantDb } from '../db/tenant';
import { conflict, notFound } from '../errors';

export const changeMemberRoleInput = z.object({
  employeeId: z.uuid('That member was not found.'),
  role: z.enum(['EMPLOYEE', 'STEWARD', 'HR_ADMIN', 'ADMIN'], 'Choose a role'),
});

export const memberIdInput = z.object({ employeeId: z.uuid('That member was not found.') });

async function findMember(db: TenantDb, ctx: TenantContext, employeeId: string) {
  const member = await db.employee.findUnique({ where: { orgId_id: { orgId: ctx.orgId, id: employeeId } }, select: { id: true, name: true, role: true, status: true } });
  if (!member) throw notFound('That member');
  return member;
}

/** Refuses a change that would leave the org without an active admin (nobody could manage it). */
async function assertAnotherAdminRemains(db: TenantDb, ctx: TenantContext, employeeId: string): Promise<void> {
  const others = await db.employee.count({ where: { orgId: ctx.orgId, role: 'ADMIN', status: 'ACTIVE', id: { not: employeeId } } });
  if (others === 0) throw conflict('This is the last active org admin. Make someone else an admin first.');
}

export async function changeMemberRole(ctx: TenantContext, input: z.output<typeof changeMemberRoleInput>): Promise<{ role: Role }> {
  requireRole(ctx, 'ADMIN');
  return withTenant(ctx, async (db) => {
    const member = await findMember(db, ctx, input.employeeId);
    if (member.role === input.role) return { role: member.role };
    if (member.role === 'ADMIN') await assertAnotherAdminRemains(db, ctx, member.id);
    await db.employee.update({ where: { orgId_id: { orgId: ctx.orgId, id: member.id } }, data: { role: input.role } });
    await recordAuditEvent(db, ctx, { action: 'member.role_changed', entityType: 'Employee', entityId: member.id, before: { role: member.role }, after: { role: input.role } });
    return { role: input.role };
  });
}

/**
 * Deactivation keeps the member's history; they can no longer open the org (every request re-checks the
 * membership, so their existing sessions stop working there at once). Reactivation undoes it.
 */
export async function setMemberActive(ctx: TenantContext, input: z.output<typeof memberIdInput>, active: boolean): Promise<void> {
  requireRole(ctx, 'ADMIN');
  await withTenant(ctx, async (db) => {
    const member = await findMember(db, ctx, input.employeeId);
    const status = active ? 'ACTIVE' : 'DEACTIVATED';
    if (member.status === status) return;
    if (!active) {
      if (member.id === ctx.employeeId) throw conflict('You cannot deactivate yourself.');
      if (member.role === 'ADMIN') await assertAnotherAdminRemains(db, ctx, member.id);
    }
    await db.employee.update({ where: { orgId_id: { orgId: ctx.orgId, id: member.id } }, data: { status } });
    await recordAuditEvent(db, ctx, { action: active ? 'member.reactivated' : 'member.deactivated', entityType: 'Employee', entityId: member.id, before: { status: member.status }, after: { status } });
  });
}
