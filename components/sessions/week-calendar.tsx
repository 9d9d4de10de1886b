import Link from 'next/link';
import type { CalendarBlock, CalendarSession, WeekCalendarLayout } from '@/lib/sessions';
import { SESSION_KIND_LABELS } from './session-kind';

/** Pixels per minute of the grid: 48 px an hour. */
const PX = 0.8;

const BLOCK_TONE: Record<'mentoring' | 'group' | 'canceled', string> = {
  mentoring: 'border-brand-600 bg-brand-50 text-brand-700 hover:bg-brand-100',
  group: 'border-teal-600 bg-teal-50 text-teal-900 hover:bg-teal-100',
  canceled: 'border-slate-400 bg-slate-50 text-slate-500 opacity-70 hover:opacity-100',
};

function tone(s: CalendarSession) {
  return s.canceled ? BLOCK_TONE.canceled : s.kind === 'MENTORING' ? BLOCK_TONE.mentoring : BLOCK_TONE.group;
}

function hourLabel(minutes: number): string {
  const h = Math.floor(minutes / 60) % 24;
  return h === 0 ? '12 AM' : h < 12 ? `${h} AM` : h === 12 ? '12 PM' : `${h - 12} PM`;
}

/** "With Noah Eze", "Hosted by you", "Waitlisted", "Canceled", for the block and the agenda. */
function details(s: CalendarSession): string {
  const who = s.kind === 'MENTORING' ? (s.withName ? `With ${s.withName}` : '1:1 mentoring') : s.withName ? `Hosted by ${s.withName}` : 'You host';
  const status = s.canceled ? 'Canceled' : s.myStatus === 'WAITLISTED' ? 'Waitlisted' : null;
  return [who, status].filter(Boolean).join(' · ');
}

/**
 * The viewer's week: a seven-day time grid (hours down, days across, wall-clock rows in their zone; their
 * weekly hours lightly shaded, today tinted) from 640 px, and a day-by-day agenda below that. Every
 * session is a link to its page, in time order in the DOM.
 */
export function WeekCalendar({ layout, timeZone, orgSlug }: { layout: WeekCalendarLayout<CalendarSession>; timeZone: string; orgSlug: string }) {
  const { days, visibleFrom, visibleTo } = layout;
  const time = new Intl.DateTimeFormat('en-US', { hour: 'numeric', minute: '2-digit', timeZone });
  const weekday = new Intl.DateTimeFormat('en-US', { weekday: 'short', timeZone: 'UTC' });
  const longDay = new Intl.DateTimeFormat('en-US', { weekday: 'long', month: 'long', day: 'numeric', timeZone: 'UTC' });
  const range = (s: CalendarSession) => `${time.format(s.startsAt)}–${time.format(s.endsAt)}`;
  const href = (s: CalendarSession) => `/o/${orgSlug}/sessions/${s.id}`;
  const height = (visibleTo - visibleFrom) * PX;
  const hours = Array.from({ length: (visibleTo - visibleFrom) / 60 }, (_, i) => visibleFrom + i * 60);
  const dayLabel = (date: string) => longDay.format(new Date(`${date}T00:00:00Z`));

  const block = (date: string, b: CalendarBlock<CalendarSession>) => {
    const s = b.item;
    const short = b.height < 40;
    return (
      <Link
        key={`${s.id}-${date}`}
        href={href(s)}
        className={`absolute overflow-hidden rounded-md border-l-[3px] px-1.5 py-0.5 text-xs leading-tight shadow-xs focus-visible:z-20 focus-visible:outline-2 focus-visible:outline-offset-1 focus-visible:outline-brand-600 ${tone(s)} ${s.myStatus === 'WAITLISTED' ? 'border-dashed' : ''}`}
        style={{ top: (b.top - visibleFrom) * PX, height: b.height * PX - 2, left: `calc(${(b.column / b.columns) * 100}% + 2px)`, width: `calc(${100 / b.columns}% - 4px)` }}
        title={`${s.title} · ${range(s)}`}
        data-testid="calendar-block"
      >
        <span className="sr-only">{dayLabel(date)}, </span>
        <span className={`block font-semibold ${b.columns === 1 && b.height >= 50 ? 'line-clamp-2' : 'truncate'} ${s.canceled ? 'line-through' : ''}`}>{s.title}</span>
        <span className={`block truncate tabular-nums ${short ? 'sr-only' : ''}`}>
          {b.continuesBefore ? '… ' : ''}
          {range(s)}
          {b.continuesAfter ? ' …' : ''}
        </span>
        <span className={`block truncate ${b.height < 70 ? 'sr-only' : 'opacity-80'}`}>{details(s)}</span>
      </Link>
    );
  };

  return (
    <>
      <div className="hidden overflow-hidden rounded-lg border border-slate-200 bg-white shadow-xs sm:block" data-testid="week-grid">
        <div className="grid grid-cols-[3.25rem_repeat(7,minmax(0,1fr))] border-b border-slate-200">
          <span aria-hidden />
          {days.map((d) => (
            <div key={d.date} className={`border-l border-slate-200 px-1 py-2 text-center ${d.isToday ? 'bg-brand-50' : ''}`} aria-current={d.isToday ? 'date' : undefined}>
              <span className={`block text-xs font-medium uppercase tracking-wide ${d.isToday ? 'text-brand-700' : 'text-slate-500'}`}>{weekday.format(new Date(`${d.date}T00:00:00Z`))}</span>
              <span className={`mx-auto mt-0.5 flex size-7 items-center justify-center rounded-full text-sm font-semibold tabular-nums ${d.isToday ? 'bg-brand-600 text-white' : 'text-slate-900'}`}>{Number(d.date.slice(8))}</span>
              {d.hours !== 24 && <span className="block text-[11px] text-amber-800">{d.hours} h day</span>}
            </div>
          ))}
        </div>
        <div className="grid grid-cols-[3.25rem_repeat(7,minmax(0,1fr))]">
          <div className="relative" style={{ height }} aria-hidden>
            {hours.map((m) => (
              <span key={m} className="absolute right-1.5 -translate-y-1/2 text-[11px] tabular-nums text-slate-500 first:translate-y-0" style={{ top: (m - visibleFrom) * PX }}>
                {hourLabel(m)}
              </span>
            ))}
          </div>
          {days.map((d) => (
            <div key={d.date} className={`relative border-l border-slate-200 ${d.isToday ? 'bg-brand-50/40' : ''}`} style={{ height }}>
              {d.available.map((a) => {
                const top = Math.max(a.top, visibleFrom);
                const bottom = Math.min(a.top + a.height, visibleTo);
                return bottom > top ? <div key={a.top} aria-hidden className="absolute inset-x-0 bg-emerald-50" style={{ top: (top - visibleFrom) * PX, height: (bottom - top) * PX }} /> : null;
              })}
              {hours.slice(1).map((m) => (
                <div key={m} aria-hidden className="absolute inset-x-0 border-t border-slate-100" style={{ top: (m - visibleFrom) * PX }} />
              ))}
              {d.blocks.map((b) => block(d.date, b))}
            </div>
          ))}
        </div>
      </div>

      <ol className="flex flex-col gap-4 sm:hidden" data-testid="week-agenda">
        {days.filter((d) => d.isToday || d.blocks.length > 0).map((d) => (
          <li key={d.date}>
            <h3 className={`mb-1.5 flex items-center gap-2 text-sm font-semibold ${d.isToday ? 'text-brand-700' : 'text-slate-900'}`}>
              {dayLabel(d.date)}
              {d.isToday && <span className="rounded-full bg-brand-600 px-1.5 py-px text-[11px] font-medium text-white">Today</span>}
            </h3>
            {d.blocks.length === 0 ? (
              <p className="text-sm text-slate-500">Nothing booked.</p>
            ) : (
              <ul className="flex flex-col gap-2">
                {d.blocks.map((b) => (
                  <li key={b.item.id}>
                    <Link href={href(b.item)} className={`flex flex-col rounded-md border-l-[3px] px-3 py-2 text-sm shadow-xs focus-visible:outline-2 focus-visible:outline-offset-1 focus-visible:outline-brand-600 ${tone(b.item)} ${b.item.myStatus === 'WAITLISTED' ? 'border-dashed' : ''}`}>
                      <span className="tabular-nums text-xs font-medium opacity-90">
                        {b.continuesBefore ? 'Until ' : ''}
                        {b.continuesBefore ? time.format(b.item.endsAt) : range(b.item)}
                        {b.continuesAfter ? ' (ends the next day)' : ''} · {SESSION_KIND_LABELS[b.item.kind]}
                      </span>
                      <span className={`font-semibold ${b.item.canceled ? 'line-through' : ''}`}>{b.item.title}</span>
                      <span className="text-xs opacity-80">{details(b.item)}</span>
                    </Link>
                  </li>
                ))}
              </ul>
            )}
          </li>
        ))}
      </ol>
    </>
  );
}
