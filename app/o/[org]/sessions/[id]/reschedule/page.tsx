import { CalendarX } from 'lucide-react';
import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { RescheduleForm } from '@/components/sessions/reschedule-form';
import { SessionsTabs } from '@/components/sessions/sessions-tabs';
import { slotDays } from '@/components/sessions/slot-days';
import { BackLink } from '@/components/ui/back-link';
import { Card } from '@/components/ui/card';
import { EmptyState } from '@/components/ui/empty-state';
import { requireTenant } from '@/lib/auth/session';
import { wallClockAt, zoneCity } from '@/lib/availability';
import { DomainError } from '@/lib/errors';
import { SESSION_DURATIONS, getRescheduleOptions } from '@/lib/sessions';
import { rescheduleSessionAction } from './actions';

export const metadata: Metadata = { title: 'Reschedule' };

async function load(org: string, id: string, duration: number | undefined) {
  const ctx = await requireTenant(org);
  try {
    return { ctx, options: await getRescheduleOptions(ctx, id, duration) };
  } catch (error) {
    // Not theirs to move (or not found): "not found"; already started or canceled: back to the session.
    if (error instanceof DomainError && error.code === 'NOT_FOUND') notFound();
    if (error instanceof DomainError && error.code === 'CONFLICT') return { ctx, refused: error.message };
    throw error;
  }
}

const pad = (n: number) => String(n).padStart(2, '0');

/** "YYYY-MM-DD" and "HH:MM" of an instant on the clock of `zone`. */
function localDateTime(instant: Date, zone: string) {
  const w = wallClockAt(instant.getTime(), zone);
  return { date: `${w.year}-${pad(w.month)}-${pad(w.day)}`, time: `${pad(w.hour)}:${pad(w.minute)}` };
}

export default async function ReschedulePage({ params, searchParams }: { params: Promise<{ org: string; id: string }>; searchParams: Promise<{ duration?: string }> }) {
  const { org, id } = await params;
  const loaded = await load(org, id, Number((await searchParams).duration) || undefined);
  const sessionHref = `/o/${loaded.ctx.orgSlug}/sessions/${id}`;
  const back = (label: string) => (
    <BackLink href={sessionHref}>{label}</BackLink>
  );
  if ('refused' in loaded) {
    return (
      <>
        <SessionsTabs orgSlug={loaded.ctx.orgSlug} current={null} />
        {back('Back to the session')}
        <EmptyState icon={CalendarX} title="This session cannot be moved">
          <p>{loaded.refused}</p>
        </EmptyState>
      </>
    );
  }

  const { ctx, options } = loaded;
  const { session, timeZone } = options;
  const day = new Intl.DateTimeFormat('en-US', { weekday: 'short', month: 'short', day: 'numeric', year: 'numeric', timeZone });
  const time = new Intl.DateTimeFormat('en-US', { hour: 'numeric', minute: '2-digit', timeZone });
  const mentoring = options.mentoring;
  const otherFirst = mentoring?.other.name.split(' ')[0] ?? '';
  const days = mentoring ? slotDays(mentoring.slots, timeZone, mentoring.other.timeZone) : [];
  const base = `/o/${ctx.orgSlug}/sessions/${session.id}/reschedule`;

  return (
    <>
      <SessionsTabs orgSlug={ctx.orgSlug} current={null} />
      {back(session.title)}
      <h1 className="text-2xl font-semibold tracking-tight text-slate-900">Reschedule {session.title}</h1>
      <p className="mt-1 text-sm text-slate-600" data-testid="current-time">
        Now {day.format(session.startsAt)} · {time.format(session.startsAt)}–{time.format(session.endsAt)}, your time ({zoneCity(timeZone)}).
      </p>

      {mentoring ? (
        <>
          <p className="mt-1 text-sm text-slate-600">
            {mentoring.otherIsMentor ? `${otherFirst}’s` : 'Your'} free times for the next four weeks that suit you both
            {timeZone === mentoring.other.timeZone ? '' : `, with ${otherFirst}’s own time beside each`}.
          </p>
          <nav aria-label="Session length" className="mt-6 flex gap-2">
            {SESSION_DURATIONS.map((d) => (
              <Link
                key={d}
                href={`${base}?duration=${d}`}
                aria-current={d === options.durationMinutes ? 'page' : undefined}
                className={`rounded-md border px-3 py-1.5 text-sm font-medium ${d === options.durationMinutes ? 'border-brand-600 bg-brand-50 text-brand-700' : 'border-slate-300 bg-white text-slate-700 hover:bg-slate-50'}`}
              >
                {d} min
              </Link>
            ))}
          </nav>
          <div className="mt-4 max-w-4xl">
            {days.length === 0 ? (
              <EmptyState icon={CalendarX} title={`No free ${options.durationMinutes}-minute time in the next four weeks`}>
                <p>Try a shorter session, or agree on a time with {otherFirst} directly and check the mentor’s weekly hours.</p>
              </EmptyState>
            ) : (
              <Card>
                <RescheduleForm orgSlug={ctx.orgSlug} sessionId={session.id} durationMinutes={options.durationMinutes} slots={{ days, otherFirstName: otherFirst }} action={rescheduleSessionAction} />
              </Card>
            )}
          </div>
        </>
      ) : (
        <div className="mt-6 max-w-2xl">
          {options.seats && (
            <p className="mb-4 rounded-md border border-slate-200 bg-slate-50 px-3 py-2 text-sm text-slate-700" data-testid="reschedule-impact">
              {options.seats.booked + options.seats.waitlisted === 0
                ? 'Nobody has booked a seat yet, so only your own calendar changes.'
                : `${options.seats.booked === 1 ? '1 person has' : `${options.seats.booked} people have`} a seat${options.seats.waitlisted > 0 ? `, ${options.seats.waitlisted} waiting` : ''}. Anyone booked into another session at the new time loses their seat, and the first people waiting who are free then take it. Everyone is emailed the new time and your reason.`}
            </p>
          )}
          <Card>
            <RescheduleForm
              orgSlug={ctx.orgSlug}
              sessionId={session.id}
              durationMinutes={options.durationMinutes}
              group={{ ...localDateTime(session.startsAt, timeZone), today: localDateTime(new Date(), timeZone).date, zone: zoneCity(timeZone) }}
              action={rescheduleSessionAction}
            />
          </Card>
        </div>
      )}
    </>
  );
}
