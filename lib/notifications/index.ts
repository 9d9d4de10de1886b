// Session emails: queued by the database (a trigger on SessionParticipant, in the same transaction as the
// booking), sent by a graphile-worker job worker started with the app, muted per kind by each person.
export { SESSION_EMAIL_KINDS, type SessionEmailKind } from './session-email-kinds';
export { sendSessionEmail, sessionEmailJob, type SessionEmailJob } from './send-session-email';
export { JOB_TASKS } from './job-tasks';
export { startJobWorker } from './start-job-worker';
export { runQueuedJobsOnce } from './run-queued-jobs-once';
export { getMutedEmails } from './get-muted-emails';
export { emailPreferencesInput, updateEmailPreferences, type EmailPreferencesInput } from './update-email-preferences';
