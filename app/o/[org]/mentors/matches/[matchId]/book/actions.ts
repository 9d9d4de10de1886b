'use server';

import { revalidatePath } from 'next/cache';
import { tenantAction } from '@/lib/auth/tenant-action';
import { bookMentoringSession, bookMentoringSessionInput } from '@/lib/sessions';

export const bookMentoringSessionAction = tenantAction(bookMentoringSessionInput, async (ctx, input) => {
  const result = await bookMentoringSession(ctx, input);
  revalidatePath(`/o/${ctx.orgSlug}/mentors`, 'layout');
  return result;
}, 'Session booked.');
