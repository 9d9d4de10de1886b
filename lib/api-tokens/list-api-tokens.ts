import type { TenantContext } from '../auth/tenant-context';
import { withTenant } from '../db/tenant';
import type { ApiTokenScope } from './api-token-scopes';

export interface ApiTokenRow {
  id: string;
  name: string;
  prefix: string;
  scopes: ApiTokenScope[];
  createdAt: Date;
  lastUsedAt: Date | null;
  expiresAt: Date | null;
  expired: boolean;
}

/**
 * The caller's own unrevoked tokens, newest first (the hash never leaves the database), with the caller's
 * time zone to show their dates in.
 */
export async function listApiTokens(ctx: TenantContext, now: Date = new Date()): Promise<{ tokens: ApiTokenRow[]; timeZone: string }> {
  const [rows, me] = await withTenant(ctx, (db) =>
    Promise.all([
      db.apiToken.findMany({
        where: { orgId: ctx.orgId, employeeId: ctx.employeeId, revokedAt: null },
        orderBy: [{ createdAt: 'desc' }, { id: 'asc' }],
        select: { id: true, name: true, prefix: true, scopes: true, createdAt: true, lastUsedAt: true, expiresAt: true },
      }),
      db.employee.findUniqueOrThrow({ where: { orgId_id: { orgId: ctx.orgId, id: ctx.employeeId } }, select: { timeZone: true } }),
    ]),
  );
  return {
    tokens: rows.map((row) => ({ ...row, scopes: row.scopes as ApiTokenScope[], expired: row.expiresAt !== null && row.expiresAt <= now })),
    timeZone: me.timeZone,
  };
}
