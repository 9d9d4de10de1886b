import { Logger } from 'graphile-worker';

/** graphile-worker's messages in the app's log: info and above, prefixed; debug chatter is dropped. */
export const jobLogger = new Logger(() => (level, message) => {
  if (level === 'debug') return;
  (level === 'error' ? console.error : level === 'warning' ? console.warn : console.log)(`[jobs] ${message}`);
});
