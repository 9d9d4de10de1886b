// The session emails a person can turn off (Employee.mutedEmails holds the muted ones; a check constraint
// in the database allows exactly these values).
export const SESSION_EMAIL_KINDS = [
  { kind: 'SESSION_CONFIRMATION', label: 'Booking confirmations', description: 'When you are booked into a session, or get a seat from the waitlist. Carries the calendar invite.' },
  { kind: 'SESSION_REMINDER', label: 'Reminders', description: 'A day before each session you are booked into.' },
  { kind: 'SESSION_CHANGE', label: 'Changes', description: 'When a session you are in moves to another time. Carries the updated invite.' },
  { kind: 'SESSION_CANCELLATION', label: 'Cancellations', description: 'When a session is canceled or you leave it. Removes it from your calendar.' },
  { kind: 'FEEDBACK_PROMPT', label: 'Feedback prompts', description: 'When a session ends, a link to rate it and note what you practiced.' },
] as const;

export type SessionEmailKind = (typeof SESSION_EMAIL_KINDS)[number]['kind'];
