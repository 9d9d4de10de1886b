import { beforeAll, describe, expect, it, vi } from 'vitest';
import { systemDb } from '../../lib/db/system';
import { withTenant } from '../../lib/db/tenant';
import { createSkill, createSkillInput } from '../../lib/skills';
import { ACME_EMPLOYEE, ACME_STEWARD, GLOBEX_ADMIN, contextFor, seedDemoOrgs } from './fixtures/demo-orgs';
import { form } from './fixtures/form-data';

// Every server action of the steward's taxonomy pages, posted by callers who may not use them: a Globex
// admin (under Acme's slug, and with Acme ids under Globex's own slug), an Acme employee, and a signed-out
// visitor. Each is refused and Acme's taxonomy stays exactly as it was.
const session = vi.hoisted(() => ({ userId: null as string | null }));
vi.mock('../../lib/auth/session', () => ({ getSessionUserId: async () => session.userId }));
vi.mock('next/cache', () => ({ revalidatePath: () => {} }));
const actions = await import('../../app/o/[org]/steward/skills/actions');

let acmeId: string;
let skillId: string;
let otherId: string;
let retiredId: string;
let proposalId: string;

async function acmeTaxonomy() {
  const [skills, synonyms, relations, holders, audit] = await Promise.all([
    systemDb().skill.findMany({ where: { orgId: acmeId }, orderBy: { id: 'asc' } }),
    systemDb().skillSynonym.findMany({ where: { orgId: acmeId }, orderBy: { id: 'asc' } }),
    systemDb().skillRelation.count({ where: { orgId: acmeId } }),
    systemDb().employeeSkill.count({ where: { orgId: acmeId } }),
    systemDb().auditEvent.count({ where: { orgId: acmeId } }),
  ]);
  return { skills, synonyms, relations, holders, audit };
}

/** Every action, aimed at Acme's skills, posted under `orgSlug`. */
function everyAction(orgSlug: string) {
  return [
    actions.createSkillAction(null, form({ orgSlug, name: 'Intruder Skill', parentId: skillId })),
    actions.updateSkillAction(null, form({ orgSlug, skillId, name: 'Hijacked' })),
    actions.retireSkillAction(null, form({ orgSlug, skillId })),
    actions.restoreSkillAction(null, form({ orgSlug, skillId: retiredId })),
    actions.mergeSkillsAction(null, form({ orgSlug, sourceId: skillId, targetId: otherId })),
    actions.approveSkillAction(null, form({ orgSlug, skillId: proposalId })),
    actions.rejectSkillAction(null, form({ orgSlug, skillId: proposalId, reason: 'no', removeFromProfiles: 'on' })),
    actions.importTaxonomyAction(null, form({ orgSlug, csv: 'name,status\nAction Target,retired\nIntruder Import,\n', mode: 'apply' })),
  ];
}

beforeAll(async () => {
  await seedDemoOrgs();
  const steward = await contextFor(ACME_STEWARD, 'acme');
  acmeId = steward.orgId;
  skillId = (await createSkill(steward, createSkillInput.parse({ name: 'Action Target' }))).id;
  otherId = (await createSkill(steward, createSkillInput.parse({ name: 'Action Other' }))).id;
  retiredId = (await createSkill(steward, createSkillInput.parse({ name: 'Action Retired' }))).id;
  await withTenant(steward, (db) => db.skill.update({ where: { orgId_id: { orgId: acmeId, id: retiredId } }, data: { status: 'RETIRED' } }));
  const maya = await contextFor(ACME_EMPLOYEE, 'acme');
  proposalId = (await withTenant(maya, (db) => db.skill.create({ data: { orgId: acmeId, name: 'Action Proposal', status: 'PROPOSED', proposedById: maya.employeeId } }))).id;
});

describe('taxonomy actions refuse callers who may not use them', () => {
  it('refuses a Globex admin under Acme’s slug, and Acme ids under Globex’s slug', async () => {
    session.userId = (await contextFor(GLOBEX_ADMIN, 'globex')).userId;
    const before = await acmeTaxonomy();
    for (const result of await Promise.all(everyAction('acme'))) expect(result).toMatchObject({ ok: false, error: 'That organization was not found.' });

    const underOwnSlug = await Promise.all(everyAction('globex'));
    expect(underOwnSlug.map((r) => (r.ok ? 'ok' : (r.error === 'Please correct the highlighted fields.' ? Object.values(r.fieldErrors).flat().join(' ') : r.error)))).toEqual([
      'Choose a parent from the list',
      'That skill was not found.',
      'That skill was not found.',
      'That skill was not found.',
      'That skill was not found.',
      'That proposal was not found.',
      'That proposal was not found.',
      'ok',
    ]);
    // The import ran against Globex's own taxonomy: it created Globex skills, and nothing of Acme's.
    const globexImport = underOwnSlug[7]!;
    expect(globexImport.ok && globexImport.data).toMatchObject({ applied: true, created: 2 });
    expect(await acmeTaxonomy()).toEqual(before);
  });

  it('refuses an Acme employee every action', async () => {
    session.userId = (await contextFor(ACME_EMPLOYEE, 'acme')).userId;
    const before = await acmeTaxonomy();
    for (const result of await Promise.all(everyAction('acme'))) expect(result).toMatchObject({ ok: false, error: 'You do not have permission to do that.' });
    expect(await acmeTaxonomy()).toEqual(before);
  });

  it('refuses signed-out callers', async () => {
    session.userId = null;
    const before = await acmeTaxonomy();
    for (const result of await Promise.all(everyAction('acme'))) expect(result).toMatchObject({ ok: false, error: expect.stringMatching(/sign in/i) });
    expect(await acmeTaxonomy()).toEqual(before);
  });

  it('lets the Acme steward do it, as a control', async () => {
    session.userId = (await contextFor(ACME_STEWARD, 'acme')).userId;
    const result = await actions.updateSkillAction(null, form({ orgSlug: 'acme', skillId, name: 'Action Target Renamed' }));
    expect(result).toMatchObject({ ok: true, message: 'Changes saved.' });
    expect((await systemDb().skill.findUniqueOrThrow({ where: { orgId_id: { orgId: acmeId, id: skillId } } })).name).toBe('Action Target Renamed');
  });
});
