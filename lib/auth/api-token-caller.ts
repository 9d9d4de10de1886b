import { LAST_USED_RESOLUTION_MS, hashApiToken, looksLikeApiToken, recordApiTokenUse, type ApiTokenScope } from '../api-tokens';
import { findLiveApiTokenByHash } from '../db/system';
import { contextFromMembership, type TenantContext } from './tenant-context';

/** Who is calling the JSON API: the token owner's TenantContext (the org comes from the token) and its scopes. */
export interface ApiTokenCaller {
  ctx: TenantContext;
  tokenId: string;
  scopes: ApiTokenScope[];
}

/** The caller behind a bearer token, or null when it is malformed, unknown, revoked, expired or its owner left. */
export async function resolveApiTokenCaller(token: string, now: Date = new Date()): Promise<ApiTokenCaller | null> {
  if (!looksLikeApiToken(token)) return null;
  const found = await findLiveApiTokenByHash(hashApiToken(token), now);
  if (!found) return null;
  const ctx = contextFromMembership(found.userId, found.membership);
  if (!found.lastUsedAt || now.getTime() - found.lastUsedAt.getTime() >= LAST_USED_RESOLUTION_MS) await recordApiTokenUse(ctx, found.id, now);
  return { ctx, tokenId: found.id, scopes: found.scopes as ApiTokenScope[] };
}
