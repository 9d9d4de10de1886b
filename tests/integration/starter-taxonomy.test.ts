import { beforeAll, describe, expect, it, vi } from 'vitest';
import { resolveTenantContext, type TenantContext } from '../../lib/auth/tenant-context';
import { systemDb } from '../../lib/db/system';
import { createOrganization, createOrganizationInput, joinOrganizationByDomain } from '../../lib/orgs';
import { STARTER_TAXONOMY, addStarterTaxonomy } from '../../lib/skills';
import { GLOBEX_ADMIN, contextFor, seedDemoOrgs } from './fixtures/demo-orgs';

// A new org starts with an empty taxonomy; its admin (or a steward) can fill it with the starter taxonomy,
// once. The server action is posted the way the steward's empty taxonomy page posts it.
const session = vi.hoisted(() => ({ userId: null as string | null }));
vi.mock('../../lib/auth/session', () => ({ getSessionUserId: async () => session.userId }));
vi.mock('next/cache', () => ({ revalidatePath: () => {} }));
const actions = await import('../../app/o/[org]/steward/skills/actions');

const form = (values: Record<string, string>) => {
  const data = new FormData();
  for (const [k, v] of Object.entries(values)) data.set(k, v);
  return data;
};

async function newUser(email: string, name: string): Promise<string> {
  return (await systemDb().user.create({ data: { email, name, emailVerified: new Date() }, select: { id: true } })).id;
}

async function newOrg(slug: string): Promise<TenantContext> {
  const founder = await newUser(`founder@${slug}.example`, 'Fay Founder');
  await createOrganization(founder, createOrganizationInput.parse({ name: `Start ${slug}`, slug, allowedEmailDomains: `${slug}.example` }));
  return (await resolveTenantContext(founder, slug))!;
}

async function taxonomyOf(orgId: string) {
  const [skills, synonyms, relations, audit] = await Promise.all([
    systemDb().skill.findMany({ where: { orgId }, orderBy: { id: 'asc' } }),
    systemDb().skillSynonym.findMany({ where: { orgId }, orderBy: { id: 'asc' } }),
    systemDb().skillRelation.findMany({ where: { orgId }, orderBy: [{ fromSkillId: 'asc' }, { toSkillId: 'asc' }] }),
    systemDb().auditEvent.findMany({ where: { orgId }, orderBy: { id: 'asc' } }),
  ]);
  return { skills, synonyms, relations, audit };
}

beforeAll(async () => {
  await seedDemoOrgs();
});

describe('addStarterTaxonomy', () => {
  it('fills a new org’s empty taxonomy: 84 approved skills in 7 categories, with synonyms, relations and one audit event', async () => {
    const admin = await newOrg('starter-one');
    expect(await systemDb().skill.count({ where: { orgId: admin.orgId } })).toBe(0);

    expect(await addStarterTaxonomy(admin)).toEqual({ skills: 84, categories: 7 });

    const { skills, synonyms, relations, audit } = await taxonomyOf(admin.orgId);
    expect(skills).toHaveLength(91);
    expect(skills.filter((s) => s.kind === 'SKILL')).toHaveLength(84);
    expect(skills.filter((s) => s.kind === 'CATEGORY').map((s) => s.name).sort()).toEqual(['Data', 'Design', 'Engineering', 'Leadership', 'People skills', 'Product', 'Sales']);
    expect(new Set(skills.map((s) => s.status))).toEqual(new Set(['APPROVED']));
    const byId = new Map(skills.map((s) => [s.id, s]));
    const byName = new Map(skills.map((s) => [s.name, s]));
    const kubernetes = byName.get('Kubernetes')!;
    expect(byId.get(kubernetes.parentId!)!.name).toBe('Cloud & infrastructure');
    expect(byId.get(byId.get(kubernetes.parentId!)!.parentId!)!.name).toBe('Engineering');
    expect(kubernetes.description).toBe('Deploying and operating containerized workloads on Kubernetes clusters.');
    expect(synonyms.filter((s) => s.skillId === kubernetes.id).map((s) => s.name).sort()).toEqual(['K8s', 'Kube']);
    expect(synonyms).toHaveLength(STARTER_TAXONOMY.skills.reduce((n, s) => n + s.synonyms.length, 0));

    const pairs = relations.map((r) => [byId.get(r.fromSkillId)!.name, byId.get(r.toSkillId)!.name].sort().join(' ↔ ')).sort();
    expect(pairs).toEqual(STARTER_TAXONOMY.related.map(([a, b]) => [a, b].sort().join(' ↔ ')).sort());
    expect(relations.every((r) => r.fromSkillId < r.toSkillId)).toBe(true);

    expect(audit.filter((e) => e.action.startsWith('skill'))).toEqual([
      expect.objectContaining({ action: 'skills.starter_added', entityType: 'Organization', entityId: admin.orgId, actorId: admin.employeeId, after: { skills: 84, categories: 7, synonyms: synonyms.length, relations: 30 } }),
    ]);
  });

  it('refuses a second time and changes nothing', async () => {
    const admin = await newOrg('starter-twice');
    await addStarterTaxonomy(admin);
    const before = await taxonomyOf(admin.orgId);
    await expect(addStarterTaxonomy(admin)).rejects.toMatchObject({ code: 'CONFLICT', message: expect.stringContaining('already has skills') });
    expect(await taxonomyOf(admin.orgId)).toEqual(before);
  });

  it('refuses when the org has only a proposal, and lets exactly one of two simultaneous requests in', async () => {
    const withProposal = await newOrg('starter-proposed');
    await systemDb().skill.create({ data: { orgId: withProposal.orgId, name: 'Basket weaving', status: 'PROPOSED', proposedById: withProposal.employeeId } });
    await expect(addStarterTaxonomy(withProposal)).rejects.toMatchObject({ code: 'CONFLICT' });
    expect(await systemDb().skill.count({ where: { orgId: withProposal.orgId } })).toBe(1);

    const racing = await newOrg('starter-race');
    const results = await Promise.allSettled([addStarterTaxonomy(racing), addStarterTaxonomy(racing)]);
    expect(results.map((r) => r.status).sort()).toEqual(['fulfilled', 'rejected']);
    expect(await systemDb().skill.count({ where: { orgId: racing.orgId } })).toBe(91);
  });

  it('refuses an employee of the new org and writes nothing', async () => {
    const admin = await newOrg('starter-employee');
    const joiner = await newUser('joe@starter-employee.example', 'Joe Joiner');
    await joinOrganizationByDomain(joiner, { orgSlug: 'starter-employee' });
    const employee = (await resolveTenantContext(joiner, 'starter-employee'))!;
    expect(employee.role).toBe('EMPLOYEE');
    const before = await taxonomyOf(admin.orgId);
    await expect(addStarterTaxonomy(employee)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    expect(await taxonomyOf(admin.orgId)).toEqual(before);
    expect(before.skills).toHaveLength(0);
  });
});

describe('addStarterTaxonomyAction', () => {
  it('fills the org of the posted slug for its admin', async () => {
    const admin = await newOrg('starter-action');
    session.userId = admin.userId;
    const result = await actions.addStarterTaxonomyAction(null, form({ orgSlug: 'starter-action' }));
    expect(result).toEqual({ ok: true, data: { skills: 84, categories: 7 }, message: 'Starter taxonomy added.' });
    expect(await systemDb().skill.count({ where: { orgId: admin.orgId, status: 'APPROVED' } })).toBe(91);
  });

  it('refuses a Globex admin posting Acme’s slug, and a Globex admin posting Globex’s (which has a taxonomy); Acme is unchanged', async () => {
    const acmeId = (await systemDb().organization.findUniqueOrThrow({ where: { slug: 'acme' } })).id;
    const globex = await contextFor(GLOBEX_ADMIN, 'globex');
    session.userId = globex.userId;
    const acmeBefore = await taxonomyOf(acmeId);
    const globexBefore = await taxonomyOf(globex.orgId);

    expect(await actions.addStarterTaxonomyAction(null, form({ orgSlug: 'acme' }))).toMatchObject({ ok: false, error: 'That organization was not found.' });
    expect(await actions.addStarterTaxonomyAction(null, form({ orgSlug: 'globex' }))).toMatchObject({ ok: false, error: expect.stringContaining('already has skills') });

    expect(await taxonomyOf(acmeId)).toEqual(acmeBefore);
    expect(await taxonomyOf(globex.orgId)).toEqual(globexBefore);
  });

  it('refuses a signed-out caller', async () => {
    session.userId = null;
    expect(await actions.addStarterTaxonomyAction(null, form({ orgSlug: 'acme' }))).toMatchObject({ ok: false, error: expect.stringMatching(/sign in/i) });
  });
});
