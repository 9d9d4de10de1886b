// Wall-clock arithmetic in IANA time zones with nothing but Intl: the offset in force at an instant,
// and the instant a local date and time refers to (DST gaps and repeats resolved the way clocks do).

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(zone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(zone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', { timeZone: zone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric' });
    formatters.set(zone, formatter);
  }
  return formatter;
}

export interface WallClock {
  year: number;
  /** 1–12 */
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  /** ISO weekday: 1 = Monday … 7 = Sunday */
  weekday: number;
}

/** The local date and time in `zone` at `instant`. */
export function wallClockAt(instant: number, zone: string): WallClock {
  const parts: Record<string, number> = {};
  for (const part of formatterFor(zone).formatToParts(instant)) if (part.type !== 'literal') parts[part.type] = Number(part.value);
  const { year = 0, month = 1, day = 1, hour = 0, minute = 0, second = 0 } = parts;
  const weekday = new Date(Date.UTC(year, month - 1, day)).getUTCDay() || 7;
  return { year, month, day, hour, minute, second, weekday };
}

/** Milliseconds `zone` is ahead of UTC at `instant` (Berlin in winter: +3,600,000). */
export function zoneOffsetMs(instant: number, zone: string): number {
  const w = wallClockAt(instant, zone);
  return Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second) - (instant - (((instant % 1000) + 1000) % 1000));
}

/**
 * The instant at which clocks in `zone` show `wallMs` (a local date and time written as if it were UTC).
 * A time skipped by a spring-forward change is pushed on by the length of the gap (02:30 → 03:30 in New
 * York), and a time repeated in autumn means its first occurrence, as JavaScript dates and Temporal do.
 */
export function instantOfWallClock(wallMs: number, zone: string): number {
  const before = zoneOffsetMs(wallMs - 86_400_000, zone);
  const after = zoneOffsetMs(wallMs + 86_400_000, zone);
  const candidates = [wallMs - before, wallMs - after].filter((t) => t + zoneOffsetMs(t, zone) === wallMs);
  if (candidates.length > 0) return Math.min(...candidates);
  // In the gap: read with the offset from before the jump, which lands as far past the jump as the time was.
  return wallMs - before;
}
