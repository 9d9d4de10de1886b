import { z } from 'zod';
import type { TenantContext } from '../auth/tenant-context';
import { DesignPhase } from '../db/generated/enums';
import { withTenant } from '../db/tenant';
import { openDesignPhases } from './open-design-phases';

export const designPhaseInput = z.object({
  sessionId: z.uuid('That session was not found.'),
  phase: z.enum(DesignPhase, 'Choose a phase.'),
});

export type DesignPhaseInput = z.output<typeof designPhaseInput>;

/**
 * The host starts a phase (or restarts a finished one); the phase that was running is completed at the same
 * moment, so one phase runs at a time. Starting and completing leave a phase's `updatedAt` alone: it is the
 * version of the outputs, and running the clock must not make someone's outputs save look like a conflict.
 */
export async function startPhase(ctx: TenantContext, input: DesignPhaseInput, now: Date = new Date()): Promise<void> {
  await withTenant(ctx, async (db) => {
    const { phases } = await openDesignPhases(db, ctx, input.sessionId, 'HOST');
    for (const row of phases) {
      const where = { orgId_sessionId_phase: { orgId: ctx.orgId, sessionId: input.sessionId, phase: row.phase } };
      if (row.phase === input.phase) {
        await db.designThinkingPhase.update({ where, data: { startedAt: now, completedAt: null, updatedAt: row.updatedAt } });
      } else if (row.startedAt && !row.completedAt) {
        await db.designThinkingPhase.update({ where, data: { completedAt: now, updatedAt: row.updatedAt } });
      }
    }
  });
}
