'use server';

import { revalidatePath } from 'next/cache';
import { tenantAction } from '@/lib/auth/tenant-action';
import type { TenantContext } from '@/lib/auth/tenant-context';
import {
  addStarterTaxonomy,
  addStarterTaxonomyInput,
  approveSkill,
  approveSkillInput,
  createSkill,
  createSkillInput,
  importTaxonomy,
  importTaxonomyInput,
  mergeSkills,
  mergeSkillsInput,
  rejectSkill,
  rejectSkillInput,
  setSkillRetired,
  skillIdInput,
  updateSkill,
  updateSkillInput,
} from '@/lib/skills';

const refresh = (ctx: TenantContext) => revalidatePath(`/o/${ctx.orgSlug}/steward`, 'layout');

export const createSkillAction = tenantAction(createSkillInput, async (ctx, input) => {
  const result = await createSkill(ctx, input);
  refresh(ctx);
  return result;
}, 'Added to the taxonomy.');

export const updateSkillAction = tenantAction(updateSkillInput, async (ctx, input) => {
  const result = await updateSkill(ctx, input);
  refresh(ctx);
  return result;
}, 'Changes saved.');

export const retireSkillAction = tenantAction(skillIdInput, async (ctx, input) => {
  await setSkillRetired(ctx, input, true);
  refresh(ctx);
}, 'Retired. People who have it keep it.');

export const restoreSkillAction = tenantAction(skillIdInput, async (ctx, input) => {
  await setSkillRetired(ctx, input, false);
  refresh(ctx);
}, 'Restored.');

// No revalidation here: it would re-render the merged skill's own page, which no longer exists, before the
// form moves on to the surviving skill. The form navigates there (or refreshes the review queue) itself.
export const mergeSkillsAction = tenantAction(mergeSkillsInput, (ctx, input) => mergeSkills(ctx, input), 'Merged.');

export const approveSkillAction = tenantAction(approveSkillInput, async (ctx, input) => {
  const result = await approveSkill(ctx, input);
  refresh(ctx);
  return result;
}, 'Approved.');

export const rejectSkillAction = tenantAction(rejectSkillInput, async (ctx, input) => {
  const result = await rejectSkill(ctx, input);
  refresh(ctx);
  return result;
}, 'Rejected.');

export const importTaxonomyAction = tenantAction(importTaxonomyInput, async (ctx, input) => {
  const report = await importTaxonomy(ctx, input);
  if (report.applied) refresh(ctx);
  return report;
}, 'Import checked.');

export const addStarterTaxonomyAction = tenantAction(addStarterTaxonomyInput, async (ctx) => {
  const result = await addStarterTaxonomy(ctx);
  refresh(ctx);
  return result;
}, 'Starter taxonomy added.');
