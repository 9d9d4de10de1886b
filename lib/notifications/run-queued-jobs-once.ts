import { runOnce } from 'graphile-worker';
import { JOB_TASKS } from './job-tasks';
import { jobLogger } from './job-logger';

/**
 * Runs every job that is due now, then returns (jobs scheduled for later stay queued). For the CLI
 * (`npm run cli -- jobs:run-once`, e.g. from cron where no app process runs) and for tests.
 */
export async function runQueuedJobsOnce(databaseUrl: string): Promise<void> {
  await runOnce({ connectionString: databaseUrl, taskList: JOB_TASKS, noHandleSignals: true, logger: jobLogger });
}
