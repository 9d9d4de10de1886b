'use server';

import { revalidatePath } from 'next/cache';
import { tenantAction } from '@/lib/auth/tenant-action';
import type { TenantContext } from '@/lib/auth/tenant-context';
import { confirmCycleCapacity, confirmCycleCapacityInput, createMentorRequest, mentorRequestInput, withdrawCycleRequest, withdrawCycleRequestInput } from '@/lib/mentoring';

const refresh = (ctx: TenantContext) => revalidatePath(`/o/${ctx.orgSlug}/mentors`, 'layout');

export const askInCycleAction = tenantAction(mentorRequestInput, async (ctx, input) => {
  const request = await createMentorRequest(ctx, input);
  refresh(ctx);
  return request;
}, 'You are signed up. You will hear from your mentor when the round is published.');

export const confirmCycleCapacityAction = tenantAction(confirmCycleCapacityInput, async (ctx, input) => {
  await confirmCycleCapacity(ctx, input);
  refresh(ctx);
}, 'Saved. Thank you for mentoring in this round.');

export const withdrawCycleRequestAction = tenantAction(withdrawCycleRequestInput, async (ctx, input) => {
  await withdrawCycleRequest(ctx, input);
  refresh(ctx);
}, 'Request withdrawn from the round.');
