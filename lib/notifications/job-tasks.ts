import type { TaskList } from 'graphile-worker';
import { sendSessionEmail } from './send-session-email';

/**
 * What the worker runs, by task name (the names app_enqueue_job is called with). A task that throws is
 * retried by graphile-worker with exponential backoff, up to the job's max attempts (10).
 */
export const JOB_TASKS: TaskList = {
  session_email: async (payload, helpers) => {
    const outcome = await sendSessionEmail(payload);
    if (!outcome.sent) helpers.logger.debug(`session email skipped: ${outcome.reason}`);
  },
};
