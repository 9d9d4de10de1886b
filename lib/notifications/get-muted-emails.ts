import type { TenantContext } from '../auth/tenant-context';
import { withTenant } from '../db/tenant';
import { SESSION_EMAIL_KINDS, type SessionEmailKind } from './session-email-kinds';

/** The session emails the caller has turned off. */
export async function getMutedEmails(ctx: TenantContext): Promise<SessionEmailKind[]> {
  const me = await withTenant(ctx, (db) => db.employee.findUniqueOrThrow({ where: { orgId_id: { orgId: ctx.orgId, id: ctx.employeeId } }, select: { mutedEmails: true } }));
  return SESSION_EMAIL_KINDS.map((k) => k.kind).filter((kind) => me.mutedEmails.includes(kind));
}
