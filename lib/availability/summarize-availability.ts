import { convertEachWeekRange } from './convert-week-ranges';
import { MINUTES_PER_DAY, MINUTES_PER_WEEK, type WeekRange } from './week-ranges';

const DAY_NAMES = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'] as const;

/** One line of a summary: days with the same hours, in the viewer's time and in the owner's. */
export interface AvailabilityLine {
  /** "Mon–Thu", "Sat, Sun" (viewer's days) */
  days: string;
  /** "15:00–18:00, 20:00–21:00" (viewer's clock) */
  times: string;
  /** The same hours on the owner's clock, "Mon–Thu 09:00–12:00" (days only when they differ); null when both clocks agree. */
  theirs: string | null;
}

export interface AvailabilitySummary {
  lines: AvailabilityLine[];
  weeklyMinutes: number;
  /** True when the owner's clock reads the same as the viewer's all week (same zone or same offset). */
  sameClock: boolean;
}

function clock(minute: number): string {
  return `${String(Math.floor(minute / 60)).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}`;
}

/** "09:00–12:00"; an end at the following midnight reads 24:00, a range past midnight "22:00–02:00". */
function timeSpan(startOfWeek: number, length: number): string {
  const start = startOfWeek % MINUTES_PER_DAY;
  const end = start + length;
  return `${clock(start)}–${clock(end === MINUTES_PER_DAY ? end : end % MINUTES_PER_DAY)}`;
}

/** "Mon–Thu" for a run of three or more days, "Sat, Sun" otherwise; runs go round the week ("Sun–Thu"). */
function dayList(days: readonly number[]): string {
  const runs: number[][] = [];
  for (const day of [...days].sort((a, b) => a - b)) {
    const run = runs.at(-1);
    if (run && run.at(-1) === day - 1) run.push(day);
    else runs.push([day]);
  }
  if (runs.length > 1 && runs[0]![0] === 0 && runs.at(-1)!.at(-1) === 6) runs.unshift([...runs.pop()!, ...runs.shift()!]);
  return runs.map((run) => (run.length >= 3 ? `${DAY_NAMES[run[0]!]}–${DAY_NAMES[run.at(-1)!]}` : run.map((d) => DAY_NAMES[d]).join(', '))).join(', ');
}

/**
 * Someone's weekly hours (kept in `ownerZone`) as the viewer reads them during the week containing `at`:
 * days with identical hours share a line, and each line also gives the owner's own clock, e.g.
 * { days: "Mon–Thu", times: "15:00–18:00", theirs: "09:00–12:00" }.
 */
export function summarizeAvailability(ranges: readonly WeekRange[], ownerZone: string, viewerZone: string, at: Date): AvailabilitySummary {
  const converted = convertEachWeekRange(ranges, ownerZone, viewerZone, at);
  const sameClock = converted.every((r) => r.start === r.source.start && r.length === r.source.end - r.source.start);
  // Per viewer day: its hours, and the same hours on the owner's clock with how many days the owner's
  // date is ahead (Monday evening in New York is already Tuesday in Tokyo).
  const byDay = new Map<number, { time: string; theirTime: string; shift: number }[]>();
  for (const { source, start, length } of converted) {
    const day = Math.floor(start / MINUTES_PER_DAY);
    const shift = (((Math.floor(source.start / MINUTES_PER_DAY) - day) % 7) + 7) % 7;
    byDay.set(day, [...(byDay.get(day) ?? []), { time: timeSpan(start, length), theirTime: timeSpan(source.start, source.end - source.start), shift }]);
  }
  const groups = new Map<string, { days: number[]; pieces: { time: string; theirTime: string; shift: number }[] }>();
  for (const day of [...byDay.keys()].sort((a, b) => a - b)) {
    const pieces = byDay.get(day)!;
    const key = JSON.stringify(pieces);
    const group = groups.get(key) ?? { days: [], pieces };
    group.days.push(day);
    groups.set(key, group);
  }
  const lines = [...groups.values()].map(({ days, pieces }) => {
    const times = pieces.map((p) => p.time).join(', ');
    if (sameClock) return { days: dayList(days), times, theirs: null };
    const theirs = pieces.every((p) => p.shift === 0)
      ? pieces.map((p) => p.theirTime).join(', ')
      : pieces.map((p) => `${dayList(days.map((d) => (d + p.shift) % 7))} ${p.theirTime}`).join(', ');
    return { days: dayList(days), times, theirs };
  });
  const weeklyMinutes = Math.min(MINUTES_PER_WEEK, converted.reduce((sum, r) => sum + r.length, 0));
  return { lines, weeklyMinutes, sameClock };
}

/** The summary as one sentence: "Mon–Thu 15:00–18:00 (09:00–12:00 in Berlin); Fri 15:00–17:00 (09:00–11:00 in Berlin)". */
export function availabilityText(summary: AvailabilitySummary, ownerPlace: string): string {
  if (summary.lines.length === 0) return 'No weekly hours set';
  return summary.lines.map((l) => `${l.days} ${l.times}${l.theirs ? ` (${l.theirs} in ${ownerPlace})` : ''}`).join('; ');
}
