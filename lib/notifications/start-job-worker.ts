import { run, type Runner } from 'graphile-worker';
import { JOB_TASKS } from './job-tasks';
import { jobLogger } from './job-logger';

const state = globalThis as typeof globalThis & { __peerbridgeJobWorker?: Promise<Runner> };

/**
 * Starts this process's job worker (once: a second call returns the same one) and stops it gracefully on
 * SIGTERM/SIGINT, letting running jobs finish and releasing the rest for another worker. Several app
 * processes may each run one; graphile-worker hands every job to exactly one of them.
 */
export function startJobWorker(databaseUrl: string): Promise<Runner> {
  state.__peerbridgeJobWorker ??= run({
    connectionString: databaseUrl,
    taskList: JOB_TASKS,
    // No scheduled (cron) tasks: an empty list keeps graphile-worker from looking for a crontab file.
    parsedCronItems: [],
    concurrency: 2,
    maxPoolSize: 4,
    pollInterval: 2_000,
    // The app owns the process's signals (Next.js shuts its server down on them); the worker stops below.
    noHandleSignals: true,
    logger: jobLogger,
  }).then((runner) => {
    const stop = () => void runner.stop().catch(() => {});
    process.once('SIGTERM', stop);
    process.once('SIGINT', stop);
    return runner;
  });
  return state.__peerbridgeJobWorker;
}
