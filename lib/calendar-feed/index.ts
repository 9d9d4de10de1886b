// A person's sessions in their own calendar app: a private, revocable feed URL, and one session's invite.
export { calendarFeedInput, createCalendarFeed } from './create-calendar-feed';
export { revokeCalendarFeed } from './revoke-calendar-feed';
export { getCalendarFeed } from './get-calendar-feed';
export { readCalendarFeed } from './read-calendar-feed';
export { getSessionInvite, sessionInviteInput } from './get-session-invite';
