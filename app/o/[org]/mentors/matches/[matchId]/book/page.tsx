import { CalendarX } from 'lucide-react';
import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { MentoringTabs } from '@/components/mentoring/mentoring-tabs';
import { SlotPickerForm } from '@/components/sessions/slot-picker-form';
import { slotDays } from '@/components/sessions/slot-days';
import { UpcomingSessionList } from '@/components/sessions/upcoming-session-list';
import { BackLink } from '@/components/ui/back-link';
import { Card } from '@/components/ui/card';
import { EmptyState } from '@/components/ui/empty-state';
import { requireTenant } from '@/lib/auth/session';
import { zoneCity } from '@/lib/availability';
import { DomainError } from '@/lib/errors';
import { countProposalsWaitingForMe } from '@/lib/mentoring';
import { SESSION_DURATIONS, listMentorSlots } from '@/lib/sessions';
import { bookMentoringSessionAction } from './actions';

export const metadata: Metadata = { title: 'Book a session' };

async function load(org: string, matchId: string, duration: number) {
  const ctx = await requireTenant(org);
  try {
    const [view, waiting] = await Promise.all([listMentorSlots(ctx, matchId, duration), countProposalsWaitingForMe(ctx)]);
    return { ctx, view, waiting };
  } catch (error) {
    if (error instanceof DomainError && error.code === 'NOT_FOUND') notFound();
    throw error;
  }
}

export default async function BookSessionPage({ params, searchParams }: { params: Promise<{ org: string; matchId: string }>; searchParams: Promise<{ duration?: string }> }) {
  const { org, matchId } = await params;
  const duration = Number((await searchParams).duration) || SESSION_DURATIONS[0];
  const { ctx, view, waiting } = await load(org, matchId, duration);
  const base = `/o/${ctx.orgSlug}/mentors/matches/${view.matchId}`;
  const first = view.mentor.name.split(' ')[0]!;
  const when = new Intl.DateTimeFormat('en-US', { weekday: 'short', month: 'short', day: 'numeric', hour: 'numeric', minute: '2-digit', timeZone: view.learnerTimeZone });
  const days = slotDays(view.slots, view.learnerTimeZone, view.mentor.timeZone);

  return (
    <>
      <MentoringTabs orgSlug={ctx.orgSlug} current="learn" waiting={waiting} />
      <BackLink href={base}>{view.skillName} mentoring</BackLink>
      <h1 className="text-2xl font-semibold tracking-tight text-slate-900">Book a session with {view.mentor.name}</h1>
      <p className="mt-1 text-sm text-slate-600">
        {first}’s free times for the next four weeks, in your time zone ({zoneCity(view.learnerTimeZone)})
        {view.learnerTimeZone === view.mentor.timeZone ? '' : `, with ${first}’s own time beside each`}.
      </p>

      {view.upcoming.length > 0 && (
        <Card title="Booked" className="mt-6">
          <UpcomingSessionList orgSlug={ctx.orgSlug} sessions={view.upcoming} when={when} testId="upcoming-sessions" />
        </Card>
      )}

      <nav aria-label="Session length" className="mt-6 flex gap-2">
        {SESSION_DURATIONS.map((d) => (
          <Link
            key={d}
            href={`${base}/book?duration=${d}`}
            aria-current={d === view.durationMinutes ? 'page' : undefined}
            className={`rounded-md border px-3 py-1.5 text-sm font-medium ${d === view.durationMinutes ? 'border-brand-600 bg-brand-50 text-brand-700' : 'border-slate-300 bg-white text-slate-700 hover:bg-slate-50'}`}
          >
            {d} min
          </Link>
        ))}
      </nav>

      <div className="mt-4 max-w-4xl">
        {days.length === 0 ? (
          <EmptyState icon={CalendarX} title={`${first} has no free ${view.durationMinutes}-minute slot in the next four weeks`}>
            <p>Try a shorter session, or agree on a time with {first} directly: their weekly hours may be full or not set yet.</p>
          </EmptyState>
        ) : (
          <Card>
            <SlotPickerForm orgSlug={ctx.orgSlug} matchId={view.matchId} durationMinutes={view.durationMinutes} days={days} mentorFirstName={first} action={bookMentoringSessionAction} />
          </Card>
        )}
      </div>
    </>
  );
}
