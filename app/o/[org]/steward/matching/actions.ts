'use server';

import { revalidatePath } from 'next/cache';
import { after } from 'next/server';
import { tenantAction } from '@/lib/auth/tenant-action';
import type { TenantContext } from '@/lib/auth/tenant-context';
import {
  createMatchingCycle,
  cycleIdInput,
  executeCycleRun,
  matchingCycleInput,
  publishCycle,
  setCycleStatus,
  setCycleStatusInput,
  setPairRule,
  setPairRuleInput,
  startCycleRun,
  updateMatchingCycle,
  updateMatchingCycleInput,
} from '@/lib/mentoring';

const refresh = (ctx: TenantContext) => revalidatePath(`/o/${ctx.orgSlug}/steward`, 'layout');

export const createMatchingCycleAction = tenantAction(matchingCycleInput, async (ctx, input) => {
  const cycle = await createMatchingCycle(ctx, input);
  refresh(ctx);
  return cycle;
}, 'Round created as a draft. Open sign-up when it is ready.');

export const updateMatchingCycleAction = tenantAction(updateMatchingCycleInput, async (ctx, input) => {
  await updateMatchingCycle(ctx, input);
  refresh(ctx);
}, 'Round saved.');

export const setCycleStatusAction = tenantAction(setCycleStatusInput, async (ctx, input) => {
  await setCycleStatus(ctx, input);
  refresh(ctx);
}, 'Sign-up updated.');

/** Responds at once; the run continues after the response and the page polls its progress. */
export const runCycleOptimizerAction = tenantAction(cycleIdInput, async (ctx, input) => {
  const { runId } = await startCycleRun(ctx, input.cycleId);
  after(() => executeCycleRun(ctx, runId));
  refresh(ctx);
  return { runId };
}, 'Optimizer started.');

export const setPairRuleAction = tenantAction(setPairRuleInput, async (ctx, input) => {
  await setPairRule(ctx, input);
  refresh(ctx);
}, 'Saved. Run the optimizer again to apply it.');

export const publishCycleAction = tenantAction(cycleIdInput, async (ctx, input) => {
  const result = await publishCycle(ctx, input);
  refresh(ctx);
  return result;
}, 'Published: the proposals and emails went out.');
