'use server';

import { revalidatePath } from 'next/cache';
import { tenantAction } from '@/lib/auth/tenant-action';
import { cancelSeat, cancelSession, cancelSessionInput, sessionIdInput } from '@/lib/sessions';

export const cancelSessionAction = tenantAction(cancelSessionInput, async (ctx, input) => {
  const result = await cancelSession(ctx, input);
  revalidatePath(`/o/${ctx.orgSlug}`, 'layout');
  return result;
}, 'Session canceled. The others have been emailed.');

export const leaveSessionAction = tenantAction(sessionIdInput, async (ctx, input) => {
  const result = await cancelSeat(ctx, input);
  revalidatePath(`/o/${ctx.orgSlug}`, 'layout');
  return result;
}, 'You left the session; your seat went to the next person waiting, if any.');
