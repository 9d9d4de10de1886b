// Peer sessions: pure slot arithmetic, and booking with the database keeping the integrity.
export { computeFreeSlots, type FreeSlotQuery, type Interval } from './compute-free-slots';
export { BOOKING_BUFFER_MINUTES, BOOKING_HORIZON_DAYS, SESSION_DURATIONS, SLOT_TAKEN, bookMentoringSession, bookMentoringSessionInput, type BookMentoringSessionInput } from './book-mentoring-session';
