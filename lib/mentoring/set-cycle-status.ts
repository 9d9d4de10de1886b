import { z } from 'zod';
import { recordAuditEvent } from '../audit/record-audit-event';
import { requireRole, type TenantContext } from '../auth/tenant-context';
import { withTenant } from '../db/tenant';
import { conflict } from '../errors';
import { findUnpublishedCycle } from './find-matching-cycle';

export const setCycleStatusInput = z.object({
  cycleId: z.uuid('That matching round was not found.'),
  status: z.enum(['OPEN', 'CLOSED'], 'Choose open or closed'),
});

/** Steps a steward may take by hand; publishing is publishCycle. */
const ALLOWED: Record<string, readonly string[]> = { DRAFT: ['OPEN'], OPEN: ['CLOSED'], CLOSED: ['OPEN'] };

/** Opens sign-up (DRAFT → OPEN), closes it (OPEN → CLOSED) or reopens it (CLOSED → OPEN). */
export async function setCycleStatus(ctx: TenantContext, input: z.output<typeof setCycleStatusInput>): Promise<void> {
  requireRole(ctx, 'STEWARD');
  await withTenant(ctx, async (db) => {
    const cycle = await findUnpublishedCycle(db, ctx, input.cycleId);
    if (cycle.status === input.status) return;
    if (!ALLOWED[cycle.status]!.includes(input.status)) throw conflict(`A ${cycle.status.toLowerCase()} round cannot be ${input.status === 'OPEN' ? 'opened' : 'closed'}.`);
    // Conditional on the status read, so two stewards clicking at once make one change.
    const { count } = await db.matchingCycle.updateMany({ where: { orgId: ctx.orgId, id: cycle.id, status: cycle.status }, data: { status: input.status } });
    if (count === 0) throw conflict('Someone else just changed this round. Reload to see its state.');
    await recordAuditEvent(db, ctx, { action: 'matching_cycle.status_changed', entityType: 'MatchingCycle', entityId: cycle.id, before: { status: cycle.status }, after: { status: input.status } });
  });
}
