import { recordAuditEvent } from '../audit/record-audit-event';
import { requireRole, type TenantContext } from '../auth/tenant-context';
import { withTenant } from '../db/tenant';
import { conflict } from '../errors';
import { findUnpublishedCycle } from './find-matching-cycle';
import { CYCLE_RUN_TIMEOUT_MS } from './get-matching-cycle';

/**
 * Records a new optimizer run (RUNNING, 0 %) for a closed round and returns its id; executeCycleRun does
 * the work. One run at a time per round: a start while another runs is refused, except that a run older
 * than the timeout is marked failed first (its server went away).
 */
export async function startCycleRun(ctx: TenantContext, cycleId: string, now = new Date()): Promise<{ runId: string }> {
  requireRole(ctx, 'STEWARD');
  return withTenant(ctx, async (db) => {
    const cycle = await findUnpublishedCycle(db, ctx, cycleId);
    if (cycle.status !== 'CLOSED') throw conflict('Close sign-up before running the optimizer, so requests and mentors stop changing.');
    // Serializes two starts of the same round: the second waits here and then sees the first run.
    await db.$queryRaw`SELECT 1 FROM "MatchingCycle" WHERE "orgId" = ${ctx.orgId}::uuid AND "id" = ${cycle.id}::uuid FOR UPDATE`;
    await db.cycleRun.updateMany({
      where: { orgId: ctx.orgId, cycleId: cycle.id, status: 'RUNNING', startedAt: { lt: new Date(now.getTime() - CYCLE_RUN_TIMEOUT_MS) } },
      data: { status: 'FAILED', finishedAt: now, error: 'The run stopped without finishing (the server restarted?).' },
    });
    const running = await db.cycleRun.count({ where: { orgId: ctx.orgId, cycleId: cycle.id, status: 'RUNNING' } });
    if (running > 0) throw conflict('The optimizer is already running for this round. Wait for it to finish.');
    const run = await db.cycleRun.create({ data: { orgId: ctx.orgId, cycleId: cycle.id, startedById: ctx.employeeId, startedAt: now }, select: { id: true } });
    await recordAuditEvent(db, ctx, { action: 'matching_cycle.run_started', entityType: 'MatchingCycle', entityId: cycle.id, after: { runId: run.id } });
    return { runId: run.id };
  });
}
