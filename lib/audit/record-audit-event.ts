import type { Prisma } from '../db/generated/client';
import type { TenantDb } from '../db/tenant';
import type { TenantContext } from '../auth/tenant-context';

export interface AuditChange {
  action: string;
  entityType: string;
  entityId: string;
  before?: Prisma.InputJsonValue;
  after?: Prisma.InputJsonValue;
}

/** Writes the audit trail row for an administrative change, inside the change's own transaction. */
export async function recordAuditEvent(db: TenantDb, ctx: TenantContext, change: AuditChange): Promise<void> {
  await db.auditEvent.create({ data: { orgId: ctx.orgId, actorId: ctx.employeeId, ...change } });
}
