import { instantOfWallClock, wallClockAt, type WeeklyWindow } from '../availability';

// Places sessions on a week's time grid in the viewer's time zone. Pure. The vertical axis of every day
// is its wall clock (00:00–24:00, in minutes), as on a paper calendar, so the hours line up across the
// week even when a day has 23 or 25 hours: on a spring-forward day the skipped hour is simply never
// reached, and on an autumn day the repeated hour is drawn once (a session inside it gets a minimum
// height). A session that crosses local midnight is split into one block per day it touches.

export interface CalendarBlock<T> {
  item: T;
  /** Minutes after the day's local midnight, by the wall clock. */
  top: number;
  height: number;
  /** Side-by-side placement among the blocks it overlaps: column `column` of `columns`. */
  column: number;
  columns: number;
  /** The session began on an earlier day / goes on into the next one. */
  continuesBefore: boolean;
  continuesAfter: boolean;
}

export interface CalendarDay<T> {
  /** Local date, "YYYY-MM-DD". */
  date: string;
  /** The day's first and last instants (UTC milliseconds): local midnight to the next local midnight. */
  start: number;
  end: number;
  /** 24, or 23 / 25 on a daylight-saving change. */
  hours: number;
  isToday: boolean;
  /** In time order. */
  blocks: CalendarBlock<T>[];
  /** The viewer's weekly availability on this weekday, by the wall clock. */
  available: { top: number; height: number }[];
}

export interface WeekCalendarLayout<T> {
  days: CalendarDay<T>[];
  /** Minutes of the day the grid shows: 07:00–21:00, widened to whole hours around any block outside it. */
  visibleFrom: number;
  visibleTo: number;
}

const CALENDAR_DEFAULT_HOURS = { from: 7 * 60, to: 21 * 60 } as const;
/** Blocks are never drawn shorter than this, so a short session (or one inside a repeated hour) stays readable. */
export const MIN_BLOCK_MINUTES = 20;

const DAY = 86_400_000;
const DAY_MINUTES = 1440;

function wallDate(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/** Minutes of the wall clock at `instant`, counted from the local midnight of `date` (1440 = the next midnight). */
function wallMinutes(instant: number, date: string, timeZone: string): number {
  const w = wallClockAt(instant, timeZone);
  const minutes = w.hour * 60 + w.minute + w.second / 60;
  return Date.UTC(w.year, w.month - 1, w.day) > Date.parse(date) ? DAY_MINUTES + minutes : minutes;
}

/** Gives each block its column: overlapping blocks form a cluster, and each takes the first column free at its top. */
function placeSideBySide<T>(blocks: CalendarBlock<T>[]): void {
  let cluster: CalendarBlock<T>[] = [];
  let columnEnds: number[] = [];
  let clusterEnd = -Infinity;
  const close = () => {
    for (const b of cluster) b.columns = columnEnds.length;
    cluster = [];
    columnEnds = [];
    clusterEnd = -Infinity;
  };
  for (const block of blocks) {
    if (block.top >= clusterEnd) close();
    const bottom = block.top + block.height;
    let column = columnEnds.findIndex((end) => end <= block.top);
    if (column === -1) column = columnEnds.push(bottom) - 1;
    else columnEnds[column] = bottom;
    block.column = column;
    cluster.push(block);
    clusterEnd = Math.max(clusterEnd, bottom);
  }
  close();
}

export function layoutWeekCalendar<T extends { startsAt: Date; endsAt: Date }>(options: {
  items: readonly T[];
  /** The Monday the week starts on, "YYYY-MM-DD" (local to `timeZone`). */
  weekStart: string;
  timeZone: string;
  now: Date;
  windows?: readonly WeeklyWindow[];
}): WeekCalendarLayout<T> {
  const { timeZone } = options;
  const monday = Date.parse(options.weekStart);
  const now = options.now.getTime();
  const items = [...options.items].sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime() || b.endsAt.getTime() - a.endsAt.getTime());
  let visibleFrom: number = CALENDAR_DEFAULT_HOURS.from;
  let visibleTo: number = CALENDAR_DEFAULT_HOURS.to;

  const days = Array.from({ length: 7 }, (_, i): CalendarDay<T> => {
    const wall = monday + i * DAY;
    const date = wallDate(wall);
    const start = instantOfWallClock(wall, timeZone);
    const end = instantOfWallClock(wall + DAY, timeZone);
    const blocks: CalendarBlock<T>[] = [];
    for (const item of items) {
      const from = Math.max(item.startsAt.getTime(), start);
      const to = Math.min(item.endsAt.getTime(), end);
      if (from >= to) continue;
      const top = wallMinutes(from, date, timeZone);
      const bottom = to === end ? DAY_MINUTES : wallMinutes(to, date, timeZone);
      const height = Math.max(bottom - top, MIN_BLOCK_MINUTES);
      blocks.push({ item, top: Math.min(top, DAY_MINUTES - height), height, column: 0, columns: 1, continuesBefore: item.startsAt.getTime() < start, continuesAfter: item.endsAt.getTime() > end });
    }
    blocks.sort((a, b) => a.top - b.top || b.height - a.height);
    placeSideBySide(blocks);
    for (const b of blocks) {
      visibleFrom = Math.min(visibleFrom, Math.floor(b.top / 60) * 60);
      visibleTo = Math.max(visibleTo, Math.ceil((b.top + b.height) / 60) * 60);
    }
    const weekday = i + 1;
    const available = (options.windows ?? [])
      .filter((w) => w.weekday === weekday && w.endMinute > w.startMinute)
      .sort((a, b) => a.startMinute - b.startMinute)
      .map((w) => ({ top: w.startMinute, height: w.endMinute - w.startMinute }));
    return { date, start, end, hours: Math.round((end - start) / 3_600_000), isToday: now >= start && now < end, blocks, available };
  });
  return { days, visibleFrom, visibleTo };
}
