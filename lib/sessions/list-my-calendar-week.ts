import type { z } from 'zod';
import type { WeeklyWindow } from '../availability';
import type { TenantContext } from '../auth/tenant-context';
import type { ParticipantRole, ParticipantStatus, SessionKind } from '../db/generated/enums';
import { withTenant } from '../db/tenant';
import { calendarWeek, type CalendarWeek, type calendarWeekQuery } from './calendar-week';

export interface CalendarSession {
  id: string;
  kind: SessionKind;
  title: string;
  startsAt: Date;
  endsAt: Date;
  location: string | null;
  myRole: ParticipantRole;
  myStatus: ParticipantStatus;
  /** The session was canceled, or the caller's own place in it was. */
  canceled: boolean;
  /** The other side of a 1:1, or a group session's host. */
  withName: string | null;
}

export interface MyCalendarWeek {
  week: CalendarWeek;
  timeZone: string;
  /** The caller's weekly availability, in their time zone. */
  windows: WeeklyWindow[];
  sessions: CalendarSession[];
}

/**
 * The caller's sessions (as host, booked or waitlisted, and the canceled ones) that touch one Monday-to-
 * Sunday week in their own time zone, with their weekly hours to shade.
 */
export async function listMyCalendarWeek(ctx: TenantContext, query: z.output<typeof calendarWeekQuery>, now: Date = new Date()): Promise<MyCalendarWeek> {
  return withTenant(ctx, async (db) => {
    const [me, windows] = await Promise.all([
      db.employee.findUniqueOrThrow({ where: { orgId_id: { orgId: ctx.orgId, id: ctx.employeeId } }, select: { timeZone: true } }),
      db.availabilityWindow.findMany({ where: { orgId: ctx.orgId, employeeId: ctx.employeeId }, select: { weekday: true, startMinute: true, endMinute: true } }),
    ]);
    const week = calendarWeek(query.week, me.timeZone, now);
    const rows = await db.sessionParticipant.findMany({
      // The caller's own copy of the times: a seat given up when the session moved stays at the old time.
      where: { orgId: ctx.orgId, employeeId: ctx.employeeId, startsAt: { lt: week.to }, endsAt: { gt: week.from } },
      orderBy: { startsAt: 'asc' },
      select: {
        role: true,
        status: true,
        startsAt: true,
        endsAt: true,
        session: {
          select: {
            id: true, kind: true, title: true, location: true, status: true,
            host: { select: { name: true } },
            participants: { where: { role: 'ATTENDEE', employeeId: { not: ctx.employeeId } }, orderBy: { createdAt: 'asc' }, take: 1, select: { employee: { select: { name: true } } } },
          },
        },
      },
    });
    const sessions = rows.map(({ role, status, startsAt, endsAt, session: { host, participants, status: sessionStatus, ...s } }): CalendarSession => ({
      ...s,
      startsAt,
      endsAt,
      myRole: role,
      myStatus: status,
      canceled: sessionStatus === 'CANCELED' || status === 'CANCELED',
      withName: s.kind === 'MENTORING' ? (role === 'HOST' ? (participants[0]?.employee.name ?? null) : host.name) : role === 'HOST' ? null : host.name,
    }));
    return { week, timeZone: me.timeZone, windows, sessions };
  });
}
