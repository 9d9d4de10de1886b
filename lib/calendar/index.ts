// iCalendar text (RFC 5545) for session invites and the personal calendar feed. Pure.
export { buildCalendar, type Calendar, type CalendarEvent, type CalendarPerson } from './build-calendar';
export { sessionCalendarEvent, type CalendarSession } from './session-calendar-event';
