import { describe, expect, it } from 'vitest';
import {
  FEEDBACK_WINDOW_DAYS,
  GROUP_RATINGS_MIN,
  feedbackClosesAt,
  feedbackRefusal,
  feedbackWindowState,
  groupCommentsForHost,
  isFeedbackRevealed,
  summarizeGroupRatings,
  type FeedbackGate,
} from '../../lib/sessions/feedback-visibility';

// Blind feedback without a database: the 7-day window (its edges to the millisecond), when a 1:1 side's
// rating shows, what a group host may see, and why someone may not give feedback.

const endsAt = new Date('2026-03-10T15:00:00Z');
const at = (ms: number) => new Date(endsAt.getTime() + ms);
const DAY = 86_400_000;
const closes = at(FEEDBACK_WINDOW_DAYS * DAY);

describe('the feedback window', () => {
  it('closes exactly 7 days after the session ends', () => {
    expect(FEEDBACK_WINDOW_DAYS).toBe(7);
    expect(feedbackClosesAt(endsAt).toISOString()).toBe('2026-03-17T15:00:00.000Z');
  });

  it('is not open before the end, open from the end, and closed from exactly 7 days on', () => {
    expect(feedbackWindowState(endsAt, at(-1))).toBe('NOT_YET');
    expect(feedbackWindowState(endsAt, endsAt)).toBe('OPEN');
    expect(feedbackWindowState(endsAt, at(7 * DAY - 1))).toBe('OPEN');
    expect(feedbackWindowState(endsAt, closes)).toBe('CLOSED');
    expect(feedbackWindowState(endsAt, at(30 * DAY))).toBe('CLOSED');
  });
});

describe('a 1:1 side’s rating and comment', () => {
  const open = at(DAY);
  it('stay hidden from the other side until both have submitted', () => {
    expect(isFeedbackRevealed({ authorSubmitted: true, subjectSubmitted: false }, endsAt, open)).toBe(false);
    expect(isFeedbackRevealed({ authorSubmitted: true, subjectSubmitted: true }, endsAt, open)).toBe(true);
  });

  it('show when the window closes even if the other side never submits: not a millisecond before', () => {
    expect(isFeedbackRevealed({ authorSubmitted: true, subjectSubmitted: false }, endsAt, at(7 * DAY - 1))).toBe(false);
    expect(isFeedbackRevealed({ authorSubmitted: true, subjectSubmitted: false }, endsAt, closes)).toBe(true);
  });

  it('are nothing to reveal when not submitted', () => {
    expect(isFeedbackRevealed({ authorSubmitted: false, subjectSubmitted: true }, endsAt, open)).toBe(false);
    expect(isFeedbackRevealed({ authorSubmitted: false, subjectSubmitted: false }, endsAt, closes)).toBe(false);
  });
});

describe('what a group host sees of the attendees’ ratings', () => {
  it('only the count while the window is open, however many rated', () => {
    expect(summarizeGroupRatings([5, 4, 3, 2, 1], endsAt, at(7 * DAY - 1))).toEqual({ visible: false, count: 5, reason: 'WINDOW_OPEN' });
  });

  it('nothing but the count with fewer than 3 ratings, even after the window: two ratings would give each other away', () => {
    expect(GROUP_RATINGS_MIN).toBe(3);
    expect(summarizeGroupRatings([], endsAt, closes)).toEqual({ visible: false, count: 0, reason: 'TOO_FEW' });
    expect(summarizeGroupRatings([5, 2], endsAt, closes)).toEqual({ visible: false, count: 2, reason: 'TOO_FEW' });
  });

  it('the count, the average (one decimal) and the distribution with 3 or more once the window has closed', () => {
    expect(summarizeGroupRatings([5, 4, 4], endsAt, closes)).toEqual({ visible: true, count: 3, average: 4.3, distribution: [0, 0, 0, 2, 1] });
    expect(summarizeGroupRatings([1, 2, 3, 4, 5, 5], endsAt, at(9 * DAY))).toEqual({ visible: true, count: 6, average: 3.3, distribution: [1, 1, 1, 1, 2] });
  });

  it('comments only after the window, without blanks and in an order unrelated to who wrote them', () => {
    const comments = ['Very clear', null, 'A bit fast', '  ', 'Great examples'];
    expect(groupCommentsForHost(comments, endsAt, at(7 * DAY - 1))).toBeNull();
    expect(groupCommentsForHost(comments, endsAt, closes)).toEqual(['A bit fast', 'Great examples', 'Very clear']);
  });
});

describe('who may give feedback, and when', () => {
  const gate: FeedbackGate = { sessionStatus: 'SCHEDULED', participantStatus: 'BOOKED', attendance: null, endsAt, revealed: false };

  it('a booked participant, from the end of the session until the window closes', () => {
    expect(feedbackRefusal(gate, endsAt)).toBeNull();
    expect(feedbackRefusal({ ...gate, sessionStatus: 'COMPLETED', attendance: 'ATTENDED' }, at(7 * DAY - 1))).toBeNull();
    expect(feedbackRefusal(gate, at(-1))).toBe('Feedback opens when the session ends.');
    expect(feedbackRefusal(gate, closes)).toBe('The feedback window closed 7 days after the session.');
  });

  it('not on a canceled session, not from the waitlist, not a no-show, not once revealed', () => {
    const open = at(DAY);
    expect(feedbackRefusal({ ...gate, sessionStatus: 'CANCELED' }, open)).toMatch(/canceled/);
    expect(feedbackRefusal({ ...gate, participantStatus: 'WAITLISTED' }, open)).toMatch(/had a place/);
    expect(feedbackRefusal({ ...gate, participantStatus: 'CANCELED' }, open)).toMatch(/had a place/);
    expect(feedbackRefusal({ ...gate, attendance: 'NO_SHOW' }, open)).toMatch(/not attending/);
    expect(feedbackRefusal({ ...gate, revealed: true }, open)).toBe('Your feedback is already visible to the other side, so it can no longer be changed.');
  });
});
