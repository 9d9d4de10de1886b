import { z } from 'zod';
import type { TenantContext } from '../auth/tenant-context';
import { databaseErrorCode } from '../db/database-error-code';
import { withTenant, type TenantDb } from '../db/tenant';
import { invalid } from '../errors';
import { MINUTES_PER_DAY, WEEKDAYS, WINDOW_STEP_MINUTES, formatTimeOfDay, parseTimeOfDay } from './time-of-day';
import { findOverlappingWindow, type WeeklyWindow } from './window-overlap';

// What adding and editing a weekly window share: the form fields, and the overlap rule, checked first in
// code (for a message naming the other window) and enforced by the exclusion constraint
// AvailabilityWindow_no_overlap, which catches two requests racing past the check.

function timeField(which: 'start' | 'end') {
  return z.string(`Enter a ${which} time`).transform((text, issues) => {
    const minutes = parseTimeOfDay(text);
    if (minutes === null) {
      issues.addIssue({ code: 'custom', message: 'Use a time like 09:30' });
      return z.NEVER;
    }
    if (minutes % WINDOW_STEP_MINUTES !== 0) {
      issues.addIssue({ code: 'custom', message: 'Use 15-minute steps (:00, :15, :30 or :45)' });
      return z.NEVER;
    }
    // A window ending at midnight is entered as 00:00 (a time input cannot say 24:00).
    return which === 'end' && minutes === 0 ? MINUTES_PER_DAY : minutes;
  });
}

export const windowFields = z
  .object({
    weekday: z.coerce.number('Choose a day').int('Choose a day').min(1, 'Choose a day').max(7, 'Choose a day'),
    start: timeField('start').refine((minutes) => minutes < MINUTES_PER_DAY, { message: 'Start before midnight', abort: true }),
    end: timeField('end'),
  })
  .refine((w) => w.end > w.start, { path: ['end'], message: 'End after the start time' });

export type WindowFields = z.output<typeof windowFields>;

const dayName = (weekday: number) => WEEKDAYS.find((d) => d.weekday === weekday)?.name ?? 'that day';

function overlapError(other: WeeklyWindow | undefined) {
  const message = other
    ? `Overlaps your ${dayName(other.weekday)} window ${formatTimeOfDay(other.startMinute)}–${formatTimeOfDay(other.endMinute)}. Change the times or edit that window.`
    : 'Overlaps another of your windows on this day. Change the times or edit that window.';
  return invalid('This window overlaps one you already have.', { start: [message] });
}

/**
 * Runs `write` for one of the caller's windows after checking it overlaps none of their others. When a
 * concurrent request wins the race, the database refuses the write (23P01) and the caller gets the same
 * message, naming the window that now exists.
 */
export async function writeWindowWithoutOverlap<T>(ctx: TenantContext, candidate: WeeklyWindow, write: (db: TenantDb) => Promise<T>): Promise<T> {
  const sameDay = (db: TenantDb) =>
    db.availabilityWindow.findMany({ where: { orgId: ctx.orgId, employeeId: ctx.employeeId, weekday: candidate.weekday }, select: { id: true, weekday: true, startMinute: true, endMinute: true } });
  try {
    return await withTenant(ctx, async (db) => {
      const other = findOverlappingWindow(await sameDay(db), candidate);
      if (other) throw overlapError(other);
      return write(db);
    });
  } catch (error) {
    if (databaseErrorCode(error) !== '23P01') throw error;
    throw overlapError(findOverlappingWindow(await withTenant(ctx, sameDay), candidate));
  }
}
