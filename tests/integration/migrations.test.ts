import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { applyMigrations, readMigrations } from '../../lib/db/migrate';

describe('applyMigrations', () => {
  it('records every migration in _prisma_migrations and applies nothing the second time', async () => {
    const url = process.env.DATABASE_URL!;
    expect(await applyMigrations(url)).toEqual([]);
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    const { rows } = await client.query('select migration_name, checksum from "_prisma_migrations" where finished_at is not null order by 1');
    await client.end();
    expect(rows).toEqual(readMigrations().map((m) => ({ migration_name: m.name, checksum: m.checksum })));
  });
});
