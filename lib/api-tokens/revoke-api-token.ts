import { z } from 'zod';
import { recordAuditEvent } from '../audit/record-audit-event';
import type { TenantContext } from '../auth/tenant-context';
import { withTenant } from '../db/tenant';
import { notFound } from '../errors';

export const revokeApiTokenInput = z.object({ tokenId: z.uuid('That token was not found.') });
export type RevokeApiTokenInput = z.output<typeof revokeApiTokenInput>;

/** Stops one of the caller's own tokens from working; anyone else's token is "not found". */
export async function revokeApiToken(ctx: TenantContext, input: RevokeApiTokenInput, now: Date = new Date()): Promise<void> {
  await withTenant(ctx, async (db) => {
    const token = await db.apiToken.findFirst({ where: { orgId: ctx.orgId, id: input.tokenId, employeeId: ctx.employeeId, revokedAt: null }, select: { id: true, name: true, prefix: true } });
    if (!token) throw notFound('That token');
    await db.apiToken.update({ where: { orgId_id: { orgId: ctx.orgId, id: token.id } }, data: { revokedAt: now } });
    await recordAuditEvent(db, ctx, { action: 'api_token.revoked', entityType: 'ApiToken', entityId: token.id, before: { name: token.name, prefix: token.prefix } });
  });
}
