'use server';

import { revalidatePath } from 'next/cache';
import { tenantAction } from '@/lib/auth/tenant-action';
import { saveDesignOutputsAsArtifact, saveDesignOutputsInput } from '@/lib/knowledge';
import { completePhase, designPhaseInput, savePhaseOutputs, savePhaseOutputsInput, startPhase, updatePhasePlan, updatePhasePlanInput } from '@/lib/sessions';

const sessionPath = (orgSlug: string, sessionId: string) => `/o/${orgSlug}/sessions/${sessionId}`;

export const startPhaseAction = tenantAction(designPhaseInput, async (ctx, input) => {
  await startPhase(ctx, input);
  revalidatePath(`${sessionPath(ctx.orgSlug, input.sessionId)}/facilitate`);
}, 'Phase started.');

export const completePhaseAction = tenantAction(designPhaseInput, async (ctx, input) => {
  await completePhase(ctx, input);
  revalidatePath(`${sessionPath(ctx.orgSlug, input.sessionId)}/facilitate`);
}, 'Phase completed.');

export const updatePhasePlanAction = tenantAction(updatePhasePlanInput, async (ctx, input) => {
  await updatePhasePlan(ctx, input);
  revalidatePath(`${sessionPath(ctx.orgSlug, input.sessionId)}/facilitate`);
}, 'Plan saved.');

export const savePhaseOutputsAction = tenantAction(savePhaseOutputsInput, async (ctx, input) => {
  const result = await savePhaseOutputs(ctx, input);
  if (result.status === 'SAVED') revalidatePath(`${sessionPath(ctx.orgSlug, input.sessionId)}/facilitate`);
  return result;
}, 'Outputs saved.');

export const saveDesignOutputsAction = tenantAction(saveDesignOutputsInput, async (ctx, input) => {
  const result = await saveDesignOutputsAsArtifact(ctx, input);
  revalidatePath(`${sessionPath(ctx.orgSlug, input.sessionId)}/artifacts`);
  return result;
}, 'Outputs saved as an artifact.');
