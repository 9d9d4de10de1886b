import { systemDb } from '../db/system';
import { buildPeople, type PersonSpec } from './org-builder';
import { insertAcmeMentoring, insertOpenRequest } from './insert-mentoring';
import { insertOrg } from './insert-org';
import { insertDemoSessions } from './insert-sessions';
import { CROSS_ORG_MEMBERSHIPS, PERSONAS, PERSONA_EMAILS } from './personas';
import { ACME_DEPARTMENTS, ACME_PLACES, GLOBEX_DEPARTMENTS, GLOBEX_PLACES, type DepartmentProfile, type Place } from './places';
import { seedFromText, seededRandom, seededUuid } from './random';
import { ACME_SESSIONS, GLOBEX_SESSIONS, type SessionCatalog } from './session-catalog';
import { ACME_TAXONOMY, GLOBEX_TAXONOMY, type Taxonomy } from './taxonomy';

// The demo data: "Acme Global" (about 300 people in 4 regions and 8 departments, an 84-skill taxonomy) and
// the small "Globex" (its own 16 skills) that proves isolation. Everyone has a skill profile, goals and
// availability, and both have communities and peer sessions (upcoming and past, with feedback). Deterministic:
// the same ids, names, org chart and profiles on every run.

interface DemoOrg {
  slug: 'acme' | 'globex';
  name: string;
  size: number;
  domain: string;
  seed: number;
  places: readonly Place[];
  departments: readonly DepartmentProfile[];
  taxonomy: Taxonomy;
  defaultTimeZone: string;
  sessions: SessionCatalog;
}

const DEMO_ORGS: readonly DemoOrg[] = [
  { slug: 'acme', name: 'Acme Global', size: 300, domain: 'acme.example', seed: 1, places: ACME_PLACES, departments: ACME_DEPARTMENTS, taxonomy: ACME_TAXONOMY, defaultTimeZone: 'America/New_York', sessions: ACME_SESSIONS },
  { slug: 'globex', name: 'Globex', size: 20, domain: 'globex.example', seed: 2, places: GLOBEX_PLACES, departments: GLOBEX_DEPARTMENTS, taxonomy: GLOBEX_TAXONOMY, defaultTimeZone: 'America/Chicago', sessions: GLOBEX_SESSIONS },
];

export async function isDatabaseEmpty(): Promise<boolean> {
  return (await systemDb().organization.count()) === 0;
}

/**
 * Removes the demo orgs and persona users, then creates them again. Other orgs are left alone. Mentoring
 * and session data are dated relative to `now` (proposals expire and cycles close a few days after it;
 * sessions run from eight weeks before it to three weeks after).
 */
export async function seedDemo(log: (line: string) => void = () => {}, now = new Date()): Promise<void> {
  const db = systemDb();
  await db.organization.deleteMany({ where: { slug: { in: DEMO_ORGS.map((o) => o.slug) } } });
  await db.user.deleteMany({ where: { email: { in: PERSONA_EMAILS } } });

  const users = new Map<string, string>();
  for (const persona of PERSONAS) {
    const random = seededRandom(seedFromText(persona.email));
    const user = await db.user.create({ data: { id: seededUuid(random), email: persona.email, name: persona.name, emailVerified: new Date('2026-01-01T00:00:00Z') } });
    users.set(persona.email, user.id);
  }

  for (const org of DEMO_ORGS) {
    const random = seededRandom(org.seed);
    const makeId = () => seededUuid(random);
    const personas = PERSONAS.filter((p) => p.orgSlug === org.slug);
    const guests = CROSS_ORG_MEMBERSHIPS.filter((m) => m.orgSlug === org.slug);
    const generated = buildPeople(random, { size: org.size - personas.length, domain: org.domain, places: org.places, departments: org.departments, makeId });
    const extra: PersonSpec[] = [...personas, ...guests].map((p) => {
      const place = org.places.find((pl) => pl.name === p.location)!;
      const manager = generated.find((g) => g.department === p.department && g.managerId !== null && g.title !== p.title) ?? generated[0]!;
      return { id: makeId(), name: p.name, email: p.email, role: p.role, title: p.title, department: p.department, location: p.location, timeZone: place.timeZone, managerId: manager.id };
    });
    const { orgId } = await insertOrg(
      db,
      { id: makeId(), slug: org.slug, name: org.name, settings: { allowedEmailDomains: [org.domain], minGroupSize: 5, defaultTimeZone: org.defaultTimeZone, allowDomainJoin: true } },
      org.places,
      org.departments,
      org.taxonomy,
      [...generated, ...extra],
    );
    for (const p of personas) await db.employee.update({ where: { orgId_email: { orgId, email: p.email } }, data: { userId: users.get(p.email) } });
    for (const g of guests) await db.employee.update({ where: { orgId_email: { orgId, email: g.email } }, data: { userId: users.get(g.userEmail) } });
    await (org.slug === 'acme' ? insertAcmeMentoring(db, orgId, now) : insertOpenRequest(db, orgId, now));
    await insertDemoSessions(db, orgId, org.sessions, now);
    log(`seeded ${org.name}: ${generated.length + extra.length} employees`);
  }
}
