import { instantOfWallClock, normalizeWeekRanges, wallClockAt, type WeeklyWindow } from '../availability';

// Bookable slots of one person over a date range: their weekly windows (kept in their own time zone) as
// real instants, minus their days off and their existing sessions (each widened by a buffer). Pure; all
// instants are UTC milliseconds. Daylight-saving changes are handled by converting each local window of
// each date on its own: a window that crosses a spring-forward gap is shorter that day, one that crosses an
// autumn repeat is longer (its repeated half hour yields two slots with the same clock time).

export interface FreeSlotQuery {
  /** The person's IANA time zone, in which windows and days off are written. */
  timeZone: string;
  windows: readonly WeeklyWindow[];
  /** Inclusive local dates, "YYYY-MM-DD". */
  timeOff: readonly { startDate: string; endDate: string }[];
  /** Sessions the person is already in. */
  busy: readonly Interval[];
  /** Only slots starting at or after `from` and ending by `to`. */
  from: number;
  to: number;
  durationMinutes: number;
  /** Slots start every `stepMinutes` from the start of their window (default 30). */
  stepMinutes?: number;
  /** Free time kept before and after every existing session (default 0). */
  bufferMinutes?: number;
}

export interface Interval {
  start: number;
  end: number;
}

const MINUTE = 60_000;
/** Sorted, with overlapping or touching intervals joined (the same merge as weekly ranges, on instants). */
const joined: (intervals: Interval[]) => Interval[] = normalizeWeekRanges;
const DAY = 86_400_000;

/** Local midnight of a "YYYY-MM-DD" date, written as UTC (wall-clock milliseconds). */
function wallDay(date: string): number {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return Date.UTC(y, m - 1, d);
}

/** `free` minus `taken` (both sorted and joined). */
function without(free: Interval[], taken: Interval[]): Interval[] {
  const out: Interval[] = [];
  let t = 0;
  for (const interval of free) {
    let start = interval.start;
    while (t < taken.length && taken[t]!.end <= start) t++;
    for (let k = t; k < taken.length && taken[k]!.start < interval.end; k++) {
      if (taken[k]!.start > start) out.push({ start, end: taken[k]!.start });
      start = Math.max(start, taken[k]!.end);
    }
    if (start < interval.end) out.push({ start, end: interval.end });
  }
  return out;
}

export function computeFreeSlots(query: FreeSlotQuery): Interval[] {
  const { timeZone, from, to } = query;
  const step = (query.stepMinutes ?? 30) * MINUTE;
  const duration = query.durationMinutes * MINUTE;
  const buffer = (query.bufferMinutes ?? 0) * MINUTE;
  if (duration <= 0 || step <= 0 || to <= from) return [];

  // Every local date the range touches (a day either side covers zones far from UTC).
  const first = wallClockAt(from, timeZone);
  const last = wallClockAt(to, timeZone);
  const firstDay = Date.UTC(first.year, first.month - 1, first.day) - DAY;
  const lastDay = Date.UTC(last.year, last.month - 1, last.day) + DAY;
  const byWeekday = new Map<number, WeeklyWindow[]>();
  for (const w of query.windows) byWeekday.set(w.weekday, [...(byWeekday.get(w.weekday) ?? []), w]);

  // Each window of each date as real instants; the slots keep the phase of the window they come from.
  const windows: Interval[] = [];
  for (let day = firstDay; day <= lastDay; day += DAY) {
    const weekday = new Date(day).getUTCDay() || 7;
    for (const w of byWeekday.get(weekday) ?? []) {
      windows.push({ start: instantOfWallClock(day + w.startMinute * MINUTE, timeZone), end: instantOfWallClock(day + w.endMinute * MINUTE, timeZone) });
    }
  }
  const away = joined(
    query.timeOff.map((t) => ({ start: instantOfWallClock(wallDay(t.startDate), timeZone), end: instantOfWallClock(wallDay(t.endDate) + DAY, timeZone) })),
  );
  const taken = joined([...away, ...query.busy.map((b) => ({ start: b.start - buffer, end: b.end + buffer }))]);
  const free = without(joined(windows.map((w) => ({ start: Math.max(w.start, from), end: Math.min(w.end, to) }))), taken);

  // Windows are sorted and disjoint once joined, so candidate starts only grow: one sweep over `free`.
  const slots: Interval[] = [];
  let f = 0;
  for (const window of joined(windows)) {
    for (let start = window.start; start + duration <= window.end; start += step) {
      if (start < from || start + duration > to) continue;
      while (f < free.length && free[f]!.end < start + duration) f++;
      if (f < free.length && free[f]!.start <= start) slots.push({ start, end: start + duration });
    }
  }
  return slots;
}
