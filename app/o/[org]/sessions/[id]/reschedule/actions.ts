'use server';

import { revalidatePath } from 'next/cache';
import { tenantAction } from '@/lib/auth/tenant-action';
import { rescheduleSession, rescheduleSessionInput } from '@/lib/sessions';

export const rescheduleSessionAction = tenantAction(rescheduleSessionInput, async (ctx, input) => {
  const result = await rescheduleSession(ctx, input);
  revalidatePath(`/o/${ctx.orgSlug}`, 'layout');
  return { sessionId: input.sessionId, ...result };
}, 'Session moved. The others will be emailed the new time.');
