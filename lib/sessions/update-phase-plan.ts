import { z } from 'zod';
import type { TenantContext } from '../auth/tenant-context';
import { DesignPhase } from '../db/generated/enums';
import { withTenant } from '../db/tenant';
import { openDesignPhases } from './open-design-phases';

export const updatePhasePlanInput = z.object({
  sessionId: z.uuid('That session was not found.'),
  phase: z.enum(DesignPhase, 'Choose a phase.'),
  timeboxMinutes: z.coerce.number('Give the timebox in minutes.').int('Use whole minutes.').min(1, 'At least 1 minute.').max(240, 'At most 240 minutes.'),
  prompt: z.string().trim().min(1, 'Write a prompt for the group.').max(2000, 'Keep the prompt under 2,000 characters.'),
});

export type UpdatePhasePlanInput = z.output<typeof updatePhasePlanInput>;

/** The host changes a phase's timebox and prompt (the outputs' version stays as it was; see startPhase). */
export async function updatePhasePlan(ctx: TenantContext, input: UpdatePhasePlanInput): Promise<void> {
  await withTenant(ctx, async (db) => {
    const { phases } = await openDesignPhases(db, ctx, input.sessionId, 'HOST');
    const row = phases.find((p) => p.phase === input.phase)!;
    await db.designThinkingPhase.update({
      where: { orgId_sessionId_phase: { orgId: ctx.orgId, sessionId: input.sessionId, phase: row.phase } },
      data: { timeboxMinutes: input.timeboxMinutes, prompt: input.prompt, updatedAt: row.updatedAt },
    });
  });
}
