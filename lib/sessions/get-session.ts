import { z } from 'zod';
import type { TenantContext } from '../auth/tenant-context';
import type { DesignPhase, ParticipantRole, SessionKind, SessionStatus } from '../db/generated/enums';
import { withTenant } from '../db/tenant';
import { notFound } from '../errors';
import { designPhaseLabel } from './design-thinking-template';

export type ViewerStatus = 'HOST' | 'BOOKED' | 'WAITLISTED' | 'NONE';

/** What the viewer may do with the session; the pages those lead to check again. */
export interface SessionPermissions {
  book: boolean;
  joinWaitlist: boolean;
  leave: boolean;
  cancel: boolean;
  reschedule: boolean;
  facilitate: boolean;
  feedback: boolean;
  attendance: boolean;
  artifacts: boolean;
  invite: boolean;
}

export interface SessionDetail {
  id: string;
  kind: SessionKind;
  title: string;
  agenda: string | null;
  startsAt: Date;
  endsAt: Date;
  status: SessionStatus;
  location: string | null;
  capacity: number;
  seatsTaken: number;
  cancelReason: string | null;
  rescheduleReason: string | null;
  matchId: string | null;
  host: { id: string; name: string; title: string | null; timeZone: string };
  community: { id: string; name: string } | null;
  skills: { id: string; name: string }[];
  /** Everyone with a seat (the host first), in the order they got it. */
  booked: { id: string; name: string; role: ParticipantRole }[];
  waitlistCount: number;
  /** The waiting people in the order they will be promoted: only the host sees who they are. */
  waitlist: { id: string; name: string }[];
  phases: { phase: DesignPhase; label: string; position: number; timeboxMinutes: number; started: boolean; completed: boolean; hasOutputs: boolean }[];
  viewer: { status: ViewerStatus; timeZone: string; waitlistPosition: number | null };
  can: SessionPermissions;
}

/**
 * One session with everything its page shows. A group session is visible to every member of the org; a
 * 1:1 only to its two people (anyone else gets "not found", as for an id from another org).
 */
export async function getSession(ctx: TenantContext, sessionId: string, now: Date = new Date()): Promise<SessionDetail> {
  if (!z.uuid().safeParse(sessionId).success) throw notFound('That session');
  return withTenant(ctx, async (db) => {
    const [session, me] = await Promise.all([
      db.peerSession.findFirst({
        where: { orgId: ctx.orgId, id: sessionId, OR: [{ kind: { not: 'MENTORING' } }, { participants: { some: { employeeId: ctx.employeeId } } }] },
        select: {
          id: true, kind: true, title: true, agenda: true, startsAt: true, endsAt: true, status: true, location: true, capacity: true, seatsTaken: true, cancelReason: true, rescheduleReason: true, matchId: true,
          host: { select: { id: true, name: true, title: true, timeZone: true } },
          community: { select: { id: true, name: true } },
          skills: { select: { skill: { select: { id: true, name: true } } }, orderBy: { skill: { name: 'asc' } } },
          designPhases: { orderBy: { position: 'asc' }, select: { phase: true, position: true, timeboxMinutes: true, startedAt: true, completedAt: true, outputs: true } },
          participants: {
            where: { status: { in: ['BOOKED', 'WAITLISTED'] } },
            select: { employeeId: true, role: true, status: true, createdAt: true, updatedAt: true, employee: { select: { name: true } } },
          },
        },
      }),
      db.employee.findUniqueOrThrow({ where: { orgId_id: { orgId: ctx.orgId, id: ctx.employeeId } }, select: { timeZone: true } }),
    ]);
    if (!session) throw notFound('That session');

    const byTime = (a: Date, b: Date) => a.getTime() - b.getTime();
    const booked = session.participants
      .filter((p) => p.status === 'BOOKED')
      .sort((a, b) => (a.role === b.role ? byTime(a.createdAt, b.createdAt) : a.role === 'HOST' ? -1 : 1))
      .map((p) => ({ id: p.employeeId, name: p.employee.name, role: p.role }));
    // The order cancelSeat promotes in.
    const waiting = session.participants
      .filter((p) => p.status === 'WAITLISTED')
      .sort((a, b) => byTime(a.updatedAt, b.updatedAt) || a.employeeId.localeCompare(b.employeeId));

    const isHost = session.host.id === ctx.employeeId;
    const mine = session.participants.find((p) => p.employeeId === ctx.employeeId);
    const status: ViewerStatus = isHost ? 'HOST' : mine?.status === 'BOOKED' ? 'BOOKED' : mine?.status === 'WAITLISTED' ? 'WAITLISTED' : 'NONE';
    const waitlistPosition = status === 'WAITLISTED' ? waiting.findIndex((p) => p.employeeId === ctx.employeeId) + 1 : null;

    const group = session.kind !== 'MENTORING';
    const live = session.status !== 'CANCELED';
    const upcoming = session.status === 'SCHEDULED' && session.startsAt > now;
    const seated = status === 'HOST' || status === 'BOOKED';
    const canChange = isHost || (!group && seated);
    const can: SessionPermissions = {
      book: group && upcoming && status === 'NONE' && session.seatsTaken < session.capacity,
      joinWaitlist: group && upcoming && status === 'NONE' && session.seatsTaken >= session.capacity,
      leave: group && upcoming && (status === 'BOOKED' || status === 'WAITLISTED'),
      cancel: upcoming && canChange,
      reschedule: upcoming && canChange,
      facilitate: live && session.kind === 'DESIGN_THINKING' && seated,
      feedback: live && session.endsAt <= now && seated,
      attendance: live && isHost && session.startsAt <= now,
      artifacts: live && seated,
      invite: session.status === 'SCHEDULED' && seated,
    };

    return {
      id: session.id, kind: session.kind, title: session.title, agenda: session.agenda, startsAt: session.startsAt, endsAt: session.endsAt, status: session.status,
      location: session.location, capacity: session.capacity, seatsTaken: session.seatsTaken, cancelReason: session.cancelReason, rescheduleReason: session.rescheduleReason, matchId: session.matchId,
      host: session.host,
      community: session.community,
      skills: session.skills.map((s) => s.skill),
      booked,
      waitlistCount: waiting.length,
      waitlist: isHost ? waiting.map((p) => ({ id: p.employeeId, name: p.employee.name })) : [],
      phases: session.designPhases.map((p) => ({
        phase: p.phase, label: designPhaseLabel(p.phase), position: p.position, timeboxMinutes: p.timeboxMinutes, started: p.startedAt !== null, completed: p.completedAt !== null, hasOutputs: p.outputs.trim() !== '',
      })),
      viewer: { status, timeZone: me.timeZone, waitlistPosition },
      can,
    };
  });
}
