import { systemDb, type Db } from '../db/system';
import { buildPeople } from './org-builder';
import { insertOrg } from './insert-org';
import { ACME_DEPARTMENTS, ACME_PLACES } from './places';
import { seededRandom, seededUuid } from './random';
import { ACME_TAXONOMY } from './taxonomy';

// A large synthetic org for benchmarks (`npm run cli -- seed:scale --employees 100000`): Acme's offices,
// departments and taxonomy, and a profile for everyone (about 10 skills each, so about a million
// EmployeeSkill rows at 100,000 people, with realistic skill popularity). Deterministic, so benchmark
// runs compare like with like. Replaces any earlier one; the demo orgs are untouched.

export const SCALE_ORG_SLUG = 'scale';

// Fresh planner statistics for the bulk-loaded tables: before deleting an earlier scale org (its cascade
// runs one query per employee, each badly planned on stale statistics) and before anyone benchmarks.
const analyze = (db: Db) => db.$executeRawUnsafe('ANALYZE "Employee", "EmployeeSkill", "LearningGoal", "AvailabilityWindow", "TimeOff", "Skill", "SkillSynonym"');

export async function seedScale(employees: number, progress: (done: number, total: number) => void): Promise<{ orgId: string }> {
  const db = systemDb();
  await analyze(db);
  await db.organization.deleteMany({ where: { slug: SCALE_ORG_SLUG } });
  const random = seededRandom(42);
  const people = buildPeople(random, { size: employees, domain: 'scale.example', places: ACME_PLACES, departments: ACME_DEPARTMENTS, makeId: () => seededUuid(random) });
  const org = await insertOrg(
    db,
    { slug: SCALE_ORG_SLUG, name: `Scale Test (${employees.toLocaleString('en-US')} employees)`, settings: { allowedEmailDomains: ['scale.example'], minGroupSize: 5, defaultTimeZone: 'UTC', allowDomainJoin: true } },
    ACME_PLACES,
    ACME_DEPARTMENTS,
    ACME_TAXONOMY,
    people,
    progress,
  );
  await analyze(db);
  return org;
}
