'use server';

import { revalidatePath } from 'next/cache';
import { tenantAction } from '@/lib/auth/tenant-action';
import { bookSeat, sessionIdInput } from '@/lib/sessions';

export const bookSeatAction = tenantAction(sessionIdInput, async (ctx, input) => {
  const result = await bookSeat(ctx, input);
  revalidatePath(`/o/${ctx.orgSlug}`, 'layout');
  return result;
}, 'Booked.');
