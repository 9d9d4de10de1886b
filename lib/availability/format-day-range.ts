const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'] as const;

/**
 * A span of calendar days (dates at UTC midnight, as Postgres `date` columns arrive) written short:
 * "22 Dec", "22–30 Dec", "28 Nov – 3 Dec", "28 Dec 2026 – 3 Jan 2027".
 */
export function formatDayRange(start: Date, end: Date): string {
  const [sd, sm, sy] = [start.getUTCDate(), start.getUTCMonth(), start.getUTCFullYear()];
  const [ed, em, ey] = [end.getUTCDate(), end.getUTCMonth(), end.getUTCFullYear()];
  if (sy !== ey) return `${sd} ${MONTHS[sm]} ${sy} – ${ed} ${MONTHS[em]} ${ey}`;
  if (sm !== em) return `${sd} ${MONTHS[sm]} – ${ed} ${MONTHS[em]}`;
  return sd === ed ? `${sd} ${MONTHS[sm]}` : `${sd}–${ed} ${MONTHS[sm]}`;
}
