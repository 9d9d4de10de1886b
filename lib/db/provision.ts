import pg from 'pg';
import { startEmbeddedPostgres, type DatabaseServer } from './embedded';

// Which PostgreSQL server the app, the tests and the CLI use, and creating databases on it.
// DATABASE_URL wins; without it an embedded server runs from .data/ (one for dev, one for tests).

export interface DatabaseTarget {
  url: string;
  embedded: boolean;
  stop(): Promise<void>;
}

const DEV_DATABASE = 'peerbridge';

export function databaseUrlWithName(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

export async function ensureDevDatabase(): Promise<DatabaseTarget> {
  if (process.env.DATABASE_URL) return { url: process.env.DATABASE_URL, embedded: false, stop: async () => {} };
  const server = await startEmbeddedPostgres({ dataDir: '.data/pg', port: Number(process.env.PEERBRIDGE_PG_PORT ?? 54329) });
  await createDatabaseIfMissing(server.urlFor('postgres'), DEV_DATABASE);
  return { url: server.urlFor(DEV_DATABASE), embedded: true, stop: () => server.stop() };
}

/** The server tests create their databases on: DATABASE_URL's server, or an embedded one of their own. */
export async function ensureTestServer(): Promise<{ adminUrl: string; server: DatabaseServer | null }> {
  if (process.env.DATABASE_URL) return { adminUrl: process.env.DATABASE_URL, server: null };
  const server = await startEmbeddedPostgres({
    dataDir: process.env.PEERBRIDGE_TEST_PG_DIR ?? '.data/pg-test',
    port: Number(process.env.PEERBRIDGE_TEST_PG_PORT ?? 54339),
    fast: true,
  });
  return { adminUrl: server.urlFor('postgres'), server };
}

async function withAdmin<T>(adminUrl: string, fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

export async function createDatabaseIfMissing(adminUrl: string, name: string): Promise<boolean> {
  return withAdmin(adminUrl, async (client) => {
    const { rowCount } = await client.query('select 1 from pg_database where datname = $1', [name]);
    if (rowCount) return false;
    await client.query(`CREATE DATABASE ${client.escapeIdentifier(name)}`);
    return true;
  });
}

/** Drops `name` if present and recreates it, optionally as a copy of `template`. */
export async function recreateDatabase(adminUrl: string, name: string, template?: string): Promise<void> {
  await withAdmin(adminUrl, async (client) => {
    await client.query(`DROP DATABASE IF EXISTS ${client.escapeIdentifier(name)} WITH (FORCE)`);
    if (template) {
      // CREATE DATABASE … TEMPLATE fails while anyone is connected to the template.
      await client.query('select pg_terminate_backend(pid) from pg_stat_activity where datname = $1 and pid <> pg_backend_pid()', [template]);
    }
    const from = template ? ` TEMPLATE ${client.escapeIdentifier(template)}` : '';
    await client.query(`CREATE DATABASE ${client.escapeIdentifier(name)}${from}`);
  });
}

export async function dropDatabase(adminUrl: string, name: string): Promise<void> {
  await withAdmin(adminUrl, (client) => client.query(`DROP DATABASE IF EXISTS ${client.escapeIdentifier(name)} WITH (FORCE)`));
}
