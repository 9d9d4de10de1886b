import type { Metadata } from 'next';
import { CalendarFeedPanel } from '@/components/account/calendar-feed-panel';
import { EmailPreferencesForm } from '@/components/account/email-preferences-form';
import { AccountTabs } from '@/components/shell/account-tabs';
import { Card } from '@/components/ui/card';
import { PageHeader } from '@/components/ui/page-header';
import { requireTenant } from '@/lib/auth/session';
import { getCalendarFeed } from '@/lib/calendar-feed';
import { SESSION_EMAIL_KINDS, getMutedEmails } from '@/lib/notifications';
import { createCalendarFeedAction, revokeCalendarFeedAction, updateEmailPreferencesAction } from './actions';

export const metadata: Metadata = { title: 'Emails & calendar' };

export default async function AccountPage({ params }: { params: Promise<{ org: string }> }) {
  const ctx = await requireTenant((await params).org);
  const [muted, feed] = await Promise.all([getMutedEmails(ctx), getCalendarFeed(ctx)]);
  const since = feed.since && new Intl.DateTimeFormat('en-US', { dateStyle: 'medium', timeStyle: 'short', timeZone: feed.timeZone }).format(feed.since);

  return (
    <>
      <PageHeader title="Emails & calendar" description="Which emails you get about your peer sessions, and your sessions in your own calendar app." />
      <AccountTabs orgSlug={ctx.orgSlug} current="notifications" />

      <div className="flex max-w-3xl flex-col gap-6">
        <Card title="Session emails" description="Untick the ones you would rather not get. Sign-in links, invitations and mentoring emails always come.">
          <EmailPreferencesForm orgSlug={ctx.orgSlug} kinds={SESSION_EMAIL_KINDS} muted={muted} action={updateEmailPreferencesAction} />
        </Card>

        <Card title="Calendar feed" description="A private URL your calendar app subscribes to: sessions you are booked into appear there and stay up to date, and canceled ones drop off. Each session page also has its own invite to download.">
          <CalendarFeedPanel orgSlug={ctx.orgSlug} since={since || null} createAction={createCalendarFeedAction} revokeAction={revokeCalendarFeedAction} />
        </Card>
      </div>
    </>
  );
}
