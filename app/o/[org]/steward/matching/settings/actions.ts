'use server';

import { revalidatePath } from 'next/cache';
import { tenantAction } from '@/lib/auth/tenant-action';
import { matchingPolicyInput, previewMatchingPolicy, saveMatchingPolicy } from '@/lib/mentoring';

export const saveMatchingPolicyAction = tenantAction(
  matchingPolicyInput,
  async (ctx, input) => {
    const saved = await saveMatchingPolicy(ctx, input);
    revalidatePath(`/o/${ctx.orgSlug}/steward/matching/settings`);
    return saved;
  },
  'Weights and rules saved. New suggestions use them from now on.',
);

export const previewMatchingPolicyAction = tenantAction(matchingPolicyInput, (ctx, input) => previewMatchingPolicy(ctx, input), 'Preview ready. Nothing was saved.');
