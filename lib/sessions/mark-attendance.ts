import { z } from 'zod';
import type { TenantContext } from '../auth/tenant-context';
import { withTenant } from '../db/tenant';
import { conflict, forbidden, notFound } from '../errors';

export const markAttendanceInput = z.object({
  sessionId: z.uuid('That session was not found.'),
  employeeId: z.uuid('That attendee was not found.'),
  attendance: z.enum(['ATTENDED', 'NO_SHOW'], 'Choose attended or no-show.'),
});

export type MarkAttendanceInput = z.output<typeof markAttendanceInput>;

/**
 * The host (for a 1:1, the mentor) marks a booked attendee as attended or a no-show, once the session has
 * started. A no-show cannot give feedback; someone who already gave feedback was there and cannot be
 * marked a no-show (a host could otherwise silence a review).
 */
export async function markAttendance(ctx: TenantContext, input: MarkAttendanceInput, now: Date = new Date()): Promise<{ name: string }> {
  return withTenant(ctx, async (db) => {
    const session = await db.peerSession.findFirst({
      where: { orgId: ctx.orgId, id: input.sessionId, participants: { some: { employeeId: ctx.employeeId } } },
      select: { hostId: true, status: true, startsAt: true },
    });
    if (!session) throw notFound('That session');
    if (session.hostId !== ctx.employeeId) throw forbidden('Only the host marks attendance.');
    if (session.status === 'CANCELED') throw conflict('This session was canceled.');
    if (session.startsAt > now) throw conflict('Attendance can be marked once the session has started.');
    const attendee = await db.sessionParticipant.findFirst({
      where: { orgId: ctx.orgId, sessionId: input.sessionId, employeeId: input.employeeId, role: 'ATTENDEE', status: 'BOOKED' },
      select: { employee: { select: { name: true } } },
    });
    if (!attendee) throw notFound('That attendee');
    if (input.attendance === 'NO_SHOW') {
      const gaveFeedback = await db.sessionFeedback.count({ where: { orgId: ctx.orgId, sessionId: input.sessionId, authorId: input.employeeId } });
      if (gaveFeedback) throw conflict(`${attendee.employee.name} has already given feedback on this session, so they cannot be marked as a no-show.`);
    }
    await db.sessionParticipant.update({
      where: { orgId_sessionId_employeeId: { orgId: ctx.orgId, sessionId: input.sessionId, employeeId: input.employeeId } },
      data: { attendance: input.attendance },
    });
    return { name: attendee.employee.name };
  });
}
