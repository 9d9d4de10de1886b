'use server';

import { revalidatePath } from 'next/cache';
import { tenantAction } from '@/lib/auth/tenant-action';
import { markAttendance, markAttendanceInput } from '@/lib/sessions';

export const markAttendanceAction = tenantAction(markAttendanceInput, async (ctx, input) => {
  const result = await markAttendance(ctx, input);
  revalidatePath(`/o/${ctx.orgSlug}/sessions`, 'layout');
  return result;
}, 'Attendance saved.');
