import { z } from 'zod';
import type { TenantContext } from '../auth/tenant-context';
import { buildCalendar, sessionCalendarEvent } from '../calendar';
import { withTenant } from '../db/tenant';
import { notFound } from '../errors';
import { appUrl } from '../mail';

export const sessionInviteInput = z.object({ sessionId: z.uuid('That session was not found.') });

/**
 * One session's invite for the signed-in caller to add by hand: an invite while they are booked, a
 * cancellation (so the entry goes away) once the session is canceled. Only for people booked into it.
 */
export async function getSessionInvite(ctx: TenantContext, input: z.output<typeof sessionInviteInput>, now: Date = new Date()): Promise<{ filename: string; method: 'REQUEST' | 'CANCEL'; ics: string }> {
  const row = await withTenant(ctx, (db) =>
    db.sessionParticipant.findFirst({
      where: { orgId: ctx.orgId, sessionId: input.sessionId, employeeId: ctx.employeeId, OR: [{ status: 'BOOKED' }, { session: { status: 'CANCELED' } }] },
      select: {
        employee: { select: { name: true, email: true } },
        session: { select: { id: true, title: true, agenda: true, location: true, status: true, sequence: true, startsAt: true, endsAt: true, host: { select: { name: true, email: true } } } },
      },
    }),
  );
  if (!row) throw notFound('That session');
  const canceled = row.session.status === 'CANCELED';
  const event = sessionCalendarEvent(row.session, { url: appUrl(`/o/${ctx.orgSlug}/sessions/${row.session.id}`), canceled, attendees: [row.employee] });
  const slug = row.session.title.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 60) || 'session';
  const method = canceled ? 'CANCEL' : 'REQUEST';
  return { filename: `${slug}.ics`, method, ics: buildCalendar({ method, stamp: now, events: [event] }) };
}
