import { z } from 'zod';
import type { TenantContext } from '../auth/tenant-context';
import { withTenant } from '../db/tenant';
import { invalid, notFound } from '../errors';
import { assertCycleSignupOpen } from './assert-cycle-signup-open';

export const confirmCycleCapacityInput = z.object({
  cycleId: z.uuid('That matching round was not found.'),
  capacity: z.coerce.number('Enter a number from 0 to 20').int('Use a whole number').min(0, 'At least 0').max(20, 'At most 20'),
});

/**
 * An employee offers to mentor up to `capacity` learners in a round (0 withdraws the offer). Only someone
 * who can teach at least one skill may offer.
 */
export async function confirmCycleCapacity(ctx: TenantContext, input: z.output<typeof confirmCycleCapacityInput>, now = new Date()): Promise<void> {
  await withTenant(ctx, async (db) => {
    const cycle = await db.matchingCycle.findUnique({ where: { orgId_id: { orgId: ctx.orgId, id: input.cycleId } } });
    if (!cycle || cycle.status === 'DRAFT') throw notFound('That matching round');
    assertCycleSignupOpen(cycle, now);
    const existing = await db.cycleMentor.findUnique({ where: { orgId_cycleId_mentorId: { orgId: ctx.orgId, cycleId: cycle.id, mentorId: ctx.employeeId } }, select: { capacity: true } });
    if (input.capacity === 0) {
      if (existing && existing.capacity > 0) await db.cycleMentor.update({ where: { orgId_cycleId_mentorId: { orgId: ctx.orgId, cycleId: cycle.id, mentorId: ctx.employeeId } }, data: { capacity: 0, confirmedAt: now } });
      return;
    }
    const teaches = await db.employeeSkill.count({ where: { orgId: ctx.orgId, employeeId: ctx.employeeId, canTeach: true } });
    if (teaches === 0) throw invalid('Please correct the highlighted fields.', { capacity: ['Mark at least one skill on your profile as one you can teach first'] });
    await db.cycleMentor.upsert({
      where: { orgId_cycleId_mentorId: { orgId: ctx.orgId, cycleId: cycle.id, mentorId: ctx.employeeId } },
      create: { orgId: ctx.orgId, cycleId: cycle.id, mentorId: ctx.employeeId, capacity: input.capacity, confirmedAt: now },
      update: { capacity: input.capacity, confirmedAt: now },
    });
  });
}
