import { z } from 'zod';
import type { TenantContext } from '../auth/tenant-context';
import { withTenant } from '../db/tenant';
import { invalid } from '../errors';
import { findHostedArtifact } from './find-hosted-artifact';

export const publishArtifactInput = z.object({
  artifactId: z.uuid('That artifact was not found.'),
  communityId: z.uuid('Choose a community.'),
});

export type PublishArtifactInput = z.output<typeof publishArtifactInput>;

/** The session's host publishes an artifact to an active community's library (or moves it to another one). */
export async function publishArtifact(ctx: TenantContext, input: PublishArtifactInput, now: Date = new Date()): Promise<{ communityName: string }> {
  return withTenant(ctx, async (db) => {
    const artifact = await findHostedArtifact(db, ctx, input.artifactId);
    const community = await db.community.findFirst({ where: { orgId: ctx.orgId, id: input.communityId, status: 'ACTIVE' }, select: { id: true, name: true } });
    if (!community) throw invalid('Choose an active community.', { communityId: ['Choose an active community.'] });
    await db.knowledgeArtifact.update({ where: { orgId_id: { orgId: ctx.orgId, id: artifact.id } }, data: { communityId: community.id, publishedAt: now } });
    return { communityName: community.name };
  });
}
