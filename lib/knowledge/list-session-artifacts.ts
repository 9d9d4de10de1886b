import type { TenantContext } from '../auth/tenant-context';
import type { ArtifactKind, SessionKind, SessionStatus } from '../db/generated/enums';
import { withTenant } from '../db/tenant';
import { notFound } from '../errors';
import { findSessionAccess } from '../sessions';

export interface SessionArtifact {
  id: string;
  kind: ArtifactKind;
  title: string;
  body: string;
  url: string | null;
  author: { id: string; name: string };
  createdAt: Date;
  updatedAt: Date;
  publishedAt: Date | null;
  community: { id: string; name: string } | null;
}

export interface SessionArtifacts {
  session: { id: string; title: string; kind: SessionKind; status: SessionStatus };
  viewerTimeZone: string;
  /** Only the host publishes; for them, the org's active communities to publish to (empty for everyone else). */
  isHost: boolean;
  communities: { id: string; name: string }[];
  artifacts: SessionArtifact[];
}

/** A session's knowledge artifacts, newest first, for its host and booked participants; anyone else gets "not found". */
export async function listSessionArtifacts(ctx: TenantContext, sessionId: string): Promise<SessionArtifacts> {
  return withTenant(ctx, async (db) => {
    const access = await findSessionAccess(db, ctx, sessionId);
    if (!access) throw notFound('That session');
    const artifacts = await db.knowledgeArtifact.findMany({
      where: { orgId: ctx.orgId, sessionId },
      orderBy: [{ createdAt: 'desc' }, { id: 'asc' }],
      select: {
        id: true,
        kind: true,
        title: true,
        body: true,
        url: true,
        createdAt: true,
        updatedAt: true,
        publishedAt: true,
        author: { select: { id: true, name: true } },
        community: { select: { id: true, name: true } },
      },
    });
    const communities = access.isHost ? await db.community.findMany({ where: { orgId: ctx.orgId, status: 'ACTIVE' }, orderBy: { name: 'asc' }, select: { id: true, name: true } }) : [];
    const me = await db.employee.findUniqueOrThrow({ where: { orgId_id: { orgId: ctx.orgId, id: ctx.employeeId } }, select: { timeZone: true } });
    return {
      session: { id: access.session.id, title: access.session.title, kind: access.session.kind, status: access.session.status },
      viewerTimeZone: me.timeZone,
      isHost: access.isHost,
      communities,
      artifacts: artifacts.map((a) => ({ ...a, community: a.publishedAt ? a.community : null })),
    };
  });
}
