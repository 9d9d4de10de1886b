'use server';

import { revalidatePath } from 'next/cache';
import { tenantAction } from '@/lib/auth/tenant-action';
import { createGroupSession, createGroupSessionInput } from '@/lib/sessions';

export const createGroupSessionAction = tenantAction(createGroupSessionInput, async (ctx, input) => {
  const result = await createGroupSession(ctx, input);
  revalidatePath(`/o/${ctx.orgSlug}`, 'layout');
  return result;
}, 'Session created.');
