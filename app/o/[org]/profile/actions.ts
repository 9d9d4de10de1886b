'use server';

import { revalidatePath } from 'next/cache';
import { tenantAction } from '@/lib/auth/tenant-action';
import type { TenantContext } from '@/lib/auth/tenant-context';
import {
  addAvailabilityWindow,
  addAvailabilityWindowInput,
  addTimeOff,
  addTimeOffInput,
  deleteLearningGoal,
  deleteLearningGoalInput,
  removeAvailabilityWindow,
  removeAvailabilityWindowInput,
  removeMySkill,
  removeMySkillInput,
  removeTimeOff,
  removeTimeOffInput,
  saveLearningGoal,
  saveLearningGoalInput,
  setGoalStatus,
  setGoalStatusInput,
  updateAbout,
  updateAboutInput,
  updateAvailabilityWindow,
  updateAvailabilityWindowInput,
  updateMentoringCapacity,
  updateMentoringCapacityInput,
  upsertMySkill,
  upsertMySkillInput,
} from '@/lib/profiles';
import { proposeSkill, proposeSkillInput } from '@/lib/skills';

// Every action edits the signed-in employee's own profile: the employee id comes from the session's
// TenantContext inside each domain function, never from the form.

const refresh = (ctx: TenantContext) => revalidatePath(`/o/${ctx.orgSlug}/profile`);

function refreshing<I, R>(run: (ctx: TenantContext, input: I) => Promise<R>) {
  return async (ctx: TenantContext, input: I) => {
    const result = await run(ctx, input);
    refresh(ctx);
    return result;
  };
}

export const saveAboutAction = tenantAction(updateAboutInput, refreshing(updateAbout), 'About you saved.');
export const saveMySkillAction = tenantAction(upsertMySkillInput, refreshing(upsertMySkill), 'Skill saved.');
export const removeMySkillAction = tenantAction(removeMySkillInput, refreshing(removeMySkill), 'Skill removed.');
export const proposeSkillAction = tenantAction(proposeSkillInput, refreshing(proposeSkill), 'Skill proposed. Set your level and save to add it to your profile.');
export const saveLearningGoalAction = tenantAction(saveLearningGoalInput, refreshing(saveLearningGoal), 'Learning goal saved.');
export const setGoalStatusAction = tenantAction(setGoalStatusInput, refreshing(setGoalStatus), 'Status updated.');
export const deleteLearningGoalAction = tenantAction(deleteLearningGoalInput, refreshing(deleteLearningGoal), 'Learning goal deleted.');
export const addAvailabilityWindowAction = tenantAction(addAvailabilityWindowInput, refreshing(addAvailabilityWindow), 'Window added.');
export const updateAvailabilityWindowAction = tenantAction(updateAvailabilityWindowInput, refreshing(updateAvailabilityWindow), 'Window updated.');
export const removeAvailabilityWindowAction = tenantAction(removeAvailabilityWindowInput, refreshing(removeAvailabilityWindow), 'Window removed.');
export const addTimeOffAction = tenantAction(addTimeOffInput, refreshing(addTimeOff), 'Time off added.');
export const removeTimeOffAction = tenantAction(removeTimeOffInput, refreshing(removeTimeOff), 'Time off removed.');
export const saveMentoringCapacityAction = tenantAction(updateMentoringCapacityInput, refreshing(updateMentoringCapacity), 'Mentoring capacity saved.');
