// iCalendar (RFC 5545) text for invites and feeds. Pure: no database, no clock (DTSTAMP is passed in).
// A calendar app recognizes an event by its UID and keeps the copy with the highest SEQUENCE, so an
// update or cancellation replaces the entry instead of adding a second one.

export interface CalendarPerson {
  name: string;
  email: string;
}

export interface CalendarEvent {
  /** Stable across every version of the event, e.g. `<sessionId>@peerbridge`. */
  uid: string;
  sequence: number;
  start: Date;
  end: Date;
  summary: string;
  description?: string;
  location?: string;
  url?: string;
  organizer?: CalendarPerson;
  attendees?: CalendarPerson[];
  status: 'CONFIRMED' | 'CANCELLED';
}

export interface Calendar {
  /** REQUEST (an invite or update), CANCEL (withdraws it), or PUBLISH (a feed to subscribe to). */
  method: 'REQUEST' | 'CANCEL' | 'PUBLISH';
  /** When this text was made: every event's DTSTAMP. */
  stamp: Date;
  /** Shown as the calendar's name when subscribed to (feeds). */
  name?: string;
  events: CalendarEvent[];
}

const CRLF = '\r\n';
const MAX_OCTETS = 75;

/** 20261125T090000Z */
function utc(date: Date): string {
  return date.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
}

/** TEXT values escape backslash, semicolon, comma and newlines (RFC 5545 §3.3.11). */
function text(value: string): string {
  return value.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r\n|\r|\n/g, '\\n');
}

/** A quoted parameter value (CN) cannot hold a double quote at all, nor control characters. */
function param(value: string): string {
  return `"${value.replace(/["\p{Cc}]/gu, '')}"`;
}

/** Lines longer than 75 octets continue on the next line after CRLF and one space, never inside a UTF-8 character. */
function fold(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = Buffer.byteLength(char, 'utf8');
    // Continuation lines start with a space, which counts towards their 75 octets.
    const limit = parts.length === 0 ? MAX_OCTETS : MAX_OCTETS - 1;
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join(`${CRLF} `);
}

function person(property: 'ORGANIZER' | 'ATTENDEE', who: CalendarPerson, extra = ''): string {
  return `${property};CN=${param(who.name)}${extra}:mailto:${who.email}`;
}

function eventLines(event: CalendarEvent, calendar: Calendar): string[] {
  const lines = [
    'BEGIN:VEVENT',
    `UID:${event.uid}`,
    `SEQUENCE:${event.sequence}`,
    `DTSTAMP:${utc(calendar.stamp)}`,
    `DTSTART:${utc(event.start)}`,
    `DTEND:${utc(event.end)}`,
    `SUMMARY:${text(event.summary)}`,
  ];
  if (event.description) lines.push(`DESCRIPTION:${text(event.description)}`);
  if (event.location) lines.push(`LOCATION:${text(event.location)}`);
  if (event.url) lines.push(`URL:${event.url}`);
  if (event.organizer) lines.push(person('ORGANIZER', event.organizer));
  const partstat = event.status === 'CANCELLED' ? '' : ';ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED';
  for (const attendee of event.attendees ?? []) lines.push(person('ATTENDEE', attendee, partstat));
  lines.push(`STATUS:${event.status}`, 'TRANSP:OPAQUE', 'END:VEVENT');
  return lines;
}

export function buildCalendar(calendar: Calendar): string {
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Peerbridge//Peer sessions//EN', 'CALSCALE:GREGORIAN', `METHOD:${calendar.method}`];
  if (calendar.name) lines.push(`X-WR-CALNAME:${text(calendar.name)}`);
  for (const event of calendar.events) lines.push(...eventLines(event, calendar));
  lines.push('END:VCALENDAR');
  return lines.map(fold).join(CRLF) + CRLF;
}
