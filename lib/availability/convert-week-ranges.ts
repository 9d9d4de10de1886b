import { MINUTES_PER_DAY, MINUTES_PER_WEEK, normalizeWeekRanges, type WeekRange } from './week-ranges';
import { instantOfWallClock, wallClockAt } from './zone-clock';

const MINUTE_MS = 60_000;

/** Local Monday 00:00 of the week that contains `at` in `zone`, as a wall-clock time written as UTC. */
function weekStartWallClock(at: number, zone: string): number {
  const w = wallClockAt(at, zone);
  return Date.UTC(w.year, w.month - 1, w.day - (w.weekday - 1));
}

function minuteOfWeekAt(instant: number, zone: string): number {
  const w = wallClockAt(instant, zone);
  return (w.weekday - 1) * MINUTES_PER_DAY + w.hour * 60 + w.minute;
}

/** Where one weekly range of `fromZone` falls in `toZone` during the week containing `at`. */
export interface ConvertedRange {
  source: WeekRange;
  /** Minute of the week in `toZone` at which the range starts (0 … 10079). */
  start: number;
  /** Real length in minutes: differs from the source's when a clock change falls inside it. */
  length: number;
}

export function convertEachWeekRange(ranges: readonly WeekRange[], fromZone: string, toZone: string, at: Date): ConvertedRange[] {
  const monday = weekStartWallClock(at.getTime(), fromZone);
  const converted: ConvertedRange[] = [];
  for (const source of normalizeWeekRanges(ranges)) {
    const start = instantOfWallClock(monday + source.start * MINUTE_MS, fromZone);
    const end = instantOfWallClock(monday + source.end * MINUTE_MS, fromZone);
    const length = Math.round((end - start) / MINUTE_MS);
    if (length > 0) converted.push({ source, start: minuteOfWeekAt(start, toZone), length });
  }
  return converted;
}

/**
 * Weekly ranges kept in `fromZone` as they fall on the clocks of `toZone` during the week that contains
 * `at` (offsets, DST changes included, from Intl). A range pushed past Sunday midnight wraps round to
 * the start of the week, so the result is again a set of ranges within 0 … 10080.
 */
export function convertWeekRanges(ranges: readonly WeekRange[], fromZone: string, toZone: string, at: Date): WeekRange[] {
  const out: WeekRange[] = [];
  for (const { start, length } of convertEachWeekRange(ranges, fromZone, toZone, at)) {
    if (length >= MINUTES_PER_WEEK) return [{ start: 0, end: MINUTES_PER_WEEK }];
    const end = start + length;
    if (end <= MINUTES_PER_WEEK) out.push({ start, end });
    else out.push({ start, end: MINUTES_PER_WEEK }, { start: 0, end: end - MINUTES_PER_WEEK });
  }
  return normalizeWeekRanges(out);
}
