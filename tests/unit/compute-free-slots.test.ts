import { describe, expect, it } from 'vitest';
import { wallClockAt } from '../../lib/availability';
import { computeFreeSlots, type FreeSlotQuery } from '../../lib/sessions';

// Free slots across daylight-saving changes (2026 dates) in three zones, and the rules that remove time.

const WORKDAY = [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, startMinute: 9 * 60, endMinute: 17 * 60 }));

/** Local "HH:MM" of each slot start in `zone`. */
const clocks = (slots: { start: number }[], zone: string) =>
  slots.map((s) => {
    const w = wallClockAt(s.start, zone);
    return `${String(w.hour).padStart(2, '0')}:${String(w.minute).padStart(2, '0')}`;
  });

/** One local day's query: from its 00:00 to the next day's 00:00 in `zone` (found by scanning hours). */
function dayQuery(zone: string, date: string, extra: Partial<FreeSlotQuery> = {}): FreeSlotQuery {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const around = Date.UTC(y, m - 1, d) - 14 * 3_600_000;
  let from = around;
  while (!(wallClockAt(from, zone).day === d && wallClockAt(from, zone).hour === 0)) from += 15 * 60_000;
  let to = from + 20 * 3_600_000;
  while (wallClockAt(to, zone).day === d) to += 15 * 60_000;
  return { timeZone: zone, windows: WORKDAY, timeOff: [], busy: [], from, to, durationMinutes: 30, ...extra };
}

const HALF_HOURS_9_TO_5 = Array.from({ length: 16 }, (_, i) => `${String(9 + Math.floor(i / 2)).padStart(2, '0')}:${i % 2 ? '30' : '00'}`);

describe('computeFreeSlots across daylight-saving changes', () => {
  const transitions: [string, string, string][] = [
    ['America/New_York', '2026-03-08', '2026-11-01'],
    ['Europe/Berlin', '2026-03-29', '2026-10-25'],
    ['Australia/Sydney', '2026-10-04', '2026-04-05'],
  ];
  for (const [zone, spring, autumn] of transitions) {
    it(`${zone}: 09:00–17:00 gives the same 16 local half hours on both change days and the days around`, () => {
      for (const date of [spring, autumn]) {
        const slots = computeFreeSlots(dayQuery(zone, date));
        expect(clocks(slots, zone)).toEqual(HALF_HOURS_9_TO_5);
        expect(slots.every((s) => s.end - s.start === 30 * 60_000)).toBe(true);
      }
    });

    it(`${zone}: a window over the night of the change keeps real time (01:30 and 23:30 edges)`, () => {
      const night = [1, 2, 3, 4, 5, 6, 7].flatMap((weekday) => [
        { weekday, startMinute: 0, endMinute: 4 * 60 },
        { weekday, startMinute: 23 * 60, endMinute: 24 * 60 },
      ]);
      const springSlots = computeFreeSlots(dayQuery(zone, spring, { windows: night }));
      const autumnSlots = computeFreeSlots(dayQuery(zone, autumn, { windows: night }));
      // Spring: one local hour never happens, so 00:00–04:00 holds 3 real hours (6 half hours) + 23:00, 23:30.
      expect(springSlots).toHaveLength(6 + 2);
      expect(clocks(springSlots, zone)).toContain('01:30');
      expect(clocks(springSlots, zone).slice(-2)).toEqual(['23:00', '23:30']);
      // Autumn: one local hour happens twice, so 00:00–04:00 holds 5 real hours; its half hours repeat.
      expect(autumnSlots).toHaveLength(10 + 2);
      const autumnClocks = clocks(autumnSlots, zone);
      const repeated = autumnClocks.filter((c, i) => autumnClocks.indexOf(c) !== i);
      expect(repeated).toHaveLength(2);
      expect(clocks(autumnSlots, zone).slice(-2)).toEqual(['23:00', '23:30']);
      // Every slot is a distinct instant, 30 real minutes long, in order.
      for (const slots of [springSlots, autumnSlots]) {
        expect(new Set(slots.map((s) => s.start)).size).toBe(slots.length);
        expect(slots.every((s, i) => s.end - s.start === 30 * 60_000 && (i === 0 || s.start > slots[i - 1]!.start))).toBe(true);
      }
    });
  }
});

describe('computeFreeSlots: what removes time', () => {
  const zone = 'Europe/Berlin';
  const monday = dayQuery(zone, '2026-06-15');
  const at = (hh: number, mm = 0) => monday.from + (hh * 60 + mm) * 60_000;

  it('an existing session and its buffer', () => {
    const slots = computeFreeSlots({ ...monday, busy: [{ start: at(11), end: at(12) }], bufferMinutes: 15 });
    const times = clocks(slots, zone);
    expect(times).toContain('10:00');
    expect(times).not.toContain('10:30');
    expect(times).not.toContain('11:00');
    expect(times).not.toContain('12:00');
    expect(times).toContain('12:30');
  });

  it('a day off, in the person’s own dates', () => {
    expect(computeFreeSlots({ ...monday, timeOff: [{ startDate: '2026-06-15', endDate: '2026-06-15' }] })).toEqual([]);
    expect(computeFreeSlots({ ...monday, timeOff: [{ startDate: '2026-06-16', endDate: '2026-06-20' }] })).toHaveLength(16);
  });

  it('the duration must fit: 60 minutes from 09:00 to 16:00 on the half hour', () => {
    const times = clocks(computeFreeSlots({ ...monday, durationMinutes: 60 }), zone);
    expect(times[0]).toBe('09:00');
    expect(times.at(-1)).toBe('16:00');
    expect(times).toHaveLength(15);
  });

  it('nothing before `from` (e.g. now plus notice)', () => {
    const times = clocks(computeFreeSlots({ ...monday, from: at(13, 10) }), zone);
    expect(times[0]).toBe('13:30');
  });

  it('windows that touch across midnight make one stretch, so a slot may cross it', () => {
    const windows = [
      { weekday: 1, startMinute: 22 * 60, endMinute: 24 * 60 },
      { weekday: 2, startMinute: 0, endMinute: 60 },
    ];
    const slots = computeFreeSlots({ ...monday, windows, to: monday.to + 86_400_000, durationMinutes: 60 });
    expect(clocks(slots, zone)).toEqual(['22:00', '22:30', '23:00', '23:30', '00:00']);
  });

  it('four weeks of a busy mentor: every slot avoids every session and day off', () => {
    const from = monday.from;
    const to = from + 28 * 86_400_000;
    const busy = Array.from({ length: 20 }, (_, i) => ({ start: from + i * 33 * 3_600_000 + 9 * 3_600_000, end: from + i * 33 * 3_600_000 + 10 * 3_600_000 }));
    const slots = computeFreeSlots({ ...monday, to, busy, bufferMinutes: 10, timeOff: [{ startDate: '2026-06-22', endDate: '2026-06-23' }], durationMinutes: 45 });
    expect(slots.length).toBeGreaterThan(100);
    for (const s of slots) {
      expect(busy.some((b) => s.start < b.end + 600_000 && s.end > b.start - 600_000)).toBe(false);
      const day = wallClockAt(s.start, zone);
      expect(day.month === 6 && (day.day === 22 || day.day === 23)).toBe(false);
      expect(s.start >= from && s.end <= to).toBe(true);
    }
  });
});
