'use server';

import { revalidatePath } from 'next/cache';
import { tenantAction } from '@/lib/auth/tenant-action';
import { submitFeedback, submitFeedbackInput } from '@/lib/sessions';

export const submitFeedbackAction = tenantAction(submitFeedbackInput, async (ctx, input) => {
  const result = await submitFeedback(ctx, input);
  revalidatePath(`/o/${ctx.orgSlug}/sessions`, 'layout');
  return result;
}, 'Feedback saved.');
