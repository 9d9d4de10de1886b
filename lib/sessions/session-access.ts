import { z } from 'zod';
import type { TenantContext } from '../auth/tenant-context';
import type { TenantDb } from '../db/tenant';
import type { SessionKind, SessionStatus } from '../db/generated/enums';

export interface SessionAccess {
  session: { id: string; kind: SessionKind; title: string; status: SessionStatus; hostId: string; startsAt: Date; endsAt: Date };
  isHost: boolean;
}

const sessionId = z.uuid();

/**
 * The session as its host or one of its booked participants sees it, or null for anyone else (a waitlisted
 * or canceled place, a stranger, another org's id, a malformed id): callers turn null into "not found", so
 * nothing says the session exists. Facilitation and knowledge artifacts share this one rule.
 */
export async function findSessionAccess(db: TenantDb, ctx: TenantContext, id: string): Promise<SessionAccess | null> {
  if (!sessionId.safeParse(id).success) return null;
  const session = await db.peerSession.findFirst({
    where: { orgId: ctx.orgId, id, OR: [{ hostId: ctx.employeeId }, { participants: { some: { employeeId: ctx.employeeId, status: 'BOOKED' } } }] },
    select: { id: true, kind: true, title: true, status: true, hostId: true, startsAt: true, endsAt: true },
  });
  return session ? { session, isHost: session.hostId === ctx.employeeId } : null;
}
