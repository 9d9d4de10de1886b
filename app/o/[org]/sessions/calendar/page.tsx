import { CalendarDays, ChevronLeft, ChevronRight } from 'lucide-react';
import type { Metadata } from 'next';
import { SessionsTabs } from '@/components/sessions/sessions-tabs';
import { WeekCalendar } from '@/components/sessions/week-calendar';
import { ButtonLink } from '@/components/ui/button';
import { EmptyState } from '@/components/ui/empty-state';
import { PageHeader } from '@/components/ui/page-header';
import { requireTenant } from '@/lib/auth/session';
import { zoneCity } from '@/lib/availability';
import { calendarWeekQuery, layoutWeekCalendar, listMyCalendarWeek } from '@/lib/sessions';

export const metadata: Metadata = { title: 'Calendar' };

/** "Nov 23 – 29, 2026", "Nov 30 – Dec 6, 2026", "Dec 28, 2026 – Jan 3, 2027". */
function weekTitle(start: string): string {
  const first = new Date(`${start}T00:00:00Z`);
  const last = new Date(first.getTime() + 6 * 86_400_000);
  const f = (d: Date, options: Intl.DateTimeFormatOptions) => new Intl.DateTimeFormat('en-US', { ...options, timeZone: 'UTC' }).format(d);
  if (first.getUTCFullYear() !== last.getUTCFullYear()) return `${f(first, { month: 'short', day: 'numeric', year: 'numeric' })} – ${f(last, { month: 'short', day: 'numeric', year: 'numeric' })}`;
  if (first.getUTCMonth() !== last.getUTCMonth()) return `${f(first, { month: 'short', day: 'numeric' })} – ${f(last, { month: 'short', day: 'numeric' })}, ${last.getUTCFullYear()}`;
  return `${f(first, { month: 'short', day: 'numeric' })} – ${last.getUTCDate()}, ${last.getUTCFullYear()}`;
}

export default async function CalendarPage({ params, searchParams }: { params: Promise<{ org: string }>; searchParams: Promise<Record<string, string | undefined>> }) {
  const ctx = await requireTenant((await params).org);
  const now = new Date();
  const { week, timeZone, windows, sessions } = await listMyCalendarWeek(ctx, calendarWeekQuery.parse(await searchParams), now);
  const layout = layoutWeekCalendar({ items: sessions, weekStart: week.start, timeZone, now, windows });
  const base = `/o/${ctx.orgSlug}/sessions/calendar`;
  const isThisWeek = week.start === week.current;

  return (
    <>
      <SessionsTabs orgSlug={ctx.orgSlug} current="calendar" />
      <PageHeader title="Calendar" description={`Your sessions week by week, in your time zone (${zoneCity(timeZone)}).`} />
      <div className="mb-4 flex flex-wrap items-center justify-between gap-3">
        <h2 className="text-lg font-semibold text-slate-900">
          {weekTitle(week.start)}
        </h2>
        <nav aria-label="Weeks" className="flex items-center gap-2">
          <ButtonLink variant="secondary" href={`${base}?week=${week.previous}`} className="px-2.5!">
            <ChevronLeft aria-hidden className="size-4" /> <span className="max-sm:sr-only">Previous</span>
            <span className="sr-only"> week</span>
          </ButtonLink>
          <ButtonLink variant="secondary" href={base} aria-current={isThisWeek ? 'page' : undefined} className={isThisWeek ? 'bg-slate-100' : ''}>
            This week
          </ButtonLink>
          <ButtonLink variant="secondary" href={`${base}?week=${week.next}`} className="px-2.5!">
            <span className="max-sm:sr-only">Next</span>
            <span className="sr-only"> week</span> <ChevronRight aria-hidden className="size-4" />
          </ButtonLink>
        </nav>
      </div>
      {sessions.length === 0 ? (
        <EmptyState
          icon={CalendarDays}
          title="Nothing booked this week"
          action={
            <div className="flex flex-wrap justify-center gap-2">
              <ButtonLink href={`/o/${ctx.orgSlug}/sessions/browse`}>Browse group sessions</ButtonLink>
              <ButtonLink variant="secondary" href={`/o/${ctx.orgSlug}/mentors`}>
                Book with your mentor
              </ButtonLink>
            </div>
          }
        >
          <p>Join a workshop or design-thinking session, or book a 1:1 in one of your mentorships.</p>
        </EmptyState>
      ) : (
        <>
          <WeekCalendar layout={layout} timeZone={timeZone} orgSlug={ctx.orgSlug} />
          <ul className="mt-3 hidden flex-wrap gap-4 text-xs text-slate-600 sm:flex" aria-label="Legend">
            <li className="flex items-center gap-1.5">
              <span aria-hidden className="size-3 rounded-sm border-l-[3px] border-brand-600 bg-brand-50" /> 1:1 mentoring
            </li>
            <li className="flex items-center gap-1.5">
              <span aria-hidden className="size-3 rounded-sm border-l-[3px] border-teal-600 bg-teal-50" /> Group session
            </li>
            <li className="flex items-center gap-1.5">
              <span aria-hidden className="size-3 rounded-sm border border-dashed border-slate-400" /> Waitlisted
            </li>
            <li className="flex items-center gap-1.5">
              <span aria-hidden className="size-3 rounded-sm bg-emerald-50 ring-1 ring-emerald-200" /> Your weekly hours
            </li>
          </ul>
        </>
      )}
    </>
  );
}
