import { randomBytes } from 'node:crypto';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { startEmbeddedPostgres } from '../../lib/db/embedded';

// The launcher's database: reused across restarts, and robust to a stale postmaster.pid left by a crash.

// Under .data/ rather than /tmp: the server runs as the postgres OS user, which must reach the folder.
const root = resolve('.data', `embedded-test-${randomBytes(4).toString('hex')}`);
const dataDir = join(root, 'pg');
mkdirSync(root, { recursive: true });
const port = 55000 + Math.floor(Math.random() * 2000);

async function query(url: string, sql: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(sql)).rows;
  } finally {
    await client.end();
  }
}

afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('startEmbeddedPostgres', () => {
  it('keeps data across restarts, shares a running server, and recovers from a stale postmaster.pid', async () => {
    const first = await startEmbeddedPostgres({ dataDir, port, fast: true });
    const url = first.urlFor('postgres');
    await query(url, 'create table kept (n int); insert into kept values (42)');

    const second = await startEmbeddedPostgres({ dataDir, port, fast: true });
    expect(await query(second.urlFor('postgres'), 'select n from kept')).toEqual([{ n: 42 }]);
    await second.stop();
    expect(await query(url, 'select n from kept')).toEqual([{ n: 42 }]);
    await first.stop();

    writeFileSync(join(dataDir, 'postmaster.pid'), `999999\n${dataDir}\n0\n${port}\n\n127.0.0.1\n`);
    const third = await startEmbeddedPostgres({ dataDir, port, fast: true });
    expect(await query(third.urlFor('postgres'), 'select n from kept')).toEqual([{ n: 42 }]);
    await third.stop();
  }, 60_000);
});
