import { z } from 'zod';
import type { TenantContext } from '../auth/tenant-context';
import { withTenant } from '../db/tenant';
import { invalid } from '../errors';
import { calendarDate, optionalText } from './form-fields';
import { dateColumn, todayIn } from './local-date';

export const addTimeOffInput = z
  .object({
    startDate: calendarDate,
    endDate: calendarDate,
    note: optionalText(200),
  })
  .refine((t) => t.startDate <= t.endDate, { path: ['endDate'], message: 'End on or after the first day' });

/** A date range (inclusive) when the caller is away; it may have started already but not ended. */
export async function addTimeOff(ctx: TenantContext, input: z.output<typeof addTimeOffInput>): Promise<{ id: string }> {
  return withTenant(ctx, async (db) => {
    const me = await db.employee.findUniqueOrThrow({ where: { orgId_id: { orgId: ctx.orgId, id: ctx.employeeId } }, select: { timeZone: true } });
    if (input.endDate < todayIn(me.timeZone)) throw invalid('Please correct the highlighted fields.', { endDate: ['This time off has already ended; choose today or a later date'] });
    return db.timeOff.create({
      data: { orgId: ctx.orgId, employeeId: ctx.employeeId, startDate: dateColumn(input.startDate), endDate: dateColumn(input.endDate), note: input.note },
      select: { id: true },
    });
  });
}
