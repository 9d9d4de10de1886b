import type { TenantContext } from '../auth/tenant-context';
import type { Attendance, SessionKind, SessionStatus } from '../db/generated/enums';
import { withTenant } from '../db/tenant';
import { forbidden, notFound } from '../errors';

export interface AttendanceSheet {
  session: { id: string; kind: SessionKind; title: string; startsAt: Date; endsAt: Date; status: SessionStatus };
  timeZone: string;
  /** Attendance can be marked (the session has started and is not canceled). */
  open: boolean;
  attendees: { id: string; name: string; title: string | null; attendance: Attendance | null; gaveFeedback: boolean }[];
}

/**
 * The host's attendance sheet: the booked attendees with what was marked and whether they gave feedback
 * (which rules out "no-show"). Another participant is refused; anyone else gets "not found".
 */
export async function listAttendance(ctx: TenantContext, sessionId: string, now: Date = new Date()): Promise<AttendanceSheet> {
  return withTenant(ctx, async (db) => {
    const session = await db.peerSession.findFirst({
      where: { orgId: ctx.orgId, id: sessionId, participants: { some: { employeeId: ctx.employeeId } } },
      select: {
        id: true, kind: true, title: true, startsAt: true, endsAt: true, status: true, hostId: true,
        participants: { where: { role: 'ATTENDEE', status: 'BOOKED' }, orderBy: { employee: { name: 'asc' } }, select: { attendance: true, employee: { select: { id: true, name: true, title: true } } } },
        feedback: { select: { authorId: true } },
      },
    });
    if (!session) throw notFound('That session');
    if (session.hostId !== ctx.employeeId) throw forbidden('Only the host marks attendance.');
    const me = await db.employee.findUniqueOrThrow({ where: { orgId_id: { orgId: ctx.orgId, id: ctx.employeeId } }, select: { timeZone: true } });
    const gave = new Set(session.feedback.map((f) => f.authorId));
    return {
      session: { id: session.id, kind: session.kind, title: session.title, startsAt: session.startsAt, endsAt: session.endsAt, status: session.status },
      timeZone: me.timeZone,
      open: session.status !== 'CANCELED' && session.startsAt <= now,
      attendees: session.participants.map((p) => ({ ...p.employee, attendance: p.attendance, gaveFeedback: gave.has(p.employee.id) })),
    };
  });
}
