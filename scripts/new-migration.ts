// Creates the next migration from prisma/schema.prisma without Prisma's native engine:
// the WebAssembly schema engine diffs the schema snapshot saved with the last migration against the
// current schema (no database involved) and writes the SQL to prisma/migrations/<timestamp>_<name>/.
// Run through the launcher (it starts the database the engine insists on connecting to).
// Usage: npm run db:new-migration -- <name> [--empty]   (--empty: an empty migration.sql for raw SQL)
import { PrismaPg } from '@prisma/adapter-pg';
import { bindMigrationAwareSqlAdapterFactory } from '@prisma/driver-adapter-utils';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const MIGRATIONS = 'prisma/migrations';
const SCHEMA = 'prisma/schema.prisma';
const SNAPSHOT = 'schema.prisma.snapshot';

async function loadSchemaEngine() {
  const bg = await import('@prisma/schema-engine-wasm/schema_engine_bg');
  const wasmFile = join(dirname(fileURLToPath(import.meta.resolve('@prisma/schema-engine-wasm'))), 'schema_engine_bg.wasm');
  const { instance } = await WebAssembly.instantiate(readFileSync(wasmFile), { './schema_engine_bg.js': bg as unknown as WebAssembly.ModuleImports });
  bg.__wbg_set_wasm(instance.exports);
  (instance.exports.__wbindgen_start as () => void)();
  return bg.SchemaEngine;
}

async function main() {
  const args = process.argv.slice(2);
  const name = args.find((a) => !a.startsWith('--'));
  if (!name || !/^[a-z0-9_]+$/.test(name)) {
    console.error('Usage: npm run db:new-migration -- <name_in_snake_case> [--empty]');
    process.exit(2);
  }
  const current = readFileSync(SCHEMA, 'utf8');
  const previous = readdirSync(MIGRATIONS)
    .filter((d) => existsSync(join(MIGRATIONS, d, SNAPSHOT)))
    .sort()
    .at(-1);
  let sql = '';
  if (!args.includes('--empty')) {
    const SchemaEngine = await loadSchemaEngine();
    const adapter = bindMigrationAwareSqlAdapterFactory(new PrismaPg({ connectionString: process.env.DATABASE_URL }));
    const engine = await SchemaEngine.new({ datamodels: [[SCHEMA, current]] }, () => {}, adapter);
    const from = previous
      ? { tag: 'schemaDatamodel' as const, files: [{ path: SCHEMA, content: readFileSync(join(MIGRATIONS, previous, SNAPSHOT), 'utf8') }] }
      : { tag: 'empty' as const };
    const result = await engine.diff({
      from,
      to: { tag: 'schemaDatamodel', files: [{ path: SCHEMA, content: current }] },
      script: true,
      exitCode: null,
      filters: { externalTables: [], externalEnums: [] },
    });
    sql = result.stdout ?? '';
    if (!sql.trim() || sql.includes('This is an empty migration')) {
      console.log('The schema has not changed since the last migration. Use --empty for a raw SQL migration.');
      process.exit(1);
    }
  }
  const stamp = new Date().toISOString().replace(/[-:T]/g, '').slice(0, 14);
  const dir = join(MIGRATIONS, `${stamp}_${name}`);
  mkdirSync(dir, { recursive: true });
  const header = '-- Generated from prisma/schema.prisma by scripts/new-migration.ts. Append raw SQL (RLS policies for new\n-- tenant tables, constraints) below; every table with "orgId" needs forced RLS and a tenant policy.\n';
  writeFileSync(join(dir, 'migration.sql'), header + sql);
  writeFileSync(join(dir, SNAPSHOT), current);
  writeFileSync(join(MIGRATIONS, 'migration_lock.toml'), 'provider = "postgresql"\n');
  console.log(`Created ${dir}/migration.sql`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
