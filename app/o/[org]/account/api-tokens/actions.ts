'use server';

import { revalidatePath } from 'next/cache';
import { createApiToken, createApiTokenInput, revokeApiToken, revokeApiTokenInput } from '@/lib/api-tokens';
import { tenantAction } from '@/lib/auth/tenant-action';

export const createApiTokenAction = tenantAction(createApiTokenInput, async (ctx, input) => {
  const created = await createApiToken(ctx, input);
  revalidatePath(`/o/${ctx.orgSlug}/account/api-tokens`);
  return created;
}, 'Token created. Copy it now: it will not be shown again.');

export const revokeApiTokenAction = tenantAction(revokeApiTokenInput, async (ctx, input) => {
  await revokeApiToken(ctx, input);
  revalidatePath(`/o/${ctx.orgSlug}/account/api-tokens`);
}, 'Token revoked. It no longer works.');
