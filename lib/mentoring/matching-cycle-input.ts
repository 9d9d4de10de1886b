import { z } from 'zod';
import { instantOfWallClock, wallClockAt } from '../availability';

// The steward's form for a matching round (create and edit). Sign-up opens and closes at a local date and
// time in the steward's own time zone (an <input type="datetime-local"> value, or a bare date for midnight).

const LOCAL = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}))?$/;

/** The local date and time written as if it were UTC (ms), or null for an impossible value. */
function wallMs(value: string): number | null {
  const m = LOCAL.exec(value);
  if (!m) return null;
  const [y, mo, d, h, mi] = m.slice(1).map((part) => Number(part ?? 0)) as [number, number, number, number, number];
  const ms = Date.UTC(y, mo - 1, d, h, mi);
  const date = new Date(ms);
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d && h < 24 && mi < 60 ? ms : null;
}

const localDateTime = (message: string) => z.string(message).trim().refine((v) => wallMs(v) !== null, { message, abort: true });

const optionalText = (max: number) =>
  z.preprocess((v) => (typeof v === 'string' && v.trim() === '' ? undefined : v), z.string().trim().max(max, `Use at most ${max} characters`).optional()).transform((v) => v ?? null);

export const matchingCycleInput = z
  .object({
    name: z.string('Enter a name').trim().min(1, 'Enter a name').max(120, 'Use at most 120 characters'),
    description: optionalText(2000),
    programName: optionalText(120),
    signupOpensAt: localDateTime('Enter when sign-up opens, like 2027-01-04 09:00'),
    signupClosesAt: localDateTime('Enter when sign-up closes, like 2027-01-18 17:00'),
  })
  .refine((v) => wallMs(v.signupClosesAt)! > wallMs(v.signupOpensAt)!, { path: ['signupClosesAt'], message: 'Sign-up must close after it opens' });

export type MatchingCycleInput = z.output<typeof matchingCycleInput>;

/** "2027-01-04T09:00" in `zone` → the instant. */
export function toInstant(local: string, zone: string): Date {
  return new Date(instantOfWallClock(wallMs(local) ?? Number.NaN, zone));
}

/** The instant as a datetime-local value in `zone`, for the edit form. */
export function toLocalInput(instant: Date, zone: string): string {
  const w = wallClockAt(instant.getTime(), zone);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${w.year}-${pad(w.month)}-${pad(w.day)}T${pad(w.hour)}:${pad(w.minute)}`;
}
