import { z } from 'zod';
import type { TenantContext } from '../auth/tenant-context';
import { withTenant } from '../db/tenant';
import { notFound } from '../errors';
import { assertCycleSignupOpen } from './assert-cycle-signup-open';

export const withdrawCycleRequestInput = z.object({ requestId: z.uuid('That request was not found.') });

/** A learner takes their request out of a round while its sign-up is open. */
export async function withdrawCycleRequest(ctx: TenantContext, input: z.output<typeof withdrawCycleRequestInput>, now = new Date()): Promise<void> {
  await withTenant(ctx, async (db) => {
    const request = await db.mentorRequest.findFirst({
      where: { orgId: ctx.orgId, id: input.requestId, learnerId: ctx.employeeId, cycleId: { not: null } },
      select: { id: true, status: true, cycle: { select: { name: true, status: true, signupOpensAt: true, signupClosesAt: true } } },
    });
    if (!request?.cycle) throw notFound('That request');
    if (request.status !== 'OPEN') return;
    assertCycleSignupOpen(request.cycle, now);
    await db.mentorRequest.update({ where: { orgId_id: { orgId: ctx.orgId, id: request.id } }, data: { status: 'WITHDRAWN', closedAt: now } });
  });
}
