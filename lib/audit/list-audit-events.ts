import { requireRole, type TenantContext } from '../auth/tenant-context';
import { withTenant } from '../db/tenant';

export interface AuditEventRow {
  id: string;
  at: Date;
  action: string;
  entityType: string;
  entityId: string;
  actorName: string | null;
}

/** The newest audit events of the caller's org (admins only). */
export async function listAuditEvents(ctx: TenantContext, limit = 20): Promise<AuditEventRow[]> {
  requireRole(ctx, 'ADMIN');
  return withTenant(ctx, async (db) => {
    const rows = await db.auditEvent.findMany({
      where: { orgId: ctx.orgId },
      orderBy: { at: 'desc' },
      take: limit,
      select: { id: true, at: true, action: true, entityType: true, entityId: true, actor: { select: { name: true } } },
    });
    return rows.map(({ actor, ...row }) => ({ ...row, actorName: actor?.name ?? null }));
  });
}
