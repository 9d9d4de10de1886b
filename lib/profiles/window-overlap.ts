// Weekly windows of one person must not overlap on the same day. Touching windows (09:00–12:00 and
// 12:00–13:00) are fine, as in the database's exclusion constraint on [start, end) ranges.

export interface WeeklyWindow {
  id?: string;
  weekday: number;
  startMinute: number;
  endMinute: number;
}

/** The first existing window that overlaps the candidate; a window being edited is not compared with itself. */
export function findOverlappingWindow<W extends WeeklyWindow>(existing: readonly W[], candidate: WeeklyWindow): W | undefined {
  return existing.find(
    (w) => (candidate.id === undefined || w.id !== candidate.id) && w.weekday === candidate.weekday && w.startMinute < candidate.endMinute && candidate.startMinute < w.endMinute,
  );
}
