import { describe, expect, it } from 'vitest';
import { addAvailabilityWindowInput, findOverlappingWindow, formatTimeOfDay, parseTimeOfDay } from '../../lib/profiles';

describe('parseTimeOfDay / formatTimeOfDay', () => {
  it('reads 24-hour HH:MM as minutes after midnight', () => {
    expect(parseTimeOfDay('00:00')).toBe(0);
    expect(parseTimeOfDay('09:30')).toBe(570);
    expect(parseTimeOfDay('9:15')).toBe(555);
    expect(parseTimeOfDay(' 23:45 ')).toBe(1425);
    expect(parseTimeOfDay('24:00')).toBe(1440);
  });

  it('refuses what is not a time of day', () => {
    for (const text of ['', '9', '09:60', '24:15', '25:00', '9.30', '09:30am', '-1:00', '09:3']) expect(parseTimeOfDay(text), text).toBeNull();
  });

  it('formats minutes back, with 1440 as 24:00', () => {
    expect([0, 570, 1425, 1440].map(formatTimeOfDay)).toEqual(['00:00', '09:30', '23:45', '24:00']);
  });
});

describe('findOverlappingWindow', () => {
  const existing = [
    { id: 'a', weekday: 2, startMinute: 540, endMinute: 720 },
    { id: 'b', weekday: 2, startMinute: 840, endMinute: 960 },
  ];

  it('finds a window on the same day whose times overlap', () => {
    expect(findOverlappingWindow(existing, { weekday: 2, startMinute: 700, endMinute: 800 })?.id).toBe('a');
    expect(findOverlappingWindow(existing, { weekday: 2, startMinute: 600, endMinute: 900 })?.id).toBe('a');
    expect(findOverlappingWindow(existing, { weekday: 2, startMinute: 900, endMinute: 930 })?.id).toBe('b');
    expect(findOverlappingWindow(existing, { weekday: 2, startMinute: 0, endMinute: 1440 })?.id).toBe('a');
  });

  it('lets windows touch, and ignores other days', () => {
    expect(findOverlappingWindow(existing, { weekday: 2, startMinute: 720, endMinute: 840 })).toBeUndefined();
    expect(findOverlappingWindow(existing, { weekday: 3, startMinute: 540, endMinute: 720 })).toBeUndefined();
  });

  it('does not compare a window being edited with itself', () => {
    expect(findOverlappingWindow(existing, { id: 'a', weekday: 2, startMinute: 500, endMinute: 780 })).toBeUndefined();
    expect(findOverlappingWindow(existing, { id: 'a', weekday: 2, startMinute: 500, endMinute: 900 })?.id).toBe('b');
  });
});

describe('addAvailabilityWindowInput', () => {
  const messages = (values: Record<string, string>) =>
    Object.fromEntries((addAvailabilityWindowInput.safeParse(values).error?.issues ?? []).map((i) => [String(i.path[0]), i.message]));

  it('reads a weekday and two times in 15-minute steps; an end of 00:00 is midnight', () => {
    expect(addAvailabilityWindowInput.parse({ weekday: '1', start: '09:00', end: '12:30' })).toEqual({ weekday: 1, start: 540, end: 750 });
    expect(addAvailabilityWindowInput.parse({ weekday: '7', start: '22:00', end: '00:00' })).toEqual({ weekday: 7, start: 1320, end: 1440 });
  });

  it('gives each field its own message', () => {
    expect(messages({ weekday: '1', start: '10:00', end: '09:00' })).toEqual({ end: 'End after the start time' });
    expect(messages({ weekday: '1', start: '10:00', end: '10:00' })).toEqual({ end: 'End after the start time' });
    expect(messages({ weekday: '1', start: '09:10', end: '10:00' })).toEqual({ start: 'Use 15-minute steps (:00, :15, :30 or :45)' });
    expect(messages({ weekday: '1', start: 'nine', end: '10:00' })).toEqual({ start: 'Use a time like 09:30' });
    expect(messages({ weekday: '8', start: '09:00', end: '10:00' })).toEqual({ weekday: 'Choose a day' });
    expect(messages({ weekday: '1', start: '24:00', end: '00:00' })).toEqual({ start: 'Start before midnight' });
  });
});
