'use server';

import { revalidatePath } from 'next/cache';
import { tenantAction } from '@/lib/auth/tenant-action';
import { updateOrganizationSettings, updateOrganizationSettingsInput } from '@/lib/orgs';

export const saveOrganizationSettings = tenantAction(
  updateOrganizationSettingsInput,
  async (ctx, input) => {
    const result = await updateOrganizationSettings(ctx, input);
    revalidatePath(`/o/${ctx.orgSlug}`, 'layout');
    return result;
  },
  'Organization settings saved.',
);
