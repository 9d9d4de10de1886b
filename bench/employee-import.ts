import { resolveTenantContext } from '../lib/auth/tenant-context';
import { ensureVerifiedUser, systemDb } from '../lib/db/system';
import { createOrganization } from '../lib/orgs';
import { importEmployees } from '../lib/people/import';
import { report } from './measure';

// CSV import of a 10,000-person org: a fresh org each run (first import creates everyone, the second
// finds everyone unchanged, the third updates every title). Reference: reading and checking the file alone.

const ORG_SLUG = 'bench-import';
const ROWS = 10_000;

function csv(titleSuffix: string): string {
  const lines = ['name,email,title,department,location,region,manager email,time zone'];
  for (let i = 0; i < ROWS; i++) {
    const manager = i === 0 ? '' : `person${Math.floor((i - 1) / 8)}@bench.example`;
    lines.push(`Person ${i},person${i}@bench.example,Engineer${titleSuffix},Dept ${i % 12},City ${i % 20},Region ${i % 4},${manager},Europe/Berlin`);
  }
  return lines.join('\n');
}

async function timed<T>(fn: () => Promise<T>): Promise<{ ms: number; result: T }> {
  const start = performance.now();
  const result = await fn();
  return { ms: performance.now() - start, result };
}

export async function benchEmployeeImport(): Promise<void> {
  await systemDb().organization.deleteMany({ where: { slug: ORG_SLUG } });
  const admin = await ensureVerifiedUser('bench-admin@bench.example');
  await createOrganization(admin.id, { name: 'Bench import', slug: ORG_SLUG, allowedEmailDomains: [] });
  const ctx = (await resolveTenantContext(admin.id, ORG_SLUG))!;
  const size = `${ROWS.toLocaleString('en-US')} CSV rows`;
  const { parseEmployeeCsv } = await import('../lib/people/import');
  const parse = await timed(async () => parseEmployeeCsv(csv('')));
  const first = await timed(() => importEmployees(ctx, { csv: csv(''), skipInvalid: false }));
  const again = await timed(() => importEmployees(ctx, { csv: csv(''), skipInvalid: false }));
  const changed = await timed(() => importEmployees(ctx, { csv: csv(' II'), skipInvalid: false }));
  const reference = { label: 'parse + check only', median: parse.ms };
  report(`import: first run (${first.result.created} created)`, size, { median: first.ms }, reference);
  report(`import: same file again (${again.result.unchanged} unchanged)`, size, { median: again.ms }, reference);
  report(`import: every title changed (${changed.result.updated} updated)`, size, { median: changed.ms }, reference);
  await systemDb().organization.deleteMany({ where: { slug: ORG_SLUG } });
}
