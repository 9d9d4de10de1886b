import type { TenantContext } from '../auth/tenant-context';
import type { SessionStatus } from '../db/generated/enums';
import { withTenant } from '../db/tenant';
import { notFound } from '../errors';

export interface MentoringBooking {
  id: string;
  matchId: string;
  title: string;
  agenda: string | null;
  startsAt: Date;
  endsAt: Date;
  status: SessionStatus;
  mentor: { id: string; name: string };
}

/** A 1:1 session the caller booked (e.g. to answer a booking request, first time or repeated). */
export async function getMentoringBooking(ctx: TenantContext, sessionId: string): Promise<MentoringBooking> {
  const row = await withTenant(ctx, (db) =>
    db.peerSession.findFirst({
      where: { orgId: ctx.orgId, id: sessionId, kind: 'MENTORING', createdById: ctx.employeeId },
      select: { id: true, matchId: true, title: true, agenda: true, startsAt: true, endsAt: true, status: true, host: { select: { id: true, name: true } } },
    }),
  );
  if (!row?.matchId) throw notFound('That session');
  const { host, matchId, ...booking } = row;
  return { ...booking, matchId, mentor: host };
}
