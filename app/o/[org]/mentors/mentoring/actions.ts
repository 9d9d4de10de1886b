'use server';

import { revalidatePath } from 'next/cache';
import { tenantAction } from '@/lib/auth/tenant-action';
import type { TenantContext } from '@/lib/auth/tenant-context';
import { respondToProposal, respondToProposalInput, unblockFromMatching, unblockFromMatchingInput } from '@/lib/mentoring';

const refresh = (ctx: TenantContext) => revalidatePath(`/o/${ctx.orgSlug}/mentors`, 'layout');

export const respondToProposalAction = tenantAction(respondToProposalInput, async (ctx, input) => {
  const answer = await respondToProposal(ctx, input);
  refresh(ctx);
  return answer;
}, 'Answer sent.');

export const unblockFromMatchingAction = tenantAction(unblockFromMatchingInput, async (ctx, input) => {
  await unblockFromMatching(ctx, input);
  refresh(ctx);
}, 'Removed from your list.');
