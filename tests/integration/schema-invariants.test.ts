import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Prisma } from '../../lib/db/generated/client';
import { systemDb } from '../../lib/db/system';

const ONE_ROW_PER_ORG = new Set(['MatchingPolicy']);

// The same invariants as ../shared/tools/schema-audit.mjs, on the migrated test database: every table with
// "orgId" has forced RLS with a tenant policy, a primary key that starts with orgId, and foreign keys to
// other tenant tables that include orgId; the app roles cannot bypass RLS.

let client: pg.Client;

beforeAll(async () => {
  client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
});

afterAll(async () => {
  await client.end();
});

async function tenantTables(): Promise<{ name: string; rls: boolean; forced: boolean }[]> {
  const { rows } = await client.query(`
    select c.relname as name, c.relrowsecurity as rls, c.relforcerowsecurity as forced
    from pg_class c join pg_namespace n on n.oid = c.relnamespace
    where n.nspname = 'public' and c.relkind = 'r'
      and exists (select 1 from pg_attribute a where a.attrelid = c.oid and a.attname = 'orgId' and not a.attisdropped)
    order by 1`);
  return rows;
}

describe('tenant schema', () => {
  it('has tenant tables', async () => {
    expect((await tenantTables()).map((t) => t.name)).toEqual(expect.arrayContaining(['AuditEvent', 'Department', 'Employee', 'Location']));
  });

  it('forces row-level security with a tenant policy for peerbridge_app on every table with orgId', async () => {
    for (const table of await tenantTables()) {
      expect(table, table.name).toMatchObject({ rls: true, forced: true });
      const { rows } = await client.query(
        `select qual from pg_policies where schemaname = 'public' and tablename = $1 and 'peerbridge_app' = any(roles)`,
        [table.name],
      );
      expect(rows.length, `${table.name} policy`).toBe(1);
      expect(rows[0].qual).toContain('app_current_org_id()');
    }
  });

  it('leads every primary key and every foreign key between tenant tables with orgId', async () => {
    const tables = new Set((await tenantTables()).map((t) => t.name));
    const { rows } = await client.query(`
      select con.contype as type, cl.relname as from_table, cf.relname as to_table,
             array(select a.attname::text from unnest(con.conkey) with ordinality k(n, i)
                   join pg_attribute a on a.attrelid = con.conrelid and a.attnum = k.n order by k.i) as cols
      from pg_constraint con join pg_class cl on cl.oid = con.conrelid left join pg_class cf on cf.oid = con.confrelid
      join pg_namespace n on n.oid = cl.relnamespace
      where n.nspname = 'public' and con.contype in ('p', 'f')`);
    for (const c of rows) {
      if (!tables.has(c.from_table)) continue;
      // (orgId, id) for entities; link tables such as EmployeeSkill use (orgId, <both ends>); a table with
      // one row per org (MatchingPolicy) is keyed by orgId alone.
      if (c.type === 'p') expect(c.cols[0], `${c.from_table} primary key`).toBe('orgId');
      if (c.type === 'p' && !ONE_ROW_PER_ORG.has(c.from_table)) expect(c.cols.length, `${c.from_table} primary key`).toBeGreaterThan(1);
      if (c.type === 'f' && tables.has(c.to_table)) expect(c.cols[0], `${c.from_table} -> ${c.to_table}`).toBe('orgId');
    }
  });

  it('gives the app roles neither superuser nor BYPASSRLS', async () => {
    const { rows } = await client.query(`select rolname, rolsuper, rolbypassrls from pg_roles where rolname in ('peerbridge_app', 'peerbridge_system') order by 1`);
    expect(rows).toEqual([
      { rolname: 'peerbridge_app', rolsuper: false, rolbypassrls: false },
      { rolname: 'peerbridge_system', rolsuper: false, rolbypassrls: false },
    ]);
  });

  it('matches the Prisma schema: every model can be queried (catches drift between schema and migrations)', async () => {
    const db = systemDb() as unknown as Record<string, { findFirst: () => Promise<unknown> }>;
    const models = Object.values(Prisma.ModelName);
    expect(models.length).toBeGreaterThan(5);
    for (const model of models) {
      const delegate = db[model.charAt(0).toLowerCase() + model.slice(1)];
      await expect(delegate!.findFirst(), model).resolves.not.toBeUndefined();
    }
  });
});
