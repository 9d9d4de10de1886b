// Weekly availability as half-open ranges of minutes of the week in one time zone: Monday 00:00 = 0,
// Sunday 24:00 = 10080. The same shape as Employee.weeklyAvailability (an int4multirange).

export const MINUTES_PER_DAY = 1440;
export const MINUTES_PER_WEEK = 7 * MINUTES_PER_DAY;

export interface WeekRange {
  start: number;
  end: number;
}

/** An AvailabilityWindow row: ISO weekday 1 (Monday) to 7, minutes since local midnight. */
export interface WeeklyWindow {
  weekday: number;
  startMinute: number;
  endMinute: number;
}

/** Sorted, with overlapping and touching ranges joined and empty ones dropped. */
export function normalizeWeekRanges(ranges: readonly WeekRange[]): WeekRange[] {
  const sorted = ranges.filter((r) => r.end > r.start).sort((a, b) => a.start - b.start);
  const merged: WeekRange[] = [];
  for (const range of sorted) {
    const last = merged.at(-1);
    if (last && range.start <= last.end) last.end = Math.max(last.end, range.end);
    else merged.push({ ...range });
  }
  return merged;
}

export function rangesFromWindows(windows: readonly WeeklyWindow[]): WeekRange[] {
  return normalizeWeekRanges(windows.map((w) => ({ start: (w.weekday - 1) * MINUTES_PER_DAY + w.startMinute, end: (w.weekday - 1) * MINUTES_PER_DAY + w.endMinute })));
}

/** What the finder assumes for someone who has not set their hours: 09:00–17:00, Monday to Friday. */
export const DEFAULT_WORKING_HOURS: readonly WeekRange[] = [0, 1, 2, 3, 4].map((day) => ({ start: day * MINUTES_PER_DAY + 540, end: day * MINUTES_PER_DAY + 1020 }));

/** Postgres multirange literal, e.g. "{[540,1020),[1980,2460)}". */
export function toMultirangeLiteral(ranges: readonly WeekRange[]): string {
  return `{${normalizeWeekRanges(ranges).map((r) => `[${r.start},${r.end})`).join(',')}}`;
}

