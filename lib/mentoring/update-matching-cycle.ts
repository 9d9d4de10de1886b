import { z } from 'zod';
import { recordAuditEvent } from '../audit/record-audit-event';
import { requireRole, type TenantContext } from '../auth/tenant-context';
import { withTenant } from '../db/tenant';
import { stewardZone } from './create-matching-cycle';
import { findUnpublishedCycle } from './find-matching-cycle';
import { matchingCycleInput, toInstant } from './matching-cycle-input';

export const updateMatchingCycleInput = matchingCycleInput.and(z.object({ cycleId: z.uuid('That matching round was not found.') }));

/** Edits a round's name, description, program and sign-up window, until it is published. */
export async function updateMatchingCycle(ctx: TenantContext, input: z.output<typeof updateMatchingCycleInput>): Promise<void> {
  requireRole(ctx, 'STEWARD');
  await withTenant(ctx, async (db) => {
    const cycle = await findUnpublishedCycle(db, ctx, input.cycleId);
    const zone = await stewardZone(db, ctx);
    const data = {
      name: input.name,
      description: input.description,
      programName: input.programName,
      signupOpensAt: toInstant(input.signupOpensAt, zone),
      signupClosesAt: toInstant(input.signupClosesAt, zone),
    };
    await db.matchingCycle.update({ where: { orgId_id: { orgId: ctx.orgId, id: cycle.id } }, data });
    await recordAuditEvent(db, ctx, {
      action: 'matching_cycle.updated',
      entityType: 'MatchingCycle',
      entityId: cycle.id,
      before: { name: cycle.name, description: cycle.description, programName: cycle.programName, signupOpensAt: cycle.signupOpensAt.toISOString(), signupClosesAt: cycle.signupClosesAt.toISOString() },
      after: { ...data, signupOpensAt: data.signupOpensAt.toISOString(), signupClosesAt: data.signupClosesAt.toISOString() },
    });
  });
}
