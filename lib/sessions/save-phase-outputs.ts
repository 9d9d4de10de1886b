import { z } from 'zod';
import type { TenantContext } from '../auth/tenant-context';
import { DesignPhase } from '../db/generated/enums';
import { withTenant } from '../db/tenant';
import { openDesignPhases } from './open-design-phases';

export const PHASE_OUTPUTS_MAX = 20_000;

export const savePhaseOutputsInput = z.object({
  sessionId: z.uuid('That session was not found.'),
  phase: z.enum(DesignPhase, 'Choose a phase.'),
  outputs: z.string().max(PHASE_OUTPUTS_MAX, 'Keep the outputs under 20,000 characters.'),
  /** The outputs' version the editor loaded (updatedAt, ISO). */
  baseUpdatedAt: z.iso.datetime({ offset: true, error: 'Reload the page and try again.' }),
});

export type SavePhaseOutputsInput = z.output<typeof savePhaseOutputsInput>;

export type SavePhaseOutputsResult =
  | { status: 'SAVED'; updatedAt: Date }
  /** Someone saved this phase after the editor loaded it: their version, untouched, to merge with what was typed. */
  | { status: 'CONFLICT'; theirs: { outputs: string; updatedAt: Date } };

/**
 * The host or a booked participant records a phase's outputs (markdown). Optimistic concurrency: the save
 * only lands when the phase is still at the version the editor loaded; otherwise nothing is written and the
 * other person's version comes back, so the caller can show both and lose nothing.
 */
export async function savePhaseOutputs(ctx: TenantContext, input: SavePhaseOutputsInput, now: Date = new Date()): Promise<SavePhaseOutputsResult> {
  return withTenant(ctx, async (db) => {
    const { phases } = await openDesignPhases(db, ctx, input.sessionId, 'HOST_OR_PARTICIPANT');
    const row = phases.find((p) => p.phase === input.phase)!;
    const base = new Date(input.baseUpdatedAt);
    if (row.updatedAt.getTime() !== base.getTime()) return { status: 'CONFLICT', theirs: { outputs: row.outputs, updatedAt: row.updatedAt } };
    // A new version must differ from the old one even when two saves fall in the same millisecond.
    const updatedAt = new Date(Math.max(now.getTime(), base.getTime() + 1));
    await db.designThinkingPhase.update({
      where: { orgId_sessionId_phase: { orgId: ctx.orgId, sessionId: input.sessionId, phase: row.phase } },
      data: { outputs: input.outputs, updatedAt },
    });
    return { status: 'SAVED', updatedAt };
  });
}
