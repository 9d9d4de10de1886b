import { z } from 'zod';
import type { TenantContext } from '../auth/tenant-context';
import type { ParticipantRole, ParticipantStatus, SessionKind, SessionStatus } from '../db/generated/enums';
import { withTenant } from '../db/tenant';
import { pageParam, pageWindow } from '../pagination';

export const MY_SESSION_TABS = ['upcoming', 'past', 'canceled'] as const;
export type MySessionTab = (typeof MY_SESSION_TABS)[number];
export const SESSIONS_PAGE_SIZE = 20;

export const mySessionsQuery = z.object({
  tab: z.enum(MY_SESSION_TABS).catch('upcoming'),
  page: pageParam,
});

export interface MySession {
  id: string;
  kind: SessionKind;
  title: string;
  agenda: string | null;
  startsAt: Date;
  endsAt: Date;
  status: SessionStatus;
  location: string | null;
  cancelReason: string | null;
  matchId: string | null;
  host: { id: string; name: string };
  capacity: number;
  seatsTaken: number;
  myRole: ParticipantRole;
  myStatus: ParticipantStatus;
  /** The other people booked in (for a 1:1, the other side). */
  others: { id: string; name: string }[];
}

/**
 * The caller's sessions, as host or attendee: upcoming (soonest first), past (latest first), or canceled
 * (the session, or the caller's own place in it); with the caller's time zone to show them in.
 */
export async function listMySessions(ctx: TenantContext, query: z.output<typeof mySessionsQuery>, now: Date = new Date()) {
  return withTenant(ctx, async (db) => {
    const mine = { orgId: ctx.orgId, employeeId: ctx.employeeId };
    const where =
      query.tab === 'canceled'
        ? { ...mine, OR: [{ status: 'CANCELED' as const }, { session: { status: 'CANCELED' as const } }] }
        : { ...mine, status: { in: ['BOOKED' as const, 'WAITLISTED' as const] }, session: { status: { not: 'CANCELED' as const }, ...(query.tab === 'upcoming' ? { endsAt: { gt: now } } : { endsAt: { lte: now } }) } };
    const [total, me] = await Promise.all([
      db.sessionParticipant.count({ where }),
      db.employee.findUniqueOrThrow({ where: { orgId_id: { orgId: ctx.orgId, id: ctx.employeeId } }, select: { timeZone: true } }),
    ]);
    const window = pageWindow(total, query.page, SESSIONS_PAGE_SIZE);
    const rows = await db.sessionParticipant.findMany({
      where,
      orderBy: { startsAt: query.tab === 'upcoming' ? 'asc' : 'desc' },
      skip: window.skip,
      take: window.take,
      select: {
        role: true,
        status: true,
        session: {
          select: {
            id: true, kind: true, title: true, agenda: true, startsAt: true, endsAt: true, status: true, location: true, cancelReason: true, matchId: true, capacity: true, seatsTaken: true,
            host: { select: { id: true, name: true } },
            participants: { where: { status: 'BOOKED', employeeId: { not: ctx.employeeId } }, orderBy: { createdAt: 'asc' }, take: 5, select: { employee: { select: { id: true, name: true } } } },
          },
        },
      },
    });
    const sessions: MySession[] = rows.map(({ role, status, session: { participants, ...s } }) => ({ ...s, myRole: role, myStatus: status, others: participants.map((p) => p.employee) }));
    return { sessions, total, timeZone: me.timeZone, ...window };
  });
}
