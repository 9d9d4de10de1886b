'use server';

import { revalidatePath } from 'next/cache';
import { tenantAction } from '@/lib/auth/tenant-action';
import { calendarFeedInput, createCalendarFeed, revokeCalendarFeed } from '@/lib/calendar-feed';
import { emailPreferencesInput, updateEmailPreferences } from '@/lib/notifications';

export const updateEmailPreferencesAction = tenantAction(emailPreferencesInput, async (ctx, input) => {
  const result = await updateEmailPreferences(ctx, input);
  revalidatePath(`/o/${ctx.orgSlug}/account`);
  return result;
}, 'Email preferences saved.');

export const createCalendarFeedAction = tenantAction(calendarFeedInput, async (ctx, input) => {
  const result = await createCalendarFeed(ctx, input);
  revalidatePath(`/o/${ctx.orgSlug}/account`);
  return result;
}, 'Your calendar feed URL is ready. Copy it now: it is shown only once.');

export const revokeCalendarFeedAction = tenantAction(calendarFeedInput, async (ctx, input) => {
  const result = await revokeCalendarFeed(ctx, input);
  revalidatePath(`/o/${ctx.orgSlug}/account`);
  return result;
}, 'Calendar feed turned off. Calendars subscribed to it get no more updates.');
