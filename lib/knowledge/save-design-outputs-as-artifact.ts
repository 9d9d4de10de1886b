import { z } from 'zod';
import type { TenantContext } from '../auth/tenant-context';
import { withTenant } from '../db/tenant';
import { invalid } from '../errors';
import { designPhaseLabel, openDesignPhases } from '../sessions';
import { ARTIFACT_BODY_MAX } from './create-artifact';

export const saveDesignOutputsInput = z.object({ sessionId: z.uuid('That session was not found.') });

export type SaveDesignOutputsInput = z.output<typeof saveDesignOutputsInput>;

/**
 * Compiles the five phases' outputs into one markdown document (a heading and the prompt per phase) and keeps
 * it as the session's design-outputs artifact: the first save creates it, later saves bring it up to date
 * (its publication stays as the host set it). For the host and booked participants.
 */
export async function saveDesignOutputsAsArtifact(ctx: TenantContext, input: SaveDesignOutputsInput): Promise<{ artifactId: string; created: boolean }> {
  return withTenant(ctx, async (db) => {
    const { session, phases } = await openDesignPhases(db, ctx, input.sessionId, 'HOST_OR_PARTICIPANT');
    if (phases.every((p) => !p.outputs.trim())) throw invalid('Nothing to save yet: record the outputs of at least one phase first.');
    const body = phases
      .map((p) => `## ${p.position}. ${designPhaseLabel(p.phase)}\n\n> ${p.prompt.replace(/\n/g, '\n> ')}\n\n${p.outputs.trim() || '_Nothing recorded._'}\n`)
      .join('\n');
    if (body.length > ARTIFACT_BODY_MAX) throw invalid('Together the outputs are longer than 50,000 characters; shorten some phases and save again.');
    const title = `Design-thinking outputs: ${session.title}`.slice(0, 200);
    const existing = await db.knowledgeArtifact.findFirst({ where: { orgId: ctx.orgId, sessionId: session.id, kind: 'DESIGN_OUTPUTS' }, orderBy: { createdAt: 'asc' }, select: { id: true } });
    if (existing) {
      await db.knowledgeArtifact.update({ where: { orgId_id: { orgId: ctx.orgId, id: existing.id } }, data: { title, body } });
      return { artifactId: existing.id, created: false };
    }
    const artifact = await db.knowledgeArtifact.create({
      data: { orgId: ctx.orgId, kind: 'DESIGN_OUTPUTS', title, body, sessionId: session.id, authorId: ctx.employeeId },
      select: { id: true },
    });
    return { artifactId: artifact.id, created: true };
  });
}
