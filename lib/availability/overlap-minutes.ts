import { normalizeWeekRanges, type WeekRange } from './week-ranges';

/** Minutes two sets of weekly ranges (in the same time zone) have in common. */
export function overlapMinutes(a: readonly WeekRange[], b: readonly WeekRange[]): number {
  const x = normalizeWeekRanges(a);
  const y = normalizeWeekRanges(b);
  let total = 0;
  let i = 0;
  let j = 0;
  while (i < x.length && j < y.length) {
    const left = x[i]!;
    const right = y[j]!;
    total += Math.max(0, Math.min(left.end, right.end) - Math.max(left.start, right.start));
    if (left.end < right.end) i++;
    else j++;
  }
  return total;
}
