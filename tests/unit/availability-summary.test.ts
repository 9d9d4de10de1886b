import { describe, expect, it } from 'vitest';
import { availabilityText, formatDayRange, formatWeeklyHours, summarizeAvailability, zoneCity } from '../../lib/availability';

const day = (n: number) => n * 1440;
const winter = new Date('2026-01-14T12:00:00Z');
const mornings = (days: number[], start: number, end: number) => days.map((d) => ({ start: day(d) + start, end: day(d) + end }));

describe('summarizeAvailability', () => {
  it('merges days with the same hours and gives the owner’s clock beside the viewer’s', () => {
    const berlin = [...mornings([0, 1, 2, 3], 540, 720), ...mornings([4], 540, 660)];
    const summary = summarizeAvailability(berlin, 'Europe/Berlin', 'Asia/Kolkata', winter);
    expect(summary.lines).toEqual([
      { days: 'Mon–Thu', times: '13:30–16:30', theirs: '09:00–12:00' },
      { days: 'Fri', times: '13:30–15:30', theirs: '09:00–11:00' },
    ]);
    expect(summary.weeklyMinutes).toBe(4 * 180 + 120);
    expect(availabilityText(summary, 'Berlin')).toBe('Mon–Thu 13:30–16:30 (09:00–12:00 in Berlin); Fri 13:30–15:30 (09:00–11:00 in Berlin)');
  });

  it('leaves out the owner’s clock when it reads the same', () => {
    const summary = summarizeAvailability(mornings([0, 2], 600, 660), 'Europe/Berlin', 'Europe/Paris', winter);
    expect(summary.sameClock).toBe(true);
    expect(summary.lines).toEqual([{ days: 'Mon, Wed', times: '10:00–11:00', theirs: null }]);
    expect(availabilityText(summary, 'Berlin')).toBe('Mon, Wed 10:00–11:00');
  });

  it('names the owner’s days when their date differs, and lets a run of days go round the week', () => {
    // Tokyo (+9) Monday–Friday 09:00–11:00 is New York (−5) Sunday–Thursday 19:00–21:00.
    const summary = summarizeAvailability(mornings([0, 1, 2, 3, 4], 540, 660), 'Asia/Tokyo', 'America/New_York', winter);
    expect(summary.lines).toEqual([{ days: 'Sun–Thu', times: '19:00–21:00', theirs: 'Mon–Fri 09:00–11:00' }]);
  });

  it('writes a range that runs past midnight with its end time, and midnight itself as 24:00', () => {
    const summary = summarizeAvailability([{ start: 1200, end: 1440 }], 'Europe/Berlin', 'Asia/Tokyo', winter);
    expect(summary.lines).toEqual([{ days: 'Tue', times: '04:00–08:00', theirs: 'Mon 20:00–24:00' }]);
    const late = summarizeAvailability([{ start: 1200, end: 1440 }], 'Europe/Berlin', 'Europe/London', winter);
    expect(late.lines).toEqual([{ days: 'Mon', times: '19:00–23:00', theirs: '20:00–24:00' }]);
    const overnight = summarizeAvailability([{ start: 1200, end: 1440 }], 'Europe/Berlin', 'America/Sao_Paulo', winter);
    expect(overnight.lines).toEqual([{ days: 'Mon', times: '16:00–20:00', theirs: '20:00–24:00' }]);
    expect(summarizeAvailability([{ start: 1320, end: 1500 }], 'UTC', 'UTC', winter).lines).toEqual([{ days: 'Mon', times: '22:00–01:00', theirs: null }]);
  });

  it('says when there are no hours', () => {
    const summary = summarizeAvailability([], 'Europe/Berlin', 'UTC', winter);
    expect(summary.lines).toEqual([]);
    expect(availabilityText(summary, 'Berlin')).toBe('No weekly hours set');
  });
});

describe('formatDayRange, formatWeeklyHours and zoneCity', () => {
  it('writes weekly overlap in hours, or minutes when under an hour', () => {
    expect(formatWeeklyHours(240)).toBe('4 h/week');
    expect(formatWeeklyHours(150)).toBe('2.5 h/week');
    expect(formatWeeklyHours(45)).toBe('45 min/week');
  });

  it('writes day spans short', () => {
    const d = (iso: string) => new Date(`${iso}T00:00:00Z`);
    expect(formatDayRange(d('2026-12-22'), d('2026-12-30'))).toBe('22–30 Dec');
    expect(formatDayRange(d('2026-12-22'), d('2026-12-22'))).toBe('22 Dec');
    expect(formatDayRange(d('2026-11-28'), d('2026-12-03'))).toBe('28 Nov – 3 Dec');
    expect(formatDayRange(d('2026-12-28'), d('2027-01-03'))).toBe('28 Dec 2026 – 3 Jan 2027');
  });

  it('names the place a zone is named after', () => {
    expect(zoneCity('America/New_York')).toBe('New York');
    expect(zoneCity('America/Argentina/Buenos_Aires')).toBe('Buenos Aires');
    expect(zoneCity('UTC')).toBe('UTC');
  });
});
