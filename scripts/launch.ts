// The one entry point behind every npm script: it makes sure the database is ready (embedded PostgreSQL
// under .data/ unless DATABASE_URL is set, migrations applied, demo data seeded on first start), then
// runs the requested command. See README "Commands".
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { disconnectDatabase } from '../lib/db/client';
import { applyMigrations } from '../lib/db/migrate';
import { ensureDevDatabase, ensureTestServer, databaseUrlWithName, recreateDatabase, type DatabaseTarget } from '../lib/db/provision';
import { serverEnv } from './runtime-env';

const log = (line: string) => console.log(`[peerbridge] ${line}`);
const PORT = Number(process.env.PORT ?? 3000);
const E2E_PORT = Number(process.env.PEERBRIDGE_E2E_PORT ?? 3100);

function run(command: string, args: string[], env: NodeJS.ProcessEnv = process.env): Promise<number> {
  return new Promise((resolve) => {
    const child: ChildProcess = spawn(command, args, { stdio: 'inherit', env });
    const forward = (signal: NodeJS.Signals) => child.kill(signal);
    process.on('SIGINT', forward);
    process.on('SIGTERM', forward);
    child.on('exit', (code, signal) => {
      process.off('SIGINT', forward);
      process.off('SIGTERM', forward);
      resolve(code ?? (signal ? 1 : 0));
    });
  });
}

async function prepareDatabase(options: { seedOnFirstStart: boolean }): Promise<DatabaseTarget> {
  const target = await ensureDevDatabase();
  log(target.embedded ? `embedded PostgreSQL ready (data in .data/pg)` : 'using DATABASE_URL');
  await applyMigrations(target.url, log);
  process.env.DATABASE_URL = target.url;
  if (options.seedOnFirstStart && target.embedded) {
    const { isDatabaseEmpty, seedDemo } = await import('../lib/seed');
    if (await isDatabaseEmpty()) {
      log('first start: seeding the demo organizations…');
      await seedDemo(log);
    }
  }
  return target;
}

/** True when .next holds no build, or sources changed after the last build. */
function buildIsStale(): boolean {
  const buildId = `${process.env.NEXT_DIST_DIR || '.next'}/BUILD_ID`;
  if (!existsSync(buildId)) return true;
  const builtAt = statSync(buildId).mtimeMs;
  const newer = (path: string): boolean => {
    if (!existsSync(path)) return false;
    const stat = statSync(path);
    if (!stat.isDirectory()) return stat.mtimeMs > builtAt;
    return readdirSync(path).some((entry) => newer(join(path, entry)));
  };
  return ['app', 'components', 'lib', 'proxy.ts', 'next.config.ts', 'package.json', 'postcss.config.mjs'].some(newer);
}

async function buildIfStale(): Promise<number> {
  if (!buildIsStale()) return 0;
  log('building the app (next build)…');
  return run('node_modules/.bin/next', ['build']);
}

async function serve(mode: 'dev' | 'start'): Promise<number> {
  if (mode === 'start') {
    const code = await buildIfStale();
    if (code !== 0) return code;
  }
  const db = await prepareDatabase({ seedOnFirstStart: true });
  await disconnectDatabase();
  log(`open http://localhost:${PORT}`);
  const code = await run('node_modules/.bin/next', [mode, '-p', String(PORT)], serverEnv(db.url, db.embedded, PORT));
  await db.stop();
  return code;
}

/** The production build on its own port and its own freshly seeded database, for Playwright. */
async function e2eServer(): Promise<number> {
  const code = await buildIfStale();
  if (code !== 0) return code;
  const { adminUrl, server } = await ensureTestServer();
  await recreateDatabase(adminUrl, 'peerbridge_e2e');
  const url = databaseUrlWithName(adminUrl, 'peerbridge_e2e');
  await applyMigrations(url);
  process.env.DATABASE_URL = url;
  const { seedDemo } = await import('../lib/seed');
  await seedDemo();
  await disconnectDatabase();
  const env = { ...serverEnv(url, true, E2E_PORT), DEMO_MODE: '1' };
  const exit = await run('node_modules/.bin/next', ['start', '-p', String(E2E_PORT)], env);
  await server?.stop();
  return exit;
}

async function test(suite: string | undefined): Promise<number> {
  const { runTests } = await import('./test-runner');
  return runTests(suite, { run });
}

async function withDatabase(fn: (db: DatabaseTarget) => Promise<number>): Promise<number> {
  const db = await prepareDatabase({ seedOnFirstStart: false });
  try {
    return await fn(db);
  } finally {
    await disconnectDatabase();
    await db.stop();
  }
}

async function main(): Promise<number> {
  mkdirSync('.data', { recursive: true });
  process.env.NEXT_TELEMETRY_DISABLED ??= '1';
  const [command, ...rest] = process.argv.slice(2);
  switch (command) {
    case 'dev':
    case 'start':
      return serve(command);
    case 'build':
      return run('node_modules/.bin/next', ['build']);
    case 'migrate':
      return withDatabase(async () => 0);
    case 'new-migration':
      return withDatabase((db) => run('node_modules/.bin/tsx', ['scripts/new-migration.ts', ...rest], { ...process.env, DATABASE_URL: db.url }));
    case 'cli':
      // The matching solver is pure: no database to start.
      if (rest[0] === 'matching:solve') return (await import('./cli')).runCli(rest);
      return withDatabase(async () => (await import('./cli')).runCli(rest));
    case 'bench': {
      // The booking load run (bench/booking-load.ts) starts the production build.
      const built = await buildIfStale();
      if (built !== 0) return built;
      return withDatabase((db) => run('node_modules/.bin/tsx', ['bench/run.ts', ...rest], { ...process.env, DATABASE_URL: db.url }));
    }
    case 'e2e-server':
      return e2eServer();
    case 'test':
      return test(rest[0]);
    default:
      console.error(`Unknown command "${command}". Use one of: dev, start, build, migrate, new-migration, cli, bench, test.`);
      return 2;
  }
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(`[peerbridge] ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
