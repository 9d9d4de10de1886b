import { describe, expect, it } from 'vitest';
import { convertWeekRanges, instantOfWallClock, normalizeWeekRanges, overlapMinutes, rangesFromWindows, toMultirangeLiteral, zoneOffsetMs } from '../../lib/availability';

// Weekly ranges are minutes of the week (Monday 00:00 = 0) in one zone; these convert them between zones
// for a given week, so DST weeks and odd offsets are checked against dates worked out by hand.

const day = (n: number) => n * 1440;
const at = (iso: string) => new Date(iso);

describe('zone clock', () => {
  it('reads offsets from Intl, including half-hour zones and DST', () => {
    expect(zoneOffsetMs(Date.parse('2026-01-14T12:00:00Z'), 'Europe/Berlin') / 60_000).toBe(60);
    expect(zoneOffsetMs(Date.parse('2026-07-14T12:00:00Z'), 'Europe/Berlin') / 60_000).toBe(120);
    expect(zoneOffsetMs(Date.parse('2026-07-14T12:00:00Z'), 'Asia/Kolkata') / 60_000).toBe(330);
    expect(zoneOffsetMs(Date.parse('2026-01-14T12:00:00Z'), 'Australia/Sydney') / 60_000).toBe(660);
  });

  it('maps a local time to its instant, a skipped time past the gap and a repeated one to its first occurrence', () => {
    expect(new Date(instantOfWallClock(Date.UTC(2026, 0, 14, 9, 0), 'America/New_York')).toISOString()).toBe('2026-01-14T14:00:00.000Z');
    expect(new Date(instantOfWallClock(Date.UTC(2026, 2, 8, 2, 30), 'America/New_York')).toISOString()).toBe('2026-03-08T07:30:00.000Z');
    expect(new Date(instantOfWallClock(Date.UTC(2026, 10, 1, 1, 30), 'America/New_York')).toISOString()).toBe('2026-11-01T05:30:00.000Z');
    expect(new Date(instantOfWallClock(Date.UTC(2026, 3, 5, 2, 30), 'Australia/Sydney')).toISOString()).toBe('2026-04-04T15:30:00.000Z');
  });
});

describe('week ranges', () => {
  it('turns ISO-weekday windows into sorted, joined minutes of the week', () => {
    const ranges = rangesFromWindows([
      { weekday: 7, startMinute: 1380, endMinute: 1440 },
      { weekday: 1, startMinute: 540, endMinute: 720 },
      { weekday: 1, startMinute: 720, endMinute: 780 },
    ]);
    expect(ranges).toEqual([{ start: 540, end: 780 }, { start: day(6) + 1380, end: day(7) }]);
    expect(toMultirangeLiteral(ranges)).toBe('{[540,780),[10020,10080)}');
    expect(normalizeWeekRanges([{ start: 10, end: 10 }])).toEqual([]);
  });

  it('counts the minutes two sets share', () => {
    expect(overlapMinutes([{ start: 0, end: 100 }, { start: 200, end: 300 }], [{ start: 50, end: 250 }])).toBe(100);
    expect(overlapMinutes([{ start: 0, end: 100 }], [{ start: 100, end: 200 }])).toBe(0);
    expect(overlapMinutes([], [{ start: 0, end: 10080 }])).toBe(0);
  });
});

describe('convertWeekRanges', () => {
  it('shifts by the offset difference in an ordinary week', () => {
    const berlinMorning = [{ start: 540, end: 720 }];
    expect(convertWeekRanges(berlinMorning, 'Europe/Berlin', 'America/New_York', at('2026-01-14T12:00:00Z'))).toEqual([{ start: 180, end: 360 }]);
    expect(convertWeekRanges(berlinMorning, 'Europe/Berlin', 'Europe/Berlin', at('2026-01-14T12:00:00Z'))).toEqual(berlinMorning);
  });

  it('wraps a range pushed past either end of the week round to the other end', () => {
    const week = at('2026-01-14T12:00:00Z');
    // Berlin Monday 03:00–09:00 is New York Sunday 21:00 – Monday 03:00.
    expect(convertWeekRanges([{ start: 180, end: 540 }], 'Europe/Berlin', 'America/New_York', week)).toEqual([
      { start: 0, end: 180 },
      { start: day(6) + 1260, end: day(7) },
    ]);
    // New York Sunday 20:00–24:00 is Berlin Monday 02:00–06:00.
    expect(convertWeekRanges([{ start: day(6) + 1200, end: day(7) }], 'America/New_York', 'Europe/Berlin', week)).toEqual([{ start: 120, end: 360 }]);
  });

  it('handles half-hour zones', () => {
    // Kolkata Monday 09:00–12:30 (+05:30) is Berlin 04:30–08:00 in winter (+01:00), 05:30–09:00 in summer (+02:00).
    const kolkata = [{ start: 540, end: 750 }];
    expect(convertWeekRanges(kolkata, 'Asia/Kolkata', 'Europe/Berlin', at('2026-01-14T12:00:00Z'))).toEqual([{ start: 270, end: 480 }]);
    expect(convertWeekRanges(kolkata, 'Asia/Kolkata', 'Europe/Berlin', at('2026-07-14T12:00:00Z'))).toEqual([{ start: 330, end: 540 }]);
  });

  it('uses each day’s own offset in the week New York springs forward (Sunday 8 March 2026)', () => {
    const week = at('2026-03-04T12:00:00Z');
    const ny = [{ start: 540, end: 600 }, { start: day(6) + 540, end: day(6) + 600 }];
    // Monday: EST (−5) vs CET (+1) is 6 h; Sunday after the change: EDT (−4) vs CET is 5 h.
    expect(convertWeekRanges(ny, 'America/New_York', 'Europe/Berlin', week)).toEqual([
      { start: 900, end: 960 },
      { start: day(6) + 840, end: day(6) + 900 },
    ]);
    // Sunday 01:00–04:00 lasts two real hours that night (02:00–03:00 does not exist).
    expect(convertWeekRanges([{ start: day(6) + 60, end: day(6) + 240 }], 'America/New_York', 'UTC', week)).toEqual([{ start: day(6) + 360, end: day(6) + 480 }]);
  });

  it('uses each day’s own offset in the week Berlin springs forward (Sunday 29 March 2026)', () => {
    const week = at('2026-03-25T12:00:00Z');
    const berlin = [{ start: 540, end: 600 }, { start: day(6) + 540, end: day(6) + 600 }];
    // New York is already on EDT: Monday CET−EDT is 5 h, Sunday CEST−EDT is 6 h.
    expect(convertWeekRanges(berlin, 'Europe/Berlin', 'America/New_York', week)).toEqual([
      { start: 240, end: 300 },
      { start: day(6) + 180, end: day(6) + 240 },
    ]);
  });

  it('uses each day’s own offset in the week Sydney falls back (Sunday 5 April 2026)', () => {
    const week = at('2026-04-01T00:00:00Z');
    // Monday 09:00 AEDT (+11) is Sunday 22:00 UTC; Sunday 09:00 AEST (+10) is Saturday 23:00 UTC.
    const sydney = [{ start: 540, end: 600 }, { start: day(6) + 540, end: day(6) + 600 }];
    expect(convertWeekRanges(sydney, 'Australia/Sydney', 'UTC', week)).toEqual([
      { start: day(5) + 1380, end: day(6) },
      { start: day(6) + 1320, end: day(6) + 1380 },
    ]);
    // Sunday 02:00–03:00 on Sydney's clock covers two real hours that night (02:00–03:00 happens twice).
    expect(convertWeekRanges([{ start: day(6) + 120, end: day(6) + 180 }], 'Australia/Sydney', 'UTC', week)).toEqual([{ start: day(5) + 900, end: day(5) + 1020 }]);
  });
});
