import type { TenantContext } from '../auth/tenant-context';
import { withTenant } from '../db/tenant';
import { conflict } from '../errors';
import { openDesignPhases } from './open-design-phases';
import type { DesignPhaseInput } from './start-phase';

/** The host completes the running phase (its outputs' version stays as it was; see startPhase). */
export async function completePhase(ctx: TenantContext, input: DesignPhaseInput, now: Date = new Date()): Promise<void> {
  await withTenant(ctx, async (db) => {
    const { phases } = await openDesignPhases(db, ctx, input.sessionId, 'HOST');
    const row = phases.find((p) => p.phase === input.phase)!;
    if (!row.startedAt || row.completedAt) throw conflict('That phase is not running.');
    await db.designThinkingPhase.update({
      where: { orgId_sessionId_phase: { orgId: ctx.orgId, sessionId: input.sessionId, phase: row.phase } },
      data: { completedAt: now, updatedAt: row.updatedAt },
    });
  });
}
