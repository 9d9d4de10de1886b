import type { TenantDb } from '../db/tenant';
import { DESIGN_THINKING_TEMPLATE } from './design-thinking-template';

/**
 * Gives a design-thinking session its five phases from the template (timebox and prompt each, no outputs
 * yet). Safe to call again: phases that exist are left as they are.
 */
export async function createDesignPhases(db: TenantDb, orgId: string, sessionId: string): Promise<void> {
  await db.designThinkingPhase.createMany({
    data: DESIGN_THINKING_TEMPLATE.map((p) => ({ orgId, sessionId, phase: p.phase, position: p.position, timeboxMinutes: p.timeboxMinutes, prompt: p.prompt })),
    skipDuplicates: true,
  });
}
