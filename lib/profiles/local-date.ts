// Calendar dates (due dates, time off) are plain "YYYY-MM-DD" days; "today" is the day in the person's
// own time zone, so someone in Tokyo can pick tomorrow's date before UTC has reached it.

/** Today's date as "YYYY-MM-DD" in the given IANA time zone. */
export function todayIn(timeZone: string, now: Date = new Date()): string {
  // en-CA formats dates as YYYY-MM-DD.
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

/** "YYYY-MM-DD" when the text is a real calendar date, else null. */
export function parseCalendarDate(text: string): string | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return null;
  const date = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === text ? text : null;
}

/** A "YYYY-MM-DD" day as the Date Prisma stores in a `date` column (midnight UTC). */
export function dateColumn(day: string): Date {
  return new Date(`${day}T00:00:00Z`);
}

/** The "YYYY-MM-DD" day of a `date` column read back from Prisma. */
export function dayOf(date: Date): string {
  return date.toISOString().slice(0, 10);
}
