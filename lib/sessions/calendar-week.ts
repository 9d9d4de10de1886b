import { z } from 'zod';
import { instantOfWallClock, wallClockAt } from '../availability';

const DAY = 86_400_000;

/** `?week=YYYY-MM-DD` (any day of the wanted week); anything unusable means this week. */
export const calendarWeekQuery = z.object({
  week: z.iso.date().optional().catch(undefined),
});

export interface CalendarWeek {
  /** Monday of the week, "YYYY-MM-DD" in the viewer's zone; and of the weeks before and after, and of today's week. */
  start: string;
  previous: string;
  next: string;
  current: string;
  /** Local Monday 00:00 to the next Monday 00:00, as instants. */
  from: Date;
  to: Date;
}

function mondayOf(wallMs: number): number {
  return wallMs - ((new Date(wallMs).getUTCDay() + 6) % 7) * DAY;
}

const dateOf = (wallMs: number) => new Date(wallMs).toISOString().slice(0, 10);

/** The Monday-to-Sunday week containing `week` (default: today) in `timeZone`. */
export function calendarWeek(week: string | undefined, timeZone: string, now: Date): CalendarWeek {
  const today = wallClockAt(now.getTime(), timeZone);
  const current = mondayOf(Date.UTC(today.year, today.month - 1, today.day));
  const start = week ? mondayOf(Date.parse(week)) : current;
  return {
    start: dateOf(start),
    previous: dateOf(start - 7 * DAY),
    next: dateOf(start + 7 * DAY),
    current: dateOf(current),
    from: new Date(instantOfWallClock(start, timeZone)),
    to: new Date(instantOfWallClock(start + 7 * DAY, timeZone)),
  };
}
