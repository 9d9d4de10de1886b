import type { TenantContext } from '../auth/tenant-context';
import type { SessionKind } from '../db/generated/enums';
import type { TenantDb } from '../db/tenant';
import { conflict, notFound } from '../errors';

export interface ReschedulableSession {
  id: string;
  kind: SessionKind;
  title: string;
  hostId: string;
  startsAt: Date;
  endsAt: Date;
  /** Everyone with a seat, the host included. */
  booked: { id: string; name: string; timeZone: string; role: 'HOST' | 'ATTENDEE' }[];
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The session the caller may move: one they host, or a 1:1 they are booked into; still scheduled and not
 * yet started. Anyone else (a group attendee, a stranger, another org's id) gets "not found", as
 * cancelSession does, so nothing says the session exists. Pass `lock` inside a write to hold the row.
 */
export async function findReschedulableSession(db: TenantDb, ctx: TenantContext, sessionId: string, now: Date, lock = false): Promise<ReschedulableSession> {
  if (!UUID.test(sessionId)) throw notFound('That session');
  if (lock) await db.$executeRaw`SELECT 1 FROM "PeerSession" WHERE "orgId" = ${ctx.orgId}::uuid AND "id" = ${sessionId}::uuid FOR UPDATE`;
  const session = await db.peerSession.findFirst({
    where: { orgId: ctx.orgId, id: sessionId, participants: { some: { employeeId: ctx.employeeId } } },
    select: {
      id: true, kind: true, title: true, status: true, hostId: true, startsAt: true, endsAt: true,
      participants: { where: { status: 'BOOKED' }, orderBy: { createdAt: 'asc' }, select: { role: true, employee: { select: { id: true, name: true, timeZone: true } } } },
    },
  });
  if (!session || (session.hostId !== ctx.employeeId && session.kind !== 'MENTORING')) throw notFound('That session');
  if (session.status !== 'SCHEDULED') throw conflict('This session is canceled or over; it can no longer be moved.');
  if (session.startsAt <= now) throw conflict('This session has started; it can no longer be moved.');
  return {
    id: session.id, kind: session.kind, title: session.title, hostId: session.hostId, startsAt: session.startsAt, endsAt: session.endsAt,
    booked: session.participants.map((p) => ({ ...p.employee, role: p.role })),
  };
}
