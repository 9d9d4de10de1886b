'use server';

import { revalidatePath } from 'next/cache';
import { tenantAction } from '@/lib/auth/tenant-action';
import { endMatch, endMatchInput } from '@/lib/mentoring';

export const endMatchAction = tenantAction(endMatchInput, async (ctx, input) => {
  const result = await endMatch(ctx, input);
  revalidatePath(`/o/${ctx.orgSlug}/mentors`, 'layout');
  return result;
}, 'Match ended. The other side has been emailed.');
