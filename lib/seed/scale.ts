import { systemDb } from '../db/system';
import { buildPeople } from './org-builder';
import { insertOrg } from './insert-org';
import { ACME_DEPARTMENTS, ACME_PLACES } from './places';
import { seededRandom } from './random';

// A large synthetic org for benchmarks (`npm run cli -- seed:scale --employees 100000`). Replaces any
// earlier one; the demo orgs are untouched.

export const SCALE_ORG_SLUG = 'scale';

export async function seedScale(employees: number, progress: (done: number, total: number) => void): Promise<{ orgId: string }> {
  const db = systemDb();
  await db.organization.deleteMany({ where: { slug: SCALE_ORG_SLUG } });
  const people = buildPeople(seededRandom(42), { size: employees, domain: 'scale.example', places: ACME_PLACES, departments: ACME_DEPARTMENTS });
  const { orgId } = await insertOrg(
    db,
    { slug: SCALE_ORG_SLUG, name: `Scale Test (${employees.toLocaleString('en-US')} employees)`, settings: { allowedEmailDomains: ['scale.example'], minGroupSize: 5, defaultTimeZone: 'UTC', allowDomainJoin: true } },
    ACME_PLACES,
    ACME_DEPARTMENTS,
    people,
    progress,
  );
  return { orgId };
}
