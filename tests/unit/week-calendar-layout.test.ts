import { describe, expect, it } from 'vitest';
import { MIN_BLOCK_MINUTES, calendarWeek, layoutWeekCalendar } from '../../lib/sessions';

// The week grid in the viewer's zone: each session in its local day at its wall-clock minutes, split at
// local midnight, side by side when they overlap, and right in weeks with a 23- or 25-hour day.

interface Item {
  id: string;
  startsAt: Date;
  endsAt: Date;
}
const item = (id: string, start: string, end: string): Item => ({ id, startsAt: new Date(start), endsAt: new Date(end) });
const NOW = new Date('2026-01-01T12:00:00Z');

function layout(items: Item[], weekStart: string, timeZone: string, now = NOW) {
  return layoutWeekCalendar({ items, weekStart, timeZone, now });
}

/** Each block as "date id top+height". */
function placed(result: ReturnType<typeof layout>): string[] {
  return result.days.flatMap((d) => d.blocks.map((b) => `${d.date} ${b.item.id} ${b.top}+${b.height}`));
}

describe('calendarWeek', () => {
  it('is the Monday-to-Sunday week of the date in the zone; a spring-forward week is 167 hours', () => {
    const week = calendarWeek('2026-03-08', 'America/New_York', NOW);
    expect(week).toMatchObject({ start: '2026-03-02', previous: '2026-02-23', next: '2026-03-09', current: '2025-12-29' });
    expect(week.from.toISOString()).toBe('2026-03-02T05:00:00.000Z');
    expect(week.to.toISOString()).toBe('2026-03-09T04:00:00.000Z');
  });

  it('takes today in the viewer’s zone: Monday morning in Sydney is still Sunday in UTC', () => {
    const sundayUtc = new Date('2026-06-14T22:00:00Z'); // Monday 08:00 in Sydney
    expect(calendarWeek(undefined, 'Australia/Sydney', sundayUtc).start).toBe('2026-06-15');
    expect(calendarWeek(undefined, 'UTC', sundayUtc).start).toBe('2026-06-08');
  });
});

describe('layoutWeekCalendar', () => {
  it('New York, spring forward (Sunday 2026-03-08 has 23 hours): wall-clock rows either side of the jump', () => {
    const result = layout(
      [
        item('sat-9', '2026-03-07T14:00:00Z', '2026-03-07T15:00:00Z'), // 09:00 EST
        item('across-jump', '2026-03-08T06:30:00Z', '2026-03-08T07:30:00Z'), // 01:30 EST → 03:30 EDT: one real hour
        item('sun-9', '2026-03-08T13:00:00Z', '2026-03-08T14:00:00Z'), // 09:00 EDT
        item('next-week', '2026-03-09T04:30:00Z', '2026-03-09T05:30:00Z'), // Monday 00:30 EDT
      ],
      '2026-03-02',
      'America/New_York',
    );
    expect(result.days.map((d) => d.hours)).toEqual([24, 24, 24, 24, 24, 24, 23]);
    expect(placed(result)).toEqual(['2026-03-07 sat-9 540+60', '2026-03-08 across-jump 90+120', '2026-03-08 sun-9 540+60']);
    expect(result.visibleFrom).toBe(60);
    expect(result.visibleTo).toBe(21 * 60);
  });

  it('New York, fall back (Sunday 2026-11-01 has 25 hours): a session inside the repeated hour keeps a minimum height', () => {
    const result = layout(
      [
        item('repeated', '2026-11-01T05:30:00Z', '2026-11-01T06:30:00Z'), // 01:30 EDT → 01:30 EST
        item('sun-9', '2026-11-01T14:00:00Z', '2026-11-01T15:00:00Z'), // 09:00 EST
      ],
      '2026-10-26',
      'America/New_York',
    );
    expect(result.days.at(-1)!.hours).toBe(25);
    expect(placed(result)).toEqual([`2026-11-01 repeated 90+${MIN_BLOCK_MINUTES}`, '2026-11-01 sun-9 540+60']);
  });

  it('Berlin, both changes (2026-03-29 and 2026-10-25): 10:00 local stays at 10:00 on the grid', () => {
    const spring = layout([item('sun-10', '2026-03-29T08:00:00Z', '2026-03-29T09:00:00Z'), item('sat-10', '2026-03-28T09:00:00Z', '2026-03-28T10:00:00Z')], '2026-03-23', 'Europe/Berlin');
    expect(spring.days.map((d) => d.hours)).toEqual([24, 24, 24, 24, 24, 24, 23]);
    expect(placed(spring)).toEqual(['2026-03-28 sat-10 600+60', '2026-03-29 sun-10 600+60']);
    const autumn = layout([item('sun-10', '2026-10-25T09:00:00Z', '2026-10-25T10:00:00Z')], '2026-10-19', 'Europe/Berlin');
    expect(autumn.days.at(-1)!.hours).toBe(25);
    expect(placed(autumn)).toEqual(['2026-10-25 sun-10 600+60']);
  });

  it('Sydney, both changes (2026-04-05 back, 2026-10-04 forward), and a UTC Sunday that is a Sydney Monday', () => {
    const april = layout(
      [
        item('mon-9', '2026-03-29T22:00:00Z', '2026-03-29T23:00:00Z'), // Monday 09:00 AEDT, still Sunday in UTC
        item('sun-9', '2026-04-04T23:00:00Z', '2026-04-05T00:00:00Z'), // Sunday 09:00 AEST
      ],
      '2026-03-30',
      'Australia/Sydney',
    );
    expect(april.days.map((d) => d.hours)).toEqual([24, 24, 24, 24, 24, 24, 25]);
    expect(placed(april)).toEqual(['2026-03-30 mon-9 540+60', '2026-04-05 sun-9 540+60']);
    const october = layout([item('sun-9', '2026-10-03T22:00:00Z', '2026-10-03T23:00:00Z')], '2026-09-28', 'Australia/Sydney'); // 09:00 AEDT
    expect(october.days.at(-1)!.hours).toBe(23);
    expect(placed(october)).toEqual(['2026-10-04 sun-9 540+60']);
  });

  it('splits a session that crosses local midnight into one block per day and widens the visible hours', () => {
    const result = layout([item('late', '2026-06-16T21:00:00Z', '2026-06-16T23:00:00Z')], '2026-06-15', 'Europe/Berlin'); // Tue 23:00 → Wed 01:00 CEST
    const blocks = result.days.flatMap((d) => d.blocks.map((b) => ({ date: d.date, top: b.top, height: b.height, before: b.continuesBefore, after: b.continuesAfter })));
    expect(blocks).toEqual([
      { date: '2026-06-16', top: 1380, height: 60, before: false, after: true },
      { date: '2026-06-17', top: 0, height: 60, before: true, after: false },
    ]);
    expect([result.visibleFrom, result.visibleTo]).toEqual([0, 1440]);
  });

  it('puts overlapping sessions side by side, and a later one alone back in full width', () => {
    const result = layout(
      [
        item('a', '2026-06-15T09:00:00Z', '2026-06-15T10:00:00Z'),
        item('b', '2026-06-15T09:30:00Z', '2026-06-15T10:30:00Z'),
        item('c', '2026-06-15T10:00:00Z', '2026-06-15T11:00:00Z'),
        item('d', '2026-06-15T11:00:00Z', '2026-06-15T12:00:00Z'),
        item('e', '2026-06-15T09:00:00Z', '2026-06-15T09:30:00Z'),
      ],
      '2026-06-15',
      'UTC',
    );
    const columns = Object.fromEntries(result.days[0]!.blocks.map((b) => [b.item.id, `${b.column}/${b.columns}`]));
    expect(columns).toEqual({ a: '0/2', e: '1/2', b: '1/2', c: '0/2', d: '0/1' });
    expect(result.days[0]!.blocks.map((b) => b.item.id)).toEqual(['a', 'e', 'b', 'c', 'd']);
  });

  it('marks today, shades the weekly windows of each weekday, and keeps 07:00–21:00 when nothing is outside', () => {
    const result = layoutWeekCalendar({
      items: [],
      weekStart: '2026-06-15',
      timeZone: 'Asia/Tokyo',
      now: new Date('2026-06-16T20:00:00Z'), // Wednesday 05:00 in Tokyo
      windows: [
        { weekday: 3, startMinute: 780, endMinute: 1020 },
        { weekday: 3, startMinute: 540, endMinute: 720 },
        { weekday: 5, startMinute: 600, endMinute: 660 },
      ],
    });
    expect(result.days.map((d) => d.isToday)).toEqual([false, false, true, false, false, false, false]);
    expect(result.days[2]!.available).toEqual([{ top: 540, height: 180 }, { top: 780, height: 240 }]);
    expect(result.days[4]!.available).toEqual([{ top: 600, height: 60 }]);
    expect(result.days[0]!.available).toEqual([]);
    expect([result.visibleFrom, result.visibleTo]).toEqual([420, 1260]);
  });
});
