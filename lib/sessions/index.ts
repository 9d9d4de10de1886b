// Peer sessions: pure slot arithmetic, and booking with the database keeping the integrity.
export { computeFreeSlots, type FreeSlotQuery, type Interval } from './compute-free-slots';
export { BOOKING_HORIZON_DAYS, SESSION_DURATIONS, SLOT_TAKEN, bookMentoringSession, bookMentoringSessionInput, type BookMentoringSessionInput } from './book-mentoring-session';
export { OTHER_SESSION_THEN, bookSeat, cancelSeat, sessionIdInput, type SessionIdInput } from './book-seat';
export { GROUP_SESSION_KINDS, createGroupSession, createGroupSessionInput, type CreateGroupSessionInput } from './create-group-session';
export { BOOKING_BUFFER_MINUTES } from './mentor-slot-query';
export { MIN_NOTICE_MINUTES, listMentorSlots, type MentorSlots } from './list-mentor-slots';
export { MY_SESSION_TABS, SESSIONS_PAGE_SIZE, listMySessions, mySessionsQuery, type MySession, type MySessionTab } from './list-my-sessions';
export { cancelSession, cancelSessionInput, type CancelSessionInput } from './cancel-session';
export { DESIGN_THINKING_MINUTES, DESIGN_THINKING_TEMPLATE, designPhaseLabel, type DesignPhaseTemplate } from './design-thinking-template';
export { FEEDBACK_WINDOW_DAYS, GROUP_RATINGS_MIN, feedbackClosesAt, feedbackRefusal, feedbackWindowState, groupCommentsForHost, isFeedbackRevealed, summarizeGroupRatings, type FeedbackGate, type GroupRatingSummary } from './feedback-visibility';
export { FEEDBACK_COMMENT_MAX, PRIVATE_NOTE_MAX, SKILLS_PRACTICED_MAX, submitFeedback, submitFeedbackInput, type SubmitFeedbackInput } from './submit-feedback';
export { getSessionFeedback, type MyFeedback, type OtherSideFeedback, type SessionFeedbackView } from './get-session-feedback';
export { markAttendance, markAttendanceInput, type MarkAttendanceInput } from './mark-attendance';
export { listFeedbackDue, type FeedbackDue } from './list-feedback-due';
export { listAttendance, type AttendanceSheet } from './list-attendance';
export { getMentoringBooking, type MentoringBooking } from './get-mentoring-booking';
