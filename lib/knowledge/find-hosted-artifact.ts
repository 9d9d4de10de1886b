import type { TenantContext } from '../auth/tenant-context';
import type { TenantDb } from '../db/tenant';
import { forbidden, notFound } from '../errors';
import { findSessionAccess } from '../sessions';

/**
 * A session artifact the caller may publish or unpublish: only the session's host decides. A participant is
 * told so; anyone who cannot see the session (another org's id included) gets "not found".
 */
export async function findHostedArtifact(db: TenantDb, ctx: TenantContext, artifactId: string): Promise<{ id: string; title: string }> {
  const artifact = await db.knowledgeArtifact.findFirst({ where: { orgId: ctx.orgId, id: artifactId }, select: { id: true, title: true, sessionId: true } });
  const access = artifact?.sessionId ? await findSessionAccess(db, ctx, artifact.sessionId) : null;
  if (!artifact || !access) throw notFound('That artifact');
  if (!access.isHost) throw forbidden('Only the session’s host decides what is published.');
  return { id: artifact.id, title: artifact.title };
}
