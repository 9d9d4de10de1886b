import type { CalendarEvent, CalendarPerson } from './build-calendar';

export interface CalendarSession {
  id: string;
  title: string;
  agenda: string | null;
  location: string | null;
  sequence: number;
  startsAt: Date;
  endsAt: Date;
  host: CalendarPerson;
}

/**
 * One peer session as a calendar event. The UID is the session's id, the same in every email and in the
 * feed, so each new version (a higher SEQUENCE) updates the one entry people already have.
 */
export function sessionCalendarEvent(session: CalendarSession, options: { url: string; canceled: boolean; attendees?: CalendarPerson[] }): CalendarEvent {
  const description = [session.agenda?.trim(), `Session page: ${options.url}`].filter(Boolean).join('\n\n');
  return {
    uid: `${session.id}@peerbridge`,
    sequence: session.sequence,
    start: session.startsAt,
    end: session.endsAt,
    summary: options.canceled ? `Canceled: ${session.title}` : session.title,
    description,
    location: session.location ?? undefined,
    url: options.url,
    organizer: session.host,
    attendees: options.attendees,
    status: options.canceled ? 'CANCELLED' : 'CONFIRMED',
  };
}
