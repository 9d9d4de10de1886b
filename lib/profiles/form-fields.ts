import { z } from 'zod';
import { parseCalendarDate } from './local-date';

// Zod pieces for the profile forms' plain HTML values (every value arrives as a string, or not at all).

/** A ticked checkbox sends "on"; an unticked one sends nothing. */
export const checkbox = z.preprocess((value) => value === 'on' || value === 'true' || value === true, z.boolean());

/** Trimmed text up to `max` characters; empty becomes null. */
export function optionalText(max: number) {
  return z.preprocess(
    (value) => (typeof value === 'string' && value.trim() === '' ? undefined : value),
    z.string().trim().max(max, `Use at most ${max} characters`).optional(),
  ).transform((value) => value ?? null);
}

/** A skill level 1–5 from a select or radio group. */
export function levelField(message: string) {
  return z
    .string(message)
    .refine((v) => /^[1-5]$/.test(v), { message, abort: true })
    .transform(Number);
}

/** A "YYYY-MM-DD" date from <input type="date">. */
export const calendarDate = z.string('Choose a date').refine((v) => parseCalendarDate(v) !== null, { message: 'Use a date like 2026-03-31', abort: true });

/** An optional date; empty becomes null. */
export const optionalCalendarDate = z
  .preprocess((value) => (value === '' ? undefined : value), calendarDate.optional())
  .transform((value) => value ?? null);
