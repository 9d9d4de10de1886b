import { z } from 'zod';
import { recordAuditEvent } from '../audit/record-audit-event';
import type { TenantContext } from '../auth/tenant-context';
import { withTenant } from '../db/tenant';
import { conflict, invalid } from '../errors';
import { API_TOKEN_SCOPES, grantableApiTokenScopes, type ApiTokenScope } from './api-token-scopes';
import { newApiTokenSecret } from './api-token-secret';

export const API_TOKEN_EXPIRY_DAYS = [7, 30, 90, 365] as const;
/** Live (unrevoked) tokens one person may hold at a time. */
export const MAX_LIVE_API_TOKENS = 20;

export const createApiTokenInput = z.object({
  name: z.string().trim().min(1, 'Name the token, e.g. after the tool that will use it.').max(80, 'Keep the name under 80 characters.'),
  // A list, or the form's comma-separated value.
  scopes: z
    .preprocess((value) => (typeof value === 'string' ? value.split(',').filter(Boolean) : value), z.array(z.enum(API_TOKEN_SCOPES, 'Choose from the listed permissions.')))
    .transform((scopes) => [...new Set(scopes)])
    .refine((scopes) => scopes.length > 0, 'Choose at least one permission.'),
  // Days until it stops working; empty means it never expires.
  expiresInDays: z.preprocess(
    (value) => (value === '' || value === null ? undefined : value),
    z.coerce
      .number()
      .refine((days) => (API_TOKEN_EXPIRY_DAYS as readonly number[]).includes(days), 'Choose one of the offered expiry periods.')
      .optional(),
  ),
});

export type CreateApiTokenInput = z.output<typeof createApiTokenInput>;

export interface CreatedApiToken {
  id: string;
  /** The token itself: shown once, never stored. */
  token: string;
  name: string;
  prefix: string;
  scopes: ApiTokenScope[];
  expiresAt: Date | null;
}

/** A personal API token for /api/v1 acting as the caller, limited to its scopes. */
export async function createApiToken(ctx: TenantContext, input: CreateApiTokenInput, now: Date = new Date()): Promise<CreatedApiToken> {
  const grantable = grantableApiTokenScopes(ctx.role);
  if (input.scopes.some((scope) => !grantable.includes(scope))) throw invalid('Please correct the highlighted fields.', { scopes: ['Choose from the listed permissions.'] });
  const { token, tokenHash, prefix } = newApiTokenSecret();
  const expiresAt = input.expiresInDays ? new Date(now.getTime() + input.expiresInDays * 86_400_000) : null;
  return withTenant(ctx, async (db) => {
    const live = await db.apiToken.count({ where: { orgId: ctx.orgId, employeeId: ctx.employeeId, revokedAt: null } });
    if (live >= MAX_LIVE_API_TOKENS) throw conflict(`You have ${MAX_LIVE_API_TOKENS} tokens already. Revoke one you no longer use first.`);
    const row = await db.apiToken.create({
      data: { orgId: ctx.orgId, employeeId: ctx.employeeId, name: input.name, prefix, tokenHash, scopes: input.scopes, expiresAt, createdAt: now },
      select: { id: true },
    });
    await recordAuditEvent(db, ctx, { action: 'api_token.created', entityType: 'ApiToken', entityId: row.id, after: { name: input.name, prefix, scopes: input.scopes, expiresAt: expiresAt?.toISOString() ?? null } });
    return { id: row.id, token, name: input.name, prefix, scopes: input.scopes, expiresAt };
  });
}
