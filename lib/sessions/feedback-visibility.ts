// The rules of blind feedback, with no database: when a side may give feedback, when what it wrote becomes
// visible to its subject, and what the host of a group session may see of the attendees' ratings.

export const FEEDBACK_WINDOW_DAYS = 7;

/**
 * A group host sees the attendees' ratings only as an aggregate of at least this many: with two, the
 * average and the distribution would tell each of the two what the other gave.
 */
export const GROUP_RATINGS_MIN = 3;

/** Limits of the feedback form, shared with the browser (this file imports nothing). */
export const SKILLS_PRACTICED_MAX = 20;
export const FEEDBACK_COMMENT_MAX = 2000;
export const PRIVATE_NOTE_MAX = 10000;

const DAY_MS = 86_400_000;

/** The moment feedback stops being accepted and everything submitted becomes visible: the end plus 7 days. */
export function feedbackClosesAt(endsAt: Date): Date {
  return new Date(endsAt.getTime() + FEEDBACK_WINDOW_DAYS * DAY_MS);
}

/** Feedback is taken from the session's end until (not including) the moment the window closes. */
export function feedbackWindowState(endsAt: Date, now: Date): 'NOT_YET' | 'OPEN' | 'CLOSED' {
  if (now.getTime() < endsAt.getTime()) return 'NOT_YET';
  return now.getTime() < feedbackClosesAt(endsAt).getTime() ? 'OPEN' : 'CLOSED';
}

/**
 * Whether one side's rating and comment in a 1:1 are visible to the other side (and so no longer
 * editable): once both sides have submitted, or once the window has closed.
 */
export function isFeedbackRevealed(sides: { authorSubmitted: boolean; subjectSubmitted: boolean }, endsAt: Date, now: Date): boolean {
  if (!sides.authorSubmitted) return false;
  return sides.subjectSubmitted || feedbackWindowState(endsAt, now) === 'CLOSED';
}

export type GroupRatingSummary =
  | { visible: false; count: number; reason: 'WINDOW_OPEN' | 'TOO_FEW' }
  | { visible: true; count: number; average: number; distribution: [number, number, number, number, number] };

/**
 * What a group host sees of the attendees' ratings: the count as they come in; the average and the
 * distribution only once the window has closed and at least GROUP_RATINGS_MIN attendees rated. Waiting for
 * the close keeps a late rating from being read off the change it makes to an average already shown.
 */
export function summarizeGroupRatings(ratings: readonly number[], endsAt: Date, now: Date): GroupRatingSummary {
  const count = ratings.length;
  if (feedbackWindowState(endsAt, now) !== 'CLOSED') return { visible: false, count, reason: 'WINDOW_OPEN' };
  if (count < GROUP_RATINGS_MIN) return { visible: false, count, reason: 'TOO_FEW' };
  const distribution: [number, number, number, number, number] = [0, 0, 0, 0, 0];
  for (const rating of ratings) distribution[rating - 1]! += 1;
  const average = Math.round((ratings.reduce((sum, r) => sum + r, 0) / count) * 10) / 10;
  return { visible: true, count, average, distribution };
}

/**
 * The attendees' comments to a group host: none while the window is open, then all of them without names
 * and in an order that says nothing about who wrote which or when (alphabetical).
 */
export function groupCommentsForHost(comments: readonly (string | null)[], endsAt: Date, now: Date): string[] | null {
  if (feedbackWindowState(endsAt, now) !== 'CLOSED') return null;
  return comments.filter((c): c is string => !!c && c.trim().length > 0).sort((a, b) => a.localeCompare(b));
}

export interface FeedbackGate {
  sessionStatus: 'SCHEDULED' | 'CANCELED' | 'COMPLETED';
  participantStatus: 'BOOKED' | 'WAITLISTED' | 'CANCELED';
  attendance: 'ATTENDED' | 'NO_SHOW' | null;
  endsAt: Date;
  /** The caller's own feedback is already visible to its subject. */
  revealed: boolean;
}

/** Why the caller cannot give (or change) feedback on a session now, or null when they can. */
export function feedbackRefusal(gate: FeedbackGate, now: Date): string | null {
  if (gate.sessionStatus === 'CANCELED') return 'This session was canceled, so there is no feedback to give.';
  if (gate.participantStatus !== 'BOOKED') return 'Only people who had a place in this session can give feedback on it.';
  if (gate.attendance === 'NO_SHOW') return 'The host marked you as not attending, so you cannot give feedback on this session.';
  const window = feedbackWindowState(gate.endsAt, now);
  if (window === 'NOT_YET') return 'Feedback opens when the session ends.';
  if (window === 'CLOSED') return `The feedback window closed ${FEEDBACK_WINDOW_DAYS} days after the session.`;
  if (gate.revealed) return 'Your feedback is already visible to the other side, so it can no longer be changed.';
  return null;
}
