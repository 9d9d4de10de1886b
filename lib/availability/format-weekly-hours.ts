/** "4 h/week", "2.5 h/week", "45 min/week". */
export function formatWeeklyHours(minutes: number): string {
  if (minutes < 60) return `${minutes} min/week`;
  const hours = Math.round(minutes / 6) / 10;
  return `${Number.isInteger(hours) ? hours : hours.toFixed(1)} h/week`;
}
