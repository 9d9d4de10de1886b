import type { Metadata } from 'next';
import { HostSessionForm } from '@/components/sessions/host-session-form';
import { SessionsTabs } from '@/components/sessions/sessions-tabs';
import { Card } from '@/components/ui/card';
import { PageHeader } from '@/components/ui/page-header';
import { requireTenant } from '@/lib/auth/session';
import { MAX_SESSION_SKILLS, getHostingChoices } from '@/lib/sessions';
import { createGroupSessionAction } from './actions';

export const metadata: Metadata = { title: 'Host a session' };

export default async function HostSessionPage({ params }: { params: Promise<{ org: string }> }) {
  const ctx = await requireTenant((await params).org);
  const choices = await getHostingChoices(ctx);
  return (
    <>
      <SessionsTabs orgSlug={ctx.orgSlug} current="new" />
      <PageHeader title="Host a session" description="Run a workshop, a design-thinking session or a skill-sprint check-in for colleagues. Others find it under Browse and book a seat; when it is full they join the waitlist." />
      <Card className="max-w-3xl">
        <HostSessionForm orgSlug={ctx.orgSlug} timeZone={choices.timeZone} today={choices.today} skills={choices.skills} communities={choices.communities} maxSkills={MAX_SESSION_SKILLS} action={createGroupSessionAction} />
      </Card>
    </>
  );
}
