import type { TenantContext } from '../auth/tenant-context';
import { withTenant } from '../db/tenant';
import { FEEDBACK_WINDOW_DAYS, feedbackClosesAt } from './feedback-visibility';

export interface FeedbackDue {
  sessionId: string;
  title: string;
  endsAt: Date;
  closesAt: Date;
}

/**
 * Past sessions the caller had a seat in (and was not marked a no-show), whose feedback window is still
 * open and where they have not given feedback yet; most recent first.
 */
export async function listFeedbackDue(ctx: TenantContext, now: Date = new Date()): Promise<FeedbackDue[]> {
  const windowStart = new Date(now.getTime() - FEEDBACK_WINDOW_DAYS * 86_400_000);
  return withTenant(ctx, async (db) => {
    const rows = await db.sessionParticipant.findMany({
      where: {
        orgId: ctx.orgId,
        employeeId: ctx.employeeId,
        status: 'BOOKED',
        OR: [{ attendance: null }, { attendance: 'ATTENDED' }],
        session: { status: { not: 'CANCELED' }, endsAt: { lte: now, gt: windowStart }, feedback: { none: { authorId: ctx.employeeId } } },
      },
      orderBy: { endsAt: 'desc' },
      select: { session: { select: { id: true, title: true, endsAt: true } } },
    });
    return rows.map(({ session }) => ({ sessionId: session.id, title: session.title, endsAt: session.endsAt, closesAt: feedbackClosesAt(session.endsAt) }));
  });
}
