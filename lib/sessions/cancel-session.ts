import { z } from 'zod';
import type { TenantContext } from '../auth/tenant-context';
import { withTenant } from '../db/tenant';
import { conflict, notFound } from '../errors';
import { appUrl, sendMail, type Mail } from '../mail';

export const cancelSessionInput = z.object({
  sessionId: z.uuid('That session was not found.'),
  reason: z.string().trim().min(1, 'Say why, so the others know.').max(1000, 'Keep the reason under 1,000 characters.'),
});

export type CancelSessionInput = z.output<typeof cancelSessionInput>;

/**
 * Cancels a whole session: its host can, and either side of a 1:1. Everyone's place is released (so the
 * time is free again), the calendar sequence moves on, and the others are emailed the reason.
 */
export async function cancelSession(ctx: TenantContext, input: CancelSessionInput, now: Date = new Date()): Promise<{ notified: number }> {
  const mails = await withTenant(ctx, async (db) => {
    const session = await db.peerSession.findFirst({
      where: { orgId: ctx.orgId, id: input.sessionId, participants: { some: { employeeId: ctx.employeeId } } },
      select: { id: true, kind: true, title: true, status: true, hostId: true, startsAt: true, participants: { where: { status: { in: ['BOOKED', 'WAITLISTED'] } }, select: { employeeId: true, employee: { select: { email: true, name: true, timeZone: true } } } } },
    });
    if (!session) throw notFound('That session');
    const isParty = session.participants.some((p) => p.employeeId === ctx.employeeId);
    if (session.hostId !== ctx.employeeId && !(session.kind === 'MENTORING' && isParty)) throw notFound('That session');
    if (session.status !== 'SCHEDULED') throw conflict('This session is already canceled or over.');
    if (session.startsAt <= now) throw conflict('This session has started; it can no longer be canceled.');
    await db.peerSession.update({
      where: { orgId_id: { orgId: ctx.orgId, id: session.id } },
      data: { status: 'CANCELED', canceledAt: now, cancelReason: input.reason, sequence: { increment: 1 }, seatsTaken: 0 },
    });
    await db.sessionParticipant.updateMany({ where: { orgId: ctx.orgId, sessionId: session.id, status: { in: ['BOOKED', 'WAITLISTED'] } }, data: { status: 'CANCELED' } });
    return session.participants
      .filter((p) => p.employeeId !== ctx.employeeId)
      .map(
        (p): Mail => ({
          to: p.employee.email,
          subject: `Canceled: ${session.title}`,
          text: `Hi ${p.employee.name},\n\n${ctx.employeeName} canceled "${session.title}" on ${new Intl.DateTimeFormat('en-US', { dateStyle: 'medium', timeStyle: 'short', timeZone: p.employee.timeZone }).format(session.startsAt)} (your time).\n\nReason: ${input.reason}\n\nYour sessions: ${appUrl(`/o/${ctx.orgSlug}/sessions`)}\n`,
        }),
      );
  });
  for (const mail of mails) await sendMail(mail);
  return { notified: mails.length };
}
