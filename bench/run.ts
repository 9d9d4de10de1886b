// `npm run bench [-- --employees N]`: performance figures on a generated org (default 100,000 employees).
// The launcher has started the database and set DATABASE_URL. Prints figures and ratios; asserts nothing.
import pg from 'pg';
import { resolveTenantContext } from '../lib/auth/tenant-context';
import { disconnectDatabase } from '../lib/db/client';
import { systemDb } from '../lib/db/system';
import { withTenant } from '../lib/db/tenant';
import { SCALE_ORG_SLUG, seedScale } from '../lib/seed';
import { benchBookingLoad } from './booking-load';
import { benchEmployeeImport } from './employee-import';
import { benchExpertFinder } from './expert-finder';
import { benchMatchingSolver } from './matching-solver';
import { benchSlotComputation } from './slot-computation';
import { benchMentorSuggestions } from './mentor-suggestions';
import { measure, report } from './measure';

const flag = process.argv.indexOf('--employees');
const employees = flag >= 0 ? Number(process.argv[flag + 1]) : 100_000;

async function scaleOrg() {
  const db = systemDb();
  const existing = await db.organization.findUnique({ where: { slug: SCALE_ORG_SLUG }, select: { id: true } });
  const count = existing ? await db.employee.count({ where: { orgId: existing.id } }) : 0;
  // An org generated before the skills map has people but no taxonomy: the finder needs both.
  const skills = existing ? await db.skill.count({ where: { orgId: existing.id } }) : 0;
  if (count !== employees || skills === 0) {
    console.log(`Generating the benchmark org with ${employees.toLocaleString('en-US')} employees…`);
    await seedScale(employees, (done, total) => process.stdout.write(`\r  ${done.toLocaleString('en-US')} / ${total.toLocaleString('en-US')}`));
    process.stdout.write('\n');
    // The generator writes each person several times within seconds (the row, then profile and weekly
    // hours), which leaves Employee's indexes several times their size; a real org reaches its size over
    // months of vacuuming. Measure that steady state: compact indexes, statistics, a visibility map.
    // Maintenance needs the tables' owner: the login user, not the app's roles.
    const owner = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await owner.connect();
    await owner.query('REINDEX TABLE "Employee"');
    await owner.query('VACUUM (ANALYZE) "Employee", "EmployeeSkill", "AvailabilityWindow", "Skill", "SkillSynonym", "SkillRelation"');
    await owner.end();
  }
  const org = await db.organization.findUniqueOrThrow({ where: { slug: SCALE_ORG_SLUG } });
  const admin = await db.employee.findFirstOrThrow({ where: { orgId: org.id, managerId: null } });
  const user = await db.user.upsert({ where: { email: 'bench@scale.example' }, create: { email: 'bench@scale.example', name: 'Bench' }, update: {} });
  await db.employee.update({ where: { orgId_id: { orgId: org.id, id: admin.id } }, data: { userId: user.id, role: 'ADMIN' } });
  return (await resolveTenantContext(user.id, SCALE_ORG_SLUG))!;
}

async function main() {
  // Pure computation: runs before (and without) the generated org.
  await benchMatchingSolver();
  await benchSlotComputation();
  const ctx = await scaleOrg();
  const size = `${employees.toLocaleString('en-US')} employees`;
  console.log(`\nPeerbridge benchmarks on ${size}\n`);

  const plain = await measure(() => systemDb().employee.count({ where: { orgId: ctx.orgId, departmentId: null } }));
  const tenant = await measure(() => withTenant(ctx, (db) => db.employee.count({ where: { orgId: ctx.orgId, departmentId: null } })));
  report('withTenant overhead (indexed count)', size, tenant, { label: 'same query without withTenant', median: plain.median });

  const resolve = await measure(() => resolveTenantContext(ctx.userId, ctx.orgSlug));
  report('resolveTenantContext (every request)', size, resolve);

  await benchExpertFinder(ctx, size);
  await benchMentorSuggestions(ctx, size);

  await benchEmployeeImport();
  await benchBookingLoad();
  await disconnectDatabase();
}

main().catch(async (error) => {
  console.error(error);
  await disconnectDatabase();
  process.exit(1);
});
