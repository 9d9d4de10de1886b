import { z } from 'zod';
import { zoneCity } from '../availability';
import { buildCalendar, sessionCalendarEvent, type CalendarPerson } from '../calendar';
import { withTenant } from '../db/tenant';
import { appUrl, sendMail, type Mail } from '../mail';
import { SESSION_EMAIL_KINDS, type SessionEmailKind } from './session-email-kinds';

// The worker's side of the session emails queued by the SessionParticipant trigger (see the migration
// session_email_queue). A job says what happened and to whom; this reads the session as it is now, so a
// reminder for a session that moved or was canceled since, or a kind the person muted, is skipped quietly.

const instant = z.iso.datetime({ offset: true }).transform((s) => new Date(s).getTime());

export const sessionEmailJob = z.object({
  orgId: z.uuid(),
  kind: z.enum(SESSION_EMAIL_KINDS.map((k) => k.kind) as [SessionEmailKind, ...SessionEmailKind[]]),
  sessionId: z.uuid(),
  employeeId: z.uuid(),
  actorId: z.uuid().nullable().optional(),
  startsAt: instant,
  endsAt: instant,
  hadInvite: z.boolean().optional(),
});

export type SessionEmailJob = z.input<typeof sessionEmailJob>;

/** The worker acts for no signed-in person; withTenant still scopes every read to the job's org. */
const WORKER_USER_ID = '00000000-0000-0000-0000-000000000000';

type Outcome = { sent: true } | { sent: false; reason: string };

export async function sendSessionEmail(payload: unknown): Promise<Outcome> {
  const job = sessionEmailJob.parse(payload);
  const state = await withTenant({ orgId: job.orgId, userId: WORKER_USER_ID }, async (db) => {
    const [org, session, me, actor] = await Promise.all([
      db.organization.findFirst({ where: { id: job.orgId }, select: { slug: true } }),
      db.peerSession.findFirst({
        where: { orgId: job.orgId, id: job.sessionId },
        select: {
          id: true, kind: true, title: true, agenda: true, location: true, status: true, sequence: true, startsAt: true, endsAt: true, cancelReason: true, rescheduleReason: true,
          host: { select: { id: true, name: true, email: true } },
          participants: { where: { status: 'BOOKED' }, select: { employeeId: true, employee: { select: { name: true, email: true } } } },
        },
      }),
      db.sessionParticipant.findUnique({
        where: { orgId_sessionId_employeeId: { orgId: job.orgId, sessionId: job.sessionId, employeeId: job.employeeId } },
        select: { status: true, employee: { select: { name: true, email: true, timeZone: true, status: true, mutedEmails: true } } },
      }),
      job.actorId ? db.employee.findFirst({ where: { orgId: job.orgId, id: job.actorId }, select: { id: true, name: true } }) : null,
    ]);
    return org && session && me ? { orgSlug: org.slug, session, me, actor } : null;
  });
  if (!state) return { sent: false, reason: 'the session or the person is gone' };
  const { session, me, orgSlug, actor } = state;
  if (me.employee.status !== 'ACTIVE') return { sent: false, reason: 'the person is deactivated' };
  if (me.employee.mutedEmails.includes(job.kind)) return { sent: false, reason: 'muted' };

  const booked = me.status === 'BOOKED';
  const scheduled = session.status === 'SCHEDULED';
  const sameStart = session.startsAt.getTime() === job.startsAt;
  switch (job.kind) {
    case 'SESSION_CONFIRMATION':
    case 'SESSION_CHANGE':
      if (!booked || !scheduled) return { sent: false, reason: 'no longer booked' };
      break;
    case 'SESSION_REMINDER':
      if (!booked || !scheduled || !sameStart) return { sent: false, reason: 'no longer booked at that time' };
      break;
    case 'FEEDBACK_PROMPT':
      if (!booked || session.status === 'CANCELED' || session.endsAt.getTime() !== job.endsAt) return { sent: false, reason: 'no longer booked at that time' };
      break;
    case 'SESSION_CANCELLATION':
      if (booked) return { sent: false, reason: 'booked again since' };
      break;
  }

  const sessionUrl = appUrl(`/o/${orgSlug}/sessions/${session.id}`);
  const recipient: CalendarPerson = { name: me.employee.name, email: me.employee.email };
  const when = new Intl.DateTimeFormat('en-US', { weekday: 'long', month: 'long', day: 'numeric', hour: 'numeric', minute: '2-digit', timeZone: me.employee.timeZone });
  const until = new Intl.DateTimeFormat('en-US', { hour: 'numeric', minute: '2-digit', timeZone: me.employee.timeZone });
  const span = (start: Date | number, end: Date | number) => `${when.format(start)} until ${until.format(end)} (${zoneCity(me.employee.timeZone)} time)`;
  const time = span(session.startsAt, session.endsAt);
  const hosting = session.host.id === job.employeeId;
  const others = session.participants.filter((p) => p.employeeId !== job.employeeId).map((p) => p.employee.name);
  const withLine = session.kind === 'MENTORING' ? `With: ${others[0] ?? session.host.name}` : hosting ? 'You are hosting.' : `Host: ${session.host.name}`;
  const details = [`When: ${time}`, withLine, session.location && `Where: ${session.location}`, session.agenda && `Agenda:\n${session.agenda}`].filter(Boolean).join('\n');
  const footer = `Session page: ${sessionUrl}\n\nChoose which session emails you get: ${appUrl(`/o/${orgSlug}/account`)}\n`;
  const invite = (method: 'REQUEST' | 'CANCEL'): Mail['ics'] => {
    const canceled = method === 'CANCEL';
    const attendees = session.kind === 'MENTORING' && !canceled ? session.participants.map((p) => ({ name: p.employee.name, email: p.employee.email })) : [recipient];
    const event = sessionCalendarEvent({ ...session, host: { name: session.host.name, email: session.host.email } }, { url: sessionUrl, canceled, attendees });
    return { method, content: buildCalendar({ method, stamp: new Date(), events: [event] }) };
  };
  const hi = `Hi ${me.employee.name},\n\n`;

  let mail: Mail;
  switch (job.kind) {
    case 'SESSION_CONFIRMATION':
      mail = {
        to: recipient.email,
        subject: `Confirmed: ${session.title}`,
        text: `${hi}${hosting ? `You are hosting "${session.title}".` : `You are booked into "${session.title}".`}\n\n${details}\n\nThe calendar invite is attached.\n\n${footer}`,
        ics: invite('REQUEST'),
      };
      break;
    case 'SESSION_CHANGE':
      mail = {
        to: recipient.email,
        subject: `New time: ${session.title}`,
        text: `${hi}"${session.title}" has moved.\n\n${details}${session.rescheduleReason ? `\n\nWhy: ${session.rescheduleReason}` : ''}\n\nThe attached invite updates your calendar.\n\n${footer}`,
        ics: invite('REQUEST'),
      };
      break;
    case 'SESSION_REMINDER':
      mail = { to: recipient.email, subject: `Tomorrow: ${session.title}`, text: `${hi}A reminder: "${session.title}" is tomorrow.\n\n${details}\n\n${footer}` };
      break;
    case 'FEEDBACK_PROMPT':
      mail = {
        to: recipient.email,
        subject: `How did "${session.title}" go?`,
        text: `${hi}"${session.title}" has ended. Take a minute to rate it, note the skills you practiced and how far you got, and keep a private note for yourself.\n\nGive feedback: ${appUrl(`/o/${orgSlug}/sessions/${session.id}/feedback`)}\n\nFeedback is blind: the other side sees yours once both of you have given it, or when the feedback window closes.\n\nChoose which session emails you get: ${appUrl(`/o/${orgSlug}/account`)}\n`,
      };
      break;
    case 'SESSION_CANCELLATION': {
      const byMe = actor?.id === job.employeeId;
      const what =
        session.status === 'CANCELED'
          ? `${byMe ? 'You' : (actor?.name ?? 'The host')} canceled "${session.title}".${session.cancelReason ? `\n\nReason: ${session.cancelReason}` : ''}`
          : byMe
            ? `You left "${session.title}"; your place is released.`
            : session.startsAt.getTime() !== job.startsAt
              ? `"${session.title}" moved to a time when you are booked into another session, so your place was released.${session.rescheduleReason ? `\n\nWhy it moved: ${session.rescheduleReason}` : ''}`
              : `Your place in "${session.title}" was released.`;
      mail = {
        to: recipient.email,
        subject: `Canceled: ${session.title}`,
        text: `${hi}${what}\n\nIt was: ${span(job.startsAt, job.endsAt)}\n\n${job.hadInvite ? 'The attached cancellation removes it from your calendar.\n\n' : ''}Your sessions: ${appUrl(`/o/${orgSlug}/sessions`)}\n\nChoose which session emails you get: ${appUrl(`/o/${orgSlug}/account`)}\n`,
        ics: job.hadInvite ? invite('CANCEL') : undefined,
      };
      break;
    }
  }
  await sendMail(mail);
  return { sent: true };
}
