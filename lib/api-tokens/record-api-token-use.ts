import type { TenantContext } from '../auth/tenant-context';
import { withTenant } from '../db/tenant';

/** How stale "last used" may get: a busy integration writes it at most once a minute, not on every call. */
export const LAST_USED_RESOLUTION_MS = 60_000;

/** Notes that a token was just used, unless that was already noted within the last minute. */
export async function recordApiTokenUse(ctx: TenantContext, tokenId: string, now: Date = new Date()): Promise<void> {
  const cutoff = new Date(now.getTime() - LAST_USED_RESOLUTION_MS);
  await withTenant(ctx, (db) =>
    db.apiToken.updateMany({ where: { orgId: ctx.orgId, id: tokenId, OR: [{ lastUsedAt: null }, { lastUsedAt: { lt: cutoff } }] }, data: { lastUsedAt: now } }),
  );
}
