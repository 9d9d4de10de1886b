import { BookOpen, CalendarClock, MapPin, MessageSquareText, Users } from 'lucide-react';
import type { Metadata } from 'next';
import Link from 'next/link';
import { CancelSessionForm } from '@/components/sessions/cancel-session-form';
import { SessionsTabs } from '@/components/sessions/sessions-tabs';
import { Badge } from '@/components/ui/badge';
import { ButtonLink } from '@/components/ui/button';
import { EmptyState } from '@/components/ui/empty-state';
import { InlineActionForm } from '@/components/ui/inline-action-form';
import { PageHeader } from '@/components/ui/page-header';
import { Pager } from '@/components/ui/pager';
import { TabNav } from '@/components/ui/tab-nav';
import { requireTenant } from '@/lib/auth/session';
import { zoneCity } from '@/lib/availability';
import { pageHref } from '@/lib/pagination';
import { MY_SESSION_TABS, listFeedbackDue, listMySessions, mySessionsQuery, type MySession, type MySessionTab } from '@/lib/sessions';
import { cancelSessionAction, leaveSessionAction } from './actions';

export const metadata: Metadata = { title: 'Sessions' };

const TAB_LABELS: Record<MySessionTab, string> = { upcoming: 'Upcoming', past: 'Past', canceled: 'Canceled' };
const KIND_LABELS: Record<MySession['kind'], string> = { MENTORING: '1:1 mentoring', WORKSHOP: 'Workshop', DESIGN_THINKING: 'Design thinking', SPRINT_CHECKIN: 'Sprint check-in' };
const EMPTY: Record<MySessionTab, string> = {
  upcoming: 'No sessions coming up. Book one from an active mentorship under Mentoring.',
  past: 'Sessions you have had will show here.',
  canceled: 'Nothing canceled.',
};

export default async function SessionsPage({ params, searchParams }: { params: Promise<{ org: string }>; searchParams: Promise<Record<string, string | undefined>> }) {
  const ctx = await requireTenant((await params).org);
  const query = mySessionsQuery.parse(await searchParams);
  const now = new Date();
  const [result, due] = await Promise.all([listMySessions(ctx, query, now), listFeedbackDue(ctx, now)]);
  const feedbackDue = new Map(due.map((d) => [d.sessionId, d.closesAt]));
  const me = { timeZone: result.timeZone };
  const base = `/o/${ctx.orgSlug}/sessions`;
  const day = new Intl.DateTimeFormat('en-US', { weekday: 'short', month: 'short', day: 'numeric', year: 'numeric', timeZone: me.timeZone });
  const time = new Intl.DateTimeFormat('en-US', { hour: 'numeric', minute: '2-digit', timeZone: me.timeZone });

  return (
    <>
      <SessionsTabs orgSlug={ctx.orgSlug} current="mine" />
      <PageHeader title="Sessions" description={`Your peer sessions, as host or participant, in your time zone (${zoneCity(me.timeZone)}).`} />
      <TabNav label="Sessions" current={query.tab} tabs={MY_SESSION_TABS.map((tab) => ({ key: tab, label: TAB_LABELS[tab], href: tab === 'upcoming' ? base : `${base}?tab=${tab}`, badge: tab === 'past' ? { count: due.length, srLabel: 'waiting for your feedback' } : undefined }))} />
      {result.sessions.length === 0 ? (
        <EmptyState icon={BookOpen} title={`No ${TAB_LABELS[query.tab].toLowerCase()} sessions`} action={query.tab === 'upcoming' ? <ButtonLink href={`/o/${ctx.orgSlug}/mentors`}>Go to Mentoring</ButtonLink> : undefined}>
          <p>{EMPTY[query.tab]}</p>
        </EmptyState>
      ) : (
        <>
          <ul className="flex flex-col gap-3" data-testid={`sessions-${query.tab}`}>
            {result.sessions.map((s) => (
              <li key={s.id} className="rounded-lg border border-slate-200 bg-white p-4 shadow-xs">
                <div className="flex flex-wrap items-start justify-between gap-3">
                  <div className="min-w-0">
                    <div className="flex flex-wrap items-center gap-2">
                      <h2 className="text-base font-semibold text-slate-900">
                        <Link href={`${base}/${s.id}`} className="hover:underline">
                          {s.title}
                        </Link>
                      </h2>
                      <Badge tone={s.kind === 'MENTORING' ? 'brand' : 'slate'}>{KIND_LABELS[s.kind]}</Badge>
                      {s.myStatus === 'WAITLISTED' && <Badge tone="amber">Waitlisted</Badge>}
                    </div>
                    <p className="mt-1 flex items-center gap-1.5 text-sm text-slate-700">
                      <CalendarClock aria-hidden className="size-4 shrink-0 text-slate-500" />
                      {day.format(s.startsAt)} · {time.format(s.startsAt)}–{time.format(s.endsAt)}
                    </p>
                    <p className="mt-1 flex items-center gap-1.5 text-sm text-slate-600">
                      <Users aria-hidden className="size-4 shrink-0 text-slate-500" />
                      {s.kind === 'MENTORING'
                        ? `With ${s.myRole === 'HOST' ? (s.others[0]?.name ?? 'your mentee') : s.host.name}`
                        : `Hosted by ${s.myRole === 'HOST' ? 'you' : s.host.name} · ${s.seatsTaken} of ${s.capacity} seats taken`}
                    </p>
                    {s.location && (
                      <p className="mt-1 flex items-center gap-1.5 text-sm text-slate-600">
                        <MapPin aria-hidden className="size-4 shrink-0 text-slate-500" /> {s.location}
                      </p>
                    )}
                    {s.agenda && <p className="mt-2 whitespace-pre-line text-sm text-slate-700">{s.agenda}</p>}
                    {s.cancelReason && <p className="mt-2 text-sm text-slate-600">Canceled: {s.cancelReason}</p>}
                    {s.matchId && (
                      <Link href={`/o/${ctx.orgSlug}/mentors/matches/${s.matchId}`} className="mt-2 inline-block text-sm font-medium text-brand-700 underline underline-offset-2">
                        The mentorship
                      </Link>
                    )}
                  </div>
                </div>
                {query.tab === 'past' && feedbackDue.has(s.id) && (
                  <div className="mt-3 flex flex-wrap items-center gap-x-3 gap-y-1">
                    <ButtonLink href={`${base}/${s.id}/feedback`} variant="secondary">
                      <MessageSquareText aria-hidden className="size-4" /> Give feedback<span className="sr-only"> on {s.title}</span>
                    </ButtonLink>
                    <span className="text-xs text-slate-600">Open until {day.format(feedbackDue.get(s.id)!)}</span>
                  </div>
                )}
                {query.tab === 'upcoming' && s.startsAt > now && (
                  <div className="mt-3 flex flex-wrap gap-2">
                    {s.myRole === 'HOST' || s.kind === 'MENTORING' ? (
                      <CancelSessionForm orgSlug={ctx.orgSlug} sessionId={s.id} title={s.title} action={cancelSessionAction} />
                    ) : (
                      <InlineActionForm action={leaveSessionAction} fields={{ orgSlug: ctx.orgSlug, sessionId: s.id }} label={s.myStatus === 'WAITLISTED' ? 'Leave the waitlist' : 'Leave the session'} context={s.title} />
                    )}
                  </div>
                )}
              </li>
            ))}
          </ul>
          <Pager summary={`${result.total.toLocaleString('en-US')} ${result.total === 1 ? 'session' : 'sessions'} · page ${result.page} of ${result.pageCount}`} page={result.page} pageCount={result.pageCount} href={(page) => pageHref(base, { tab: query.tab === 'upcoming' ? undefined : query.tab }, page)} />
        </>
      )}
    </>
  );
}
