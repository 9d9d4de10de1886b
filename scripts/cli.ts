// `npm run cli -- <command>`: maintenance commands. The launcher has already started and migrated the
// database and set DATABASE_URL.
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import type { TenantContext } from '../lib/auth/tenant-context';
import { systemDb } from '../lib/db/system';
import { DomainError } from '../lib/errors';
import { parseMatchingInstance, solveMatching } from '../lib/matching';
import { expireProposalsAndNotify } from '../lib/mentoring';
import { runQueuedJobsOnce } from '../lib/notifications';
import { createOrganization, createOrganizationInput } from '../lib/orgs';
import { importEmployees, type EmployeeImportReport } from '../lib/people/import';
import { seedDemo, seedScale } from '../lib/seed';

const HELP = `Usage: npm run cli -- <command>

Commands:
  seed:demo                   Reset and reseed the demo orgs (Acme Global, Globex). Other orgs are kept.
  seed:scale --employees N    Create (or replace) a large synthetic org "scale" for benchmarks, e.g. N=100000.
  employees:import <file.csv> --org <slug> [--skip-invalid]
                              Create or update the org's employees from a CSV file. Columns: name, email
                              (required), title, department, location, region, manager email, time zone.
                              Employees are matched by email, so importing a file again updates them.
                              A file with errors imports nothing unless --skip-invalid is given; every
                              error is printed as "line N: reason". Exit code 1 when nothing was imported.
  org:create --name "Name" --slug <slug> --admin-email <email> [--admin-name "Name"] [--domains a.com,b.com]
                              Create an organization and its first admin (the user is created if missing).
  matching:solve <instance.json>
                              Solve a batch matching instance exactly and print the solution as JSON
                              (format in README "Matching solver"). Needs no database.
  matching:expire             Expire mentoring proposals whose mentor did not answer in time (every org) and
                              email each learner a link to pick the next suggestion. Run it hourly, e.g. from
                              cron; the pages also expire overdue proposals when they are opened.
  jobs:run-once               Run every queued job that is due (session emails) and exit. The app runs a
                              worker itself; this is for when no app process is up, e.g. from cron.
  help                        Show this help.`;

function flag(args: string[], name: string): string | undefined {
  const index = args.indexOf(name);
  if (index >= 0) return args[index + 1];
  return args.find((a) => a.startsWith(`${name}=`))?.slice(name.length + 1);
}

/** Arguments that are neither flags nor the values of `valueFlags`. */
function positionals(args: string[], valueFlags: string[]): string[] {
  return args.filter((arg, i) => !arg.startsWith('--') && !valueFlags.includes(args[i - 1] ?? ''));
}

const plural = (n: number, one: string, many = `${one}s`) => `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`;

/**
 * The CLI acts for the system, but domain functions take a TenantContext and every audit event names
 * an actor. An import from the command line is therefore done as the org's longest-standing active
 * ADMIN (the person accountable for the org), and its audit event says source "cli", so the log shows
 * both who is accountable and that it did not come from their browser session.
 */
async function systemContextFor(orgSlug: string): Promise<TenantContext | null> {
  const org = await systemDb().organization.findUnique({ where: { slug: orgSlug }, select: { id: true, slug: true, name: true } });
  if (!org) return null;
  const admin = await systemDb().employee.findFirst({
    where: { orgId: org.id, role: 'ADMIN', status: 'ACTIVE' },
    orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
    select: { id: true, name: true, userId: true },
  });
  if (!admin) throw new Error(`Organization "${orgSlug}" has no active admin to record the import under. Make someone an admin first.`);
  return { orgId: org.id, orgSlug: org.slug, orgName: org.name, userId: admin.userId ?? '', employeeId: admin.id, employeeName: admin.name, role: 'ADMIN' };
}

function printImportReport(file: string, ctx: TenantContext, report: EmployeeImportReport, skipInvalid: boolean): void {
  for (const error of report.errors) console.log(error.line === 0 ? `${file}: ${error.message}` : `line ${error.line}: ${error.message}`);
  if (!report.applied) {
    const badRows = new Set(report.errors.filter((e) => e.line > 0).map((e) => e.line)).size;
    const fileLevel = report.errors.some((e) => e.line === 0) || badRows === 0;
    if (fileLevel) console.log(`Nothing was imported into ${ctx.orgName}: fix the file and try again.`);
    else if (skipInvalid) console.log(`Nothing was imported into ${ctx.orgName}: every row has errors.`);
    else console.log(`Nothing was imported into ${ctx.orgName}: ${badRows.toLocaleString('en-US')} of ${plural(report.rows, 'row')} ${badRows === 1 ? 'has' : 'have'} errors. Fix them, or run again with --skip-invalid to import the other rows.`);
    return;
  }
  console.log(`Imported ${file} into ${ctx.orgName}: ${report.created} created, ${report.updated} updated, ${report.unchanged} unchanged, ${report.skipped} skipped (of ${plural(report.rows, 'row')}).`);
  if (report.departmentsCreated.length) console.log(`New departments: ${report.departmentsCreated.join(', ')}.`);
  if (report.locationsCreated.length) console.log(`New locations: ${report.locationsCreated.join(', ')}.`);
  if (report.ignoredColumns.length) console.log(`Ignored columns: ${report.ignoredColumns.join(', ')}.`);
}

async function importEmployeesCommand(args: string[]): Promise<number> {
  const [file, ...extra] = positionals(args, ['--org']);
  const orgSlug = flag(args, '--org');
  if (!file || !orgSlug || extra.length) {
    console.error('Usage: npm run cli -- employees:import <file.csv> --org <slug> [--skip-invalid]');
    return 2;
  }
  let csv: string;
  try {
    csv = readFileSync(file, 'utf8');
  } catch (error) {
    console.error(`Cannot read ${file}: ${(error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (error as Error).message}`);
    return 2;
  }
  const ctx = await systemContextFor(orgSlug);
  if (!ctx) {
    console.error(`No organization has the slug "${orgSlug}".`);
    return 2;
  }
  const skipInvalid = args.includes('--skip-invalid');
  const started = performance.now();
  const report = await importEmployees(ctx, { csv, skipInvalid }, { source: 'cli' });
  printImportReport(file, ctx, report, skipInvalid);
  if (report.applied) console.log(`Done in ${((performance.now() - started) / 1000).toFixed(1)} s.`);
  return report.applied ? 0 : 1;
}

const ORG_FLAGS: Record<string, string> = { name: '--name', slug: '--slug', allowedEmailDomains: '--domains' };

async function createOrganizationCommand(args: string[]): Promise<number> {
  const usage = 'Usage: npm run cli -- org:create --name "Name" --slug <slug> --admin-email <email> [--admin-name "Name"] [--domains a.com,b.com]';
  const adminEmail = flag(args, '--admin-email')?.trim().toLowerCase();
  const adminName = flag(args, '--admin-name')?.trim() || null;
  if (!adminEmail || flag(args, '--name') === undefined || flag(args, '--slug') === undefined) {
    console.error(usage);
    return 2;
  }
  const problems: string[] = [];
  if (!z.email().safeParse(adminEmail).success) problems.push(`--admin-email: “${adminEmail}” is not a valid email address`);
  const parsed = createOrganizationInput.safeParse({ name: flag(args, '--name'), slug: flag(args, '--slug'), allowedEmailDomains: flag(args, '--domains') ?? '' });
  if (!parsed.success) for (const issue of parsed.error.issues) problems.push(`${ORG_FLAGS[String(issue.path[0])] ?? String(issue.path[0])}: ${issue.message}`);
  // Checked here too so that a taken slug does not leave a new user behind; createOrganization re-checks.
  if (parsed.success && (await systemDb().organization.findUnique({ where: { slug: parsed.data.slug }, select: { id: true } }))) problems.push('--slug: That address is taken');
  if (problems.length) {
    for (const problem of problems) console.error(problem);
    return 1;
  }
  const input = parsed.data!;
  const user = await systemDb().user.upsert({ where: { email: adminEmail }, create: { email: adminEmail, name: adminName }, update: {}, select: { id: true } });
  try {
    const org = await createOrganization(user.id, input);
    console.log(`Created organization "${org.name}" at /o/${org.slug}. Admin: ${adminEmail}.`);
    if (input.allowedEmailDomains.length) console.log(`Allowed email domains: ${input.allowedEmailDomains.join(', ')}.`);
    return 0;
  } catch (error) {
    if (!(error instanceof DomainError)) throw error;
    const fields = Object.entries(error.fieldErrors).flatMap(([field, messages]) => messages.map((m) => `${ORG_FLAGS[field] ?? field}: ${m}`));
    console.error(fields.length ? fields.join('\n') : error.message);
    return 1;
  }
}

function solveMatchingCommand(args: string[]): number {
  const [file, ...extra] = positionals(args, []);
  if (!file || extra.length) {
    console.error('Usage: npm run cli -- matching:solve <instance.json>');
    return 2;
  }
  let value: unknown;
  try {
    value = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    console.error(`Cannot read ${file}: ${code === 'ENOENT' ? 'no such file' : error instanceof SyntaxError ? `not valid JSON (${error.message})` : (error as Error).message}`);
    return 2;
  }
  const parsed = parseMatchingInstance(value);
  if (!parsed.ok) {
    for (const error of parsed.errors) console.error(`${file}: ${error}`);
    return 1;
  }
  console.log(JSON.stringify(solveMatching(parsed.instance), null, 2));
  return 0;
}

async function expireProposalsCommand(): Promise<number> {
  const orgs = await systemDb().organization.findMany({ select: { id: true, name: true }, orderBy: { name: 'asc' } });
  let total = 0;
  for (const org of orgs) {
    const expired = await expireProposalsAndNotify(org.id);
    if (expired) console.log(`${org.name}: ${plural(expired, 'proposal')} expired, learners emailed.`);
    total += expired;
  }
  console.log(`Expired ${plural(total, 'proposal')} in ${plural(orgs.length, 'organization')}.`);
  return 0;
}

export async function runCli(args: string[]): Promise<number> {
  const [command, ...rest] = args;
  switch (command) {
    case 'seed:demo':
      await seedDemo((line) => console.log(line));
      console.log('Demo data is ready. Sign in with a persona at /sign-in.');
      return 0;
    case 'seed:scale': {
      const employees = Number(flag(rest, '--employees') ?? 100_000);
      if (!Number.isInteger(employees) || employees < 10 || employees > 2_000_000) {
        console.error('--employees must be a whole number from 10 to 2,000,000.');
        return 2;
      }
      const started = Date.now();
      await seedScale(employees, (done, total) => {
        process.stdout.write(`\remployees ${done.toLocaleString('en-US')} / ${total.toLocaleString('en-US')} (${Math.round((done / total) * 100)}%)`);
      });
      process.stdout.write('\n');
      console.log(`Created org "scale" with ${employees.toLocaleString('en-US')} employees in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
      return 0;
    }
    case 'employees:import':
      return importEmployeesCommand(rest);
    case 'org:create':
      return createOrganizationCommand(rest);
    case 'matching:solve':
      return solveMatchingCommand(rest);
    case 'matching:expire':
      return expireProposalsCommand();
    case 'jobs:run-once':
      await runQueuedJobsOnce(process.env.DATABASE_URL!);
      return 0;
    case undefined:
    case 'help':
    case '--help':
      console.log(HELP);
      return 0;
    default:
      console.error(`Unknown command "${command}".\n\n${HELP}`);
      return 2;
  }
}
