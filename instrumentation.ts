// Next.js calls register() once when a server process starts (`next dev`, `next start`, so also
// `npm run dev`, `npm start` and the e2e server; never during `next build`). Each Node.js server process
// runs one job worker for the queued session emails (lib/notifications). PEERBRIDGE_JOB_WORKER=0 turns it
// off, e.g. for web replicas when a separate process runs `npm run cli -- jobs:run-once` from cron.
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs' || process.env.PEERBRIDGE_JOB_WORKER === '0' || !process.env.DATABASE_URL) return;
  const { startJobWorker } = await import('./lib/notifications');
  await startJobWorker(process.env.DATABASE_URL);
}
