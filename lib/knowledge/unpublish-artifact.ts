import { z } from 'zod';
import type { TenantContext } from '../auth/tenant-context';
import { withTenant } from '../db/tenant';
import { findHostedArtifact } from './find-hosted-artifact';

export const unpublishArtifactInput = z.object({ artifactId: z.uuid('That artifact was not found.') });

export type UnpublishArtifactInput = z.output<typeof unpublishArtifactInput>;

/** The session's host takes an artifact out of its community's library; it stays with the session. */
export async function unpublishArtifact(ctx: TenantContext, input: UnpublishArtifactInput): Promise<void> {
  await withTenant(ctx, async (db) => {
    const artifact = await findHostedArtifact(db, ctx, input.artifactId);
    await db.knowledgeArtifact.update({ where: { orgId_id: { orgId: ctx.orgId, id: artifact.id } }, data: { communityId: null, publishedAt: null } });
  });
}
