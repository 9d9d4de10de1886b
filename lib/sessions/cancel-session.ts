import { z } from 'zod';
import type { TenantContext } from '../auth/tenant-context';
import { withTenant } from '../db/tenant';
import { conflict, notFound } from '../errors';

export const cancelSessionInput = z.object({
  sessionId: z.uuid('That session was not found.'),
  reason: z.string().trim().min(1, 'Say why, so the others know.').max(1000, 'Keep the reason under 1,000 characters.'),
});

export type CancelSessionInput = z.output<typeof cancelSessionInput>;

/**
 * Cancels a whole session: its host can, and either side of a 1:1. Everyone's place is released (so the
 * time is free again) and the calendar sequence moves on. Releasing the places queues the cancellation
 * emails with the reason, in this transaction (the SessionParticipant trigger, lib/notifications): the
 * others are told, and everyone's calendar entry is withdrawn.
 */
export async function cancelSession(ctx: TenantContext, input: CancelSessionInput, now: Date = new Date()): Promise<{ notified: number }> {
  return withTenant(ctx, async (db) => {
    const session = await db.peerSession.findFirst({
      where: { orgId: ctx.orgId, id: input.sessionId, participants: { some: { employeeId: ctx.employeeId } } },
      select: { id: true, kind: true, status: true, hostId: true, startsAt: true, participants: { where: { status: { in: ['BOOKED', 'WAITLISTED'] } }, select: { employeeId: true } } },
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
    return { notified: session.participants.filter((p) => p.employeeId !== ctx.employeeId).length };
  });
}
