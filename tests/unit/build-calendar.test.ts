import { describe, expect, it } from 'vitest';
import { buildCalendar, sessionCalendarEvent, type CalendarEvent } from '../../lib/calendar';

// RFC 5545 text: CRLF lines of at most 75 octets, escaped TEXT values, UTC times, and a UID/SEQUENCE that
// let calendar apps update an entry instead of adding a second one.

const stamp = new Date('2026-11-25T09:00:00Z');
const event: CalendarEvent = {
  uid: '7d1c1a4e-2b8e-4a8e-9b7a-1c2d3e4f5a6b@peerbridge',
  sequence: 2,
  start: new Date('2026-12-01T14:30:00Z'),
  end: new Date('2026-12-01T15:15:00.000Z'),
  summary: 'Docker mentoring',
  status: 'CONFIRMED',
  organizer: { name: 'Noah Eze', email: 'noah.eze@acme.example' },
  attendees: [{ name: 'Maya Chen', email: 'maya.chen@acme.example' }],
};

/** Undoes line folding (CRLF + one space), the first thing any parser does. */
const unfold = (ics: string) => ics.replace(/\r\n /g, '');
const lines = (ics: string) => unfold(ics).split('\r\n');

describe('buildCalendar', () => {
  it('writes an invite with method, stable UID, sequence, stamp and UTC times', () => {
    const ics = buildCalendar({ method: 'REQUEST', stamp, events: [event] });
    expect(ics.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n')).toBe(true);
    expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(lines(ics)).toEqual(
      expect.arrayContaining([
        'METHOD:REQUEST',
        'BEGIN:VEVENT',
        'UID:7d1c1a4e-2b8e-4a8e-9b7a-1c2d3e4f5a6b@peerbridge',
        'SEQUENCE:2',
        'DTSTAMP:20261125T090000Z',
        'DTSTART:20261201T143000Z',
        'DTEND:20261201T151500Z',
        'SUMMARY:Docker mentoring',
        'ORGANIZER;CN="Noah Eze":mailto:noah.eze@acme.example',
        'ATTENDEE;CN="Maya Chen";ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:maya.chen@acme.example',
        'STATUS:CONFIRMED',
        'END:VEVENT',
      ]),
    );
    // No bare LF anywhere: every line ends in CRLF.
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  });

  it('writes a cancellation with METHOD:CANCEL and STATUS:CANCELLED', () => {
    const ics = buildCalendar({ method: 'CANCEL', stamp, events: [{ ...event, sequence: 3, status: 'CANCELLED' }] });
    expect(lines(ics)).toEqual(expect.arrayContaining(['METHOD:CANCEL', 'SEQUENCE:3', 'STATUS:CANCELLED', 'ATTENDEE;CN="Maya Chen":mailto:maya.chen@acme.example']));
  });

  it('escapes backslashes, semicolons, commas and newlines in text, and quotes in names', () => {
    const ics = buildCalendar({
      method: 'PUBLISH',
      stamp,
      name: 'Sessions, mine',
      events: [{ ...event, summary: 'Q&A; part 1, "live"', description: 'Line one\nLine two\r\nC:\\path', location: 'Room 4; floor 2', organizer: { name: 'Noah "N" Eze', email: 'noah.eze@acme.example' } }],
    });
    const all = lines(ics);
    expect(all).toContain('X-WR-CALNAME:Sessions\\, mine');
    expect(all).toContain('SUMMARY:Q&A\\; part 1\\, "live"');
    expect(all).toContain('DESCRIPTION:Line one\\nLine two\\nC:\\\\path');
    expect(all).toContain('LOCATION:Room 4\\; floor 2');
    expect(all).toContain('ORGANIZER;CN="Noah N Eze":mailto:noah.eze@acme.example');
  });

  it('folds lines longer than 75 octets without splitting a UTF-8 character, and unfolds to the original', () => {
    const summary = `Atelier de conception — ${'é'.repeat(60)} ${'x'.repeat(90)}`;
    const ics = buildCalendar({ method: 'REQUEST', stamp, events: [{ ...event, summary }] });
    for (const line of ics.split('\r\n')) expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
    expect(ics.split('\r\n').filter((l) => l.startsWith(' ')).length).toBeGreaterThan(1);
    // Two-octet characters end up right at a fold: the cut falls between characters, so no line holds half of one.
    expect(ics.split('\r\n').some((l) => Buffer.byteLength(l, 'utf8') === 74)).toBe(true);
    expect(lines(ics)).toContain(`SUMMARY:${summary}`);
  });
});

describe('sessionCalendarEvent', () => {
  const session = {
    id: '7d1c1a4e-2b8e-4a8e-9b7a-1c2d3e4f5a6b',
    title: 'Design sprint',
    agenda: 'Map the journey',
    location: 'https://meet.example/abc',
    sequence: 4,
    startsAt: event.start,
    endsAt: event.end,
    host: { name: 'Sofia Alvarez', email: 'sofia.alvarez@acme.example' },
  };

  it('keys the event by session id, carries the sequence, and links the session page', () => {
    const e = sessionCalendarEvent(session, { url: 'http://localhost:3000/o/acme/sessions/x', canceled: false });
    expect(e).toMatchObject({ uid: `${session.id}@peerbridge`, sequence: 4, status: 'CONFIRMED', summary: 'Design sprint', location: 'https://meet.example/abc', organizer: session.host });
    expect(e.description).toBe('Map the journey\n\nSession page: http://localhost:3000/o/acme/sessions/x');
  });

  it('marks a canceled session as such', () => {
    expect(sessionCalendarEvent({ ...session, agenda: null }, { url: 'u', canceled: true })).toMatchObject({ status: 'CANCELLED', summary: 'Canceled: Design sprint', description: 'Session page: u' });
  });
});
