import { CalendarClock, CalendarPlus, ClipboardCheck, FileText, Lightbulb, MapPin, MessageSquareText, Repeat, Users, Video } from 'lucide-react';
import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { BookSeatForm } from '@/components/sessions/book-seat-form';
import { CancelSessionForm } from '@/components/sessions/cancel-session-form';
import { SessionKindBadge } from '@/components/sessions/session-kind';
import { SessionsTabs } from '@/components/sessions/sessions-tabs';
import { ViewerStatusBadge } from '@/components/sessions/viewer-status-badge';
import { BackLink } from '@/components/ui/back-link';
import { Badge } from '@/components/ui/badge';
import { Card } from '@/components/ui/card';
import { InlineActionForm } from '@/components/ui/inline-action-form';
import { SuccessNotice } from '@/components/ui/success-notice';
import { requireTenant } from '@/lib/auth/session';
import { zoneCity } from '@/lib/availability';
import { DomainError } from '@/lib/errors';
import { getSession, type SessionDetail } from '@/lib/sessions';
import { cancelSessionAction, leaveSessionAction } from '../actions';
import { bookSeatAction } from './actions';

export const metadata: Metadata = { title: 'Session' };

async function load(org: string, id: string) {
  const ctx = await requireTenant(org);
  try {
    return { ctx, session: await getSession(ctx, id) };
  } catch (error) {
    if (error instanceof DomainError && error.code === 'NOT_FOUND') notFound();
    throw error;
  }
}

function webLink(location: string): string | null {
  try {
    const url = new URL(location);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : null;
  } catch {
    return null;
  }
}

function timeRange(s: SessionDetail, zone: string, withDay: boolean) {
  const day = new Intl.DateTimeFormat('en-US', { weekday: 'short', month: 'short', day: 'numeric', year: 'numeric', timeZone: zone });
  const time = new Intl.DateTimeFormat('en-US', { hour: 'numeric', minute: '2-digit', timeZone: zone });
  const range = `${time.format(s.startsAt)}–${time.format(s.endsAt)}`;
  return withDay ? `${day.format(s.startsAt)} · ${range}` : range;
}

export default async function SessionPage({ params, searchParams }: { params: Promise<{ org: string; id: string }>; searchParams: Promise<{ rescheduled?: string }> }) {
  const { org, id } = await params;
  const rescheduled = (await searchParams).rescheduled === '1';
  const { ctx, session: s } = await load(org, id);
  const base = `/o/${ctx.orgSlug}/sessions/${s.id}`;
  const viewerZone = s.viewer.timeZone;
  const sameDayForHost = new Intl.DateTimeFormat('en-US', { dateStyle: 'short', timeZone: viewerZone }).format(s.startsAt) === new Intl.DateTimeFormat('en-US', { dateStyle: 'short', timeZone: s.host.timeZone }).format(s.startsAt);
  const minutes = Math.round((s.endsAt.getTime() - s.startsAt.getTime()) / 60_000);
  const link = s.location ? webLink(s.location) : null;
  const group = s.kind !== 'MENTORING';
  const seatsLeft = Math.max(0, s.capacity - s.seatsTaken);
  const past = s.endsAt <= new Date();
  const hostIsMe = s.viewer.status === 'HOST';

  const links = [
    s.can.facilitate && { href: `${base}/facilitate`, label: 'Facilitate the phases', icon: Lightbulb },
    s.can.artifacts && { href: `${base}/artifacts`, label: 'Notes & artifacts', icon: FileText },
    s.can.feedback && { href: `${base}/feedback`, label: 'Feedback', icon: MessageSquareText },
    s.can.attendance && { href: `${base}/attendance`, label: 'Attendance', icon: ClipboardCheck },
    s.can.reschedule && { href: `${base}/reschedule`, label: 'Reschedule', icon: Repeat },
  ].filter((l) => l !== false);

  return (
    <>
      <SessionsTabs orgSlug={ctx.orgSlug} current={null} />
      <BackLink href={group ? `/o/${ctx.orgSlug}/sessions/browse` : `/o/${ctx.orgSlug}/sessions`}>{group ? 'Browse sessions' : 'My sessions'}</BackLink>
      <div className="mb-6 flex flex-col gap-2">
        <div className="flex flex-wrap items-center gap-2">
          <SessionKindBadge kind={s.kind} />
          {s.status === 'CANCELED' && <Badge tone="amber">Canceled</Badge>}
          {s.status !== 'CANCELED' && past && <Badge>Past</Badge>}
          <ViewerStatusBadge status={s.viewer.status} waitlistPosition={s.viewer.waitlistPosition} />
        </div>
        <h1 className="text-2xl font-semibold tracking-tight text-slate-900">{s.title}</h1>
        <p className="text-sm text-slate-600">
          Hosted by {hostIsMe ? 'you' : s.host.name}
          {s.host.title && !hostIsMe ? ` · ${s.host.title}` : ''}
        </p>
      </div>

      {rescheduled && (
        <div className="mb-6 rounded-md border border-emerald-200 bg-emerald-50 px-3 py-2">
          <SuccessNotice message="Session moved. The others will be emailed the new time and your reason." />
        </div>
      )}

      {s.status === 'CANCELED' && s.cancelReason && (
        <p className="mb-6 rounded-md border border-amber-200 bg-amber-50 px-3 py-2 text-sm text-amber-900" data-testid="cancel-reason">
          This session was canceled: {s.cancelReason}
        </p>
      )}

      {/* Below lg the two columns dissolve (display: contents) and `order` puts booking right after the time. */}
      <div className="flex flex-col gap-6 lg:grid lg:grid-cols-[minmax(0,1fr)_20rem] lg:items-start">
        <div className="contents lg:flex lg:min-w-0 lg:flex-col lg:gap-6">
          <Card className="order-1">
            <dl className="flex flex-col gap-4 text-sm">
              <div className="flex gap-3">
                <dt>
                  <CalendarClock aria-hidden className="mt-0.5 size-4 text-slate-500" />
                  <span className="sr-only">When</span>
                </dt>
                <dd className="flex flex-col gap-0.5">
                  <span className="font-medium text-slate-900" data-testid="session-when">
                    {timeRange(s, viewerZone, true)}
                  </span>
                  <span className="text-slate-600">
                    {minutes} min · your time ({zoneCity(viewerZone)})
                    {s.host.timeZone !== viewerZone && !hostIsMe && ` · ${timeRange(s, s.host.timeZone, !sameDayForHost)} for ${s.host.name.split(' ')[0]} in ${zoneCity(s.host.timeZone)}`}
                  </span>
                  {s.rescheduleReason && <span className="text-slate-600">Moved: {s.rescheduleReason}</span>}
                </dd>
              </div>
              <div className="flex gap-3">
                <dt>
                  {link ? <Video aria-hidden className="mt-0.5 size-4 text-slate-500" /> : <MapPin aria-hidden className="mt-0.5 size-4 text-slate-500" />}
                  <span className="sr-only">Where</span>
                </dt>
                <dd className="min-w-0 break-words">
                  {link ? (
                    <a href={link} target="_blank" rel="noopener noreferrer" className="font-medium text-brand-700 underline underline-offset-2">
                      {s.location}
                    </a>
                  ) : (
                    <span className={s.location ? 'text-slate-900' : 'text-slate-500'}>{s.location ?? 'No room or link yet'}</span>
                  )}
                </dd>
              </div>
              {s.community && (
                <div className="flex gap-3">
                  <dt>
                    <Users aria-hidden className="mt-0.5 size-4 text-slate-500" />
                    <span className="sr-only">Community</span>
                  </dt>
                  <dd className="text-slate-900">{s.community.name} community</dd>
                </div>
              )}
            </dl>
            {s.skills.length > 0 && (
              <div className="mt-4 border-t border-slate-100 pt-4">
                <h2 className="sr-only">Skills</h2>
                <ul className="flex flex-wrap gap-1.5" aria-label="Skills">
                  {s.skills.map((skill) => (
                    <li key={skill.id}>
                      <Badge tone="brand">{skill.name}</Badge>
                    </li>
                  ))}
                </ul>
              </div>
            )}
          </Card>

          <Card title="Agenda" className="order-4">
            {s.agenda ? <p className="whitespace-pre-line text-sm text-slate-800">{s.agenda}</p> : <p className="text-sm text-slate-500">The host has not written an agenda.</p>}
          </Card>

          {s.phases.length > 0 && (
            <Card className="order-5" title="Design-thinking plan" description={`Five timeboxed phases, ${s.phases.reduce((sum, p) => sum + p.timeboxMinutes, 0)} minutes in all.`}>
              <ol className="flex flex-col divide-y divide-slate-100 text-sm" data-testid="phase-plan">
                {s.phases.map((p) => (
                  <li key={p.phase} className="flex items-center justify-between gap-3 py-2">
                    <span className="flex items-center gap-2">
                      <span className="flex size-6 items-center justify-center rounded-full bg-slate-100 text-xs font-semibold tabular-nums text-slate-700">{p.position}</span>
                      <span className="font-medium text-slate-900">{p.label}</span>
                    </span>
                    <span className="flex items-center gap-2 text-slate-600">
                      {p.completed ? <Badge tone="green">Done</Badge> : p.started ? <Badge tone="amber">In progress</Badge> : null}
                      {p.hasOutputs && <Badge>Outputs saved</Badge>}
                      <span className="tabular-nums">{p.timeboxMinutes} min</span>
                    </span>
                  </li>
                ))}
              </ol>
            </Card>
          )}
        </div>

        <div className="contents lg:flex lg:flex-col lg:gap-6">
          {group && (
            <Card className="order-2">
              <h2 className="text-base font-semibold text-slate-900">Seats</h2>
              <p className="mt-1 text-sm text-slate-700" data-testid="seats">
                {s.seatsTaken} of {s.capacity} taken · {seatsLeft === 0 ? 'full' : `${seatsLeft} left`}
                {s.waitlistCount > 0 && ` · ${s.waitlistCount} waiting`}
              </p>
              <div aria-hidden className="mt-2 h-2 overflow-hidden rounded-full bg-slate-100">
                <div className={`h-full rounded-full ${seatsLeft === 0 ? 'bg-amber-500' : 'bg-brand-600'}`} style={{ width: `${Math.min(100, (s.seatsTaken / s.capacity) * 100)}%` }} />
              </div>
              {(s.can.book || s.can.joinWaitlist || s.can.leave || s.can.cancel) && (
                <div className="mt-4 flex flex-col gap-2">
                  {(s.can.book || s.can.joinWaitlist) && <BookSeatForm orgSlug={ctx.orgSlug} sessionId={s.id} full={s.can.joinWaitlist} action={bookSeatAction} />}
                  {s.viewer.status === 'WAITLISTED' && <p className="text-sm text-slate-700">You are number {s.viewer.waitlistPosition} on the waitlist. When a seat frees up, the first person waiting gets it automatically.</p>}
                  {s.can.leave && (
                    <InlineActionForm action={leaveSessionAction} fields={{ orgSlug: ctx.orgSlug, sessionId: s.id }} label={s.viewer.status === 'WAITLISTED' ? 'Leave the waitlist' : 'Give up my seat'} context={s.title} tone="danger" />
                  )}
                </div>
              )}
            </Card>
          )}

          {(s.can.cancel || links.length > 0 || s.can.invite) && (
            <Card title="Actions" className="order-3">
              <ul className="flex flex-col gap-1 text-sm">
                {links.map((l) => (
                  <li key={l.href}>
                    <Link href={l.href} className="flex items-center gap-2 rounded-md px-2 py-1.5 font-medium text-slate-800 hover:bg-slate-50 focus-visible:outline-2 focus-visible:outline-brand-600">
                      <l.icon aria-hidden className="size-4 text-slate-500" /> {l.label}
                    </Link>
                  </li>
                ))}
                {s.can.invite && (
                  <li>
                    <a href={`${base}/invite.ics`} download className="flex items-center gap-2 rounded-md px-2 py-1.5 font-medium text-slate-800 hover:bg-slate-50 focus-visible:outline-2 focus-visible:outline-brand-600">
                      <CalendarPlus aria-hidden className="size-4 text-slate-500" /> Add to my calendar (.ics)
                    </a>
                  </li>
                )}
              </ul>
              {s.can.cancel && (
                <div className="mt-3 border-t border-slate-100 pt-3">
                  <CancelSessionForm orgSlug={ctx.orgSlug} sessionId={s.id} title={s.title} action={cancelSessionAction} />
                </div>
              )}
            </Card>
          )}

          <Card title={group ? `People (${s.booked.length})` : 'People'} className="order-6">
            <ul className="flex flex-col gap-2 text-sm" data-testid="participants">
              {s.booked.map((p) => (
                <li key={p.id} className="flex items-center justify-between gap-2">
                  <Link href={`/o/${ctx.orgSlug}/people/${p.id}`} className="truncate text-slate-900 hover:underline">
                    {p.id === ctx.employeeId ? `${p.name} (you)` : p.name}
                  </Link>
                  {p.role === 'HOST' && <Badge tone="brand">Host</Badge>}
                </li>
              ))}
            </ul>
            {s.booked.length === 0 && <p className="text-sm text-slate-600">{s.status === 'CANCELED' ? 'Everyone’s place was released when the session was canceled.' : 'Nobody has booked a seat yet.'}</p>}
            {group && s.waitlistCount > 0 && (
              <div className="mt-4 border-t border-slate-100 pt-3">
                <h3 className="text-sm font-semibold text-slate-900">Waitlist ({s.waitlistCount})</h3>
                {s.waitlist.length > 0 ? (
                  <ol className="mt-2 flex list-decimal flex-col gap-1 pl-5 text-sm text-slate-800" data-testid="waitlist">
                    {s.waitlist.map((p) => (
                      <li key={p.id}>{p.name}</li>
                    ))}
                  </ol>
                ) : (
                  <p className="mt-1 text-sm text-slate-600">Only the host sees who is waiting.</p>
                )}
              </div>
            )}
          </Card>
        </div>
      </div>
    </>
  );
}
