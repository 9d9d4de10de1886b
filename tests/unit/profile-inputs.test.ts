import { describe, expect, it } from 'vitest';
import { addTimeOffInput, saveLearningGoalInput, updateAboutInput, updateMentoringCapacityInput } from '../../lib/profiles';
import { parseCalendarDate, todayIn } from '../../lib/profiles/local-date';

const messagesOf = (result: { error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  Object.fromEntries((result.error?.issues ?? []).map((i) => [String(i.path[0]), i.message]));

describe('updateAboutInput', () => {
  const about = { headline: '  Platform engineer  ', bio: '', languages: 'English, portuguese ,English\nMandarin', timeZone: 'Europe/Berlin' };

  it('trims, empties to null and splits languages without repeats', () => {
    expect(updateAboutInput.parse(about)).toEqual({ headline: 'Platform engineer', bio: null, languages: ['English', 'portuguese', 'Mandarin'], timeZone: 'Europe/Berlin' });
  });

  it('limits lengths, the number of languages and the time zone', () => {
    expect(messagesOf(updateAboutInput.safeParse({ ...about, headline: 'x'.repeat(121) }))).toEqual({ headline: 'Use at most 120 characters' });
    expect(messagesOf(updateAboutInput.safeParse({ ...about, bio: 'x'.repeat(1001) }))).toEqual({ bio: 'Use at most 1000 characters' });
    expect(messagesOf(updateAboutInput.safeParse({ ...about, languages: Array.from({ length: 11 }, (_, i) => `Lang${i}`).join(',') }))).toEqual({ languages: 'List at most 10 languages' });
    expect(messagesOf(updateAboutInput.safeParse({ ...about, languages: `English, ${'y'.repeat(41)}` }))).toEqual({ languages: `“${'y'.repeat(41)}” is longer than 40 characters` });
    expect(messagesOf(updateAboutInput.safeParse({ ...about, timeZone: 'Mars/Olympus' }))).toEqual({ timeZone: 'Choose a time zone from the list' });
  });
});

describe('updateMentoringCapacityInput', () => {
  it('takes 0–20 mentees and 0–40 sessions; an empty box is not zero', () => {
    expect(updateMentoringCapacityInput.parse({ mentoringCapacity: '0', sessionsPerWeek: '40' })).toEqual({ mentoringCapacity: 0, sessionsPerWeek: 40 });
    expect(messagesOf(updateMentoringCapacityInput.safeParse({ mentoringCapacity: '21', sessionsPerWeek: '-1' }))).toEqual({ mentoringCapacity: 'At most 20', sessionsPerWeek: 'At least 0' });
    expect(messagesOf(updateMentoringCapacityInput.safeParse({ mentoringCapacity: '', sessionsPerWeek: '2.5' }))).toEqual({ mentoringCapacity: 'Enter a number', sessionsPerWeek: 'Use a whole number' });
  });
});

describe('saveLearningGoalInput', () => {
  const goal = { goalId: '', skillId: '7d6f1c2e-8a4b-4c3d-9e2f-1a2b3c4d5e6f', targetLevel: '4', dueDate: '', why: '' };
  it('reads an optional due date and reason', () => {
    expect(saveLearningGoalInput.parse(goal)).toEqual({ goalId: undefined, skillId: goal.skillId, targetLevel: 4, dueDate: null, why: null });
    expect(saveLearningGoalInput.parse({ ...goal, dueDate: '2030-02-28', why: ' Lead the platform team ' })).toMatchObject({ dueDate: '2030-02-28', why: 'Lead the platform team' });
  });
  it('refuses a bad level, date or long reason', () => {
    expect(messagesOf(saveLearningGoalInput.safeParse({ ...goal, targetLevel: '7', dueDate: '2030-02-30', why: 'x'.repeat(501) }))).toEqual({
      targetLevel: 'Choose a target level from 1 to 5',
      dueDate: 'Use a date like 2026-03-31',
      why: 'Use at most 500 characters',
    });
  });
});

describe('addTimeOffInput', () => {
  it('needs the end on or after the start', () => {
    expect(addTimeOffInput.parse({ startDate: '2030-05-01', endDate: '2030-05-01', note: '' })).toEqual({ startDate: '2030-05-01', endDate: '2030-05-01', note: null });
    expect(messagesOf(addTimeOffInput.safeParse({ startDate: '2030-05-02', endDate: '2030-05-01' }))).toEqual({ endDate: 'End on or after the first day' });
  });
});

describe('calendar days', () => {
  it('knows real dates only', () => {
    expect(parseCalendarDate('2028-02-29')).toBe('2028-02-29');
    expect(parseCalendarDate('2027-02-29')).toBeNull();
    expect(parseCalendarDate('31.03.2027')).toBeNull();
  });
  it('takes today in the person’s own time zone', () => {
    const now = new Date('2030-01-01T20:00:00Z');
    expect(todayIn('America/Los_Angeles', now)).toBe('2030-01-01');
    expect(todayIn('Asia/Tokyo', now)).toBe('2030-01-02');
  });
});
