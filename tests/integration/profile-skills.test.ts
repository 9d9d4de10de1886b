import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { TenantContext } from '../../lib/auth/tenant-context';
import { withTenant } from '../../lib/db/tenant';
import { DomainError } from '../../lib/errors';
import { getMyProfile, listSkillChoices, removeMySkill, upsertMySkill, upsertMySkillInput } from '../../lib/profiles';
import { proposeSkill, proposeSkillInput } from '../../lib/skills';
import { ACME_EMPLOYEE, ACME_STEWARD, GLOBEX_EMPLOYEE, contextFor, seedDemoOrgs } from './fixtures/demo-orgs';

// Skills on the signed-in employee's own profile, and proposing a skill the taxonomy lacks. The skills
// used here are made by the test (names no seed uses), so the demo taxonomy can change freely.

let maya: TenantContext;
let priya: TenantContext;
let tom: TenantContext;
const ids: Record<string, string> = {};

async function makeSkill(ctx: TenantContext, name: string, data: { kind?: 'SKILL' | 'CATEGORY'; status?: 'APPROVED' | 'RETIRED' | 'REJECTED' | 'MERGED' | 'PROPOSED'; parentId?: string; mergedIntoId?: string; proposedById?: string; synonyms?: string[] } = {}) {
  const { synonyms = [], ...fields } = data;
  return withTenant(ctx, async (db) => {
    const skill = await db.skill.create({ data: { orgId: ctx.orgId, name, ...fields }, select: { id: true } });
    for (const synonym of synonyms) await db.skillSynonym.create({ data: { orgId: ctx.orgId, skillId: skill.id, name: synonym } });
    return skill.id;
  });
}

const form = (values: Record<string, string>) => upsertMySkillInput.parse(values);

async function refusal(promise: Promise<unknown>): Promise<DomainError> {
  const error = await promise.then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(DomainError);
  return error as DomainError;
}

beforeAll(async () => {
  await seedDemoOrgs();
  [maya, priya, tom] = await Promise.all([contextFor(ACME_EMPLOYEE, 'acme'), contextFor(ACME_STEWARD, 'acme'), contextFor(GLOBEX_EMPLOYEE, 'globex')]);
  ids.category = await makeSkill(priya, 'Zq Platform', { kind: 'CATEGORY' });
  ids.subcategory = await makeSkill(priya, 'Zq Containers', { kind: 'CATEGORY', parentId: ids.category });
  ids.kube = await makeSkill(priya, 'Zq Kubernetes', { parentId: ids.subcategory, synonyms: ['Zq K8s'] });
  ids.helm = await makeSkill(priya, 'Zq Helm', { parentId: ids.subcategory });
  ids.retired = await makeSkill(priya, 'Zq Mesos', { status: 'RETIRED' });
  ids.rejected = await makeSkill(priya, 'Zq Fad', { status: 'REJECTED' });
  ids.merged = await makeSkill(priya, 'Zq Kube', { status: 'MERGED', mergedIntoId: ids.kube });
  ids.priyasProposal = await makeSkill(priya, 'Zq Wasm', { status: 'PROPOSED', proposedById: priya.employeeId });
  ids.globex = await makeSkill(tom, 'Zq Lab Safety');
});

beforeEach(async () => {
  await withTenant(maya, (db) => db.employeeSkill.deleteMany({ where: { employeeId: maya.employeeId, skill: { name: { startsWith: 'Zq ' } } } }));
});

describe('upsertMySkill', () => {
  it('adds a skill to my own profile, then edits it in place', async () => {
    await upsertMySkill(maya, form({ skillId: ids.kube!, level: '2', wantsToLearn: 'on', targetLevel: '4' }));
    let mine = (await getMyProfile(maya)).skills.find((s) => s.skillId === ids.kube);
    expect(mine).toMatchObject({ name: 'Zq Kubernetes', categoryPath: 'Zq Platform › Zq Containers', status: 'APPROVED', level: 2, canTeach: false, wantsToLearn: true, targetLevel: 4 });

    await upsertMySkill(maya, form({ skillId: ids.kube!, level: '4', canTeach: 'on' }));
    mine = (await getMyProfile(maya)).skills.find((s) => s.skillId === ids.kube);
    expect(mine).toMatchObject({ level: 4, canTeach: true, wantsToLearn: false, targetLevel: null });
    const rows = await withTenant(maya, (db) => db.employeeSkill.findMany({ where: { skillId: ids.kube } }));
    expect(rows.map((r) => r.employeeId)).toEqual([maya.employeeId]);
  });

  it('takes "New to it" for a skill I want to learn', async () => {
    await upsertMySkill(maya, form({ skillId: ids.helm!, level: 'new', wantsToLearn: 'on', targetLevel: '2' }));
    expect((await getMyProfile(maya)).skills.find((s) => s.skillId === ids.helm)).toMatchObject({ level: null, targetLevel: 2 });
  });

  it.each([
    ['an id that does not exist', () => '4f0c8a34-5b0e-4a59-9a0e-3f4c8a5b6d7e', 'Choose a skill from the list.'],
    ['another org’s skill', () => ids.globex!, 'Choose a skill from the list.'],
    ['a retired skill', () => ids.retired!, '“Zq Mesos” has been retired from the skill list; choose another skill.'],
    ['a rejected skill', () => ids.rejected!, '“Zq Fad” was not accepted as a skill; choose another skill.'],
    ['a merged skill', () => ids.merged!, '“Zq Kube” was merged into “Zq Kubernetes”; choose that one.'],
    ['a category', () => ids.category!, '“Zq Platform” is a category; choose a skill in it.'],
    ['someone else’s proposal', () => ids.priyasProposal!, '“Zq Wasm” is waiting for a steward’s review; choose another skill for now.'],
  ])('refuses %s on the skill field and writes nothing', async (_what, skillId, message) => {
    const error = await refusal(upsertMySkill(maya, form({ skillId: skillId(), level: '3' })));
    expect(error.fieldErrors).toEqual({ skillId: [message] });
    expect(await withTenant(maya, (db) => db.employeeSkill.count({ where: { employeeId: maya.employeeId, skillId: skillId() } }))).toBe(0);
  });

  it('removes only a skill on my own profile', async () => {
    await upsertMySkill(maya, form({ skillId: ids.helm!, level: '3' }));
    await upsertMySkill(priya, form({ skillId: ids.kube!, level: '5', canTeach: 'on' }));
    expect((await refusal(removeMySkill(maya, { skillId: ids.kube! }))).code).toBe('NOT_FOUND');
    await removeMySkill(maya, { skillId: ids.helm! });
    expect((await getMyProfile(maya)).skills.some((s) => s.skillId === ids.helm)).toBe(false);
    expect((await getMyProfile(priya)).skills.find((s) => s.skillId === ids.kube)).toMatchObject({ level: 5 });
  });
});

describe('proposeSkill', () => {
  it('creates a proposed skill that I can use at once and others cannot', async () => {
    const proposed = await proposeSkill(maya, proposeSkillInput.parse({ name: '  Zq   eBPF ', description: 'Kernel tracing and networking' }));
    const row = await withTenant(maya, (db) => db.skill.findUniqueOrThrow({ where: { orgId_id: { orgId: maya.orgId, id: proposed.id } } }));
    expect(row).toMatchObject({ name: 'Zq eBPF', status: 'PROPOSED', kind: 'SKILL', proposedById: maya.employeeId, description: 'Kernel tracing and networking' });

    expect((await listSkillChoices(maya)).find((c) => c.id === proposed.id)).toMatchObject({ proposed: true });
    expect((await listSkillChoices(priya)).some((c) => c.id === proposed.id)).toBe(false);

    await upsertMySkill(maya, form({ skillId: proposed.id, level: '3' }));
    expect((await getMyProfile(maya)).skills.find((s) => s.skillId === proposed.id)).toMatchObject({ status: 'PROPOSED', level: 3 });
    expect((await refusal(upsertMySkill(priya, form({ skillId: proposed.id, level: '3' })))).fieldErrors.skillId).toBeDefined();
  });

  it.each([
    ['a live name, in any case', 'zq KUBERNETES', '“Zq Kubernetes” is already in the skill list; choose it instead.'],
    ['a synonym', 'zq k8s', '“Zq K8s” is another name for Zq Kubernetes, which is already in the skill list; choose it instead.'],
    ['a retired skill', 'Zq Mesos', '“Zq Mesos” was retired from the skill list by a steward, so it cannot be proposed again.'],
    ['a category', 'Zq Platform', '“Zq Platform” is a skill category; choose a skill in it instead.'],
    ['a colleague’s proposal', 'Zq WASM', '“Zq Wasm” was already proposed by a colleague and is waiting for a steward’s review.'],
  ])('refuses a name that collides with %s', async (_what, name, message) => {
    const before = await withTenant(maya, (db) => db.skill.count());
    const error = await refusal(proposeSkill(maya, proposeSkillInput.parse({ name })));
    expect(error.fieldErrors).toEqual({ name: [message] });
    expect(await withTenant(maya, (db) => db.skill.count())).toBe(before);
  });

  it('allows a name that was rejected or merged away before', async () => {
    const again = await proposeSkill(maya, proposeSkillInput.parse({ name: 'Zq Fad' }));
    expect(again.name).toBe('Zq Fad');
  });
});

describe('listSkillChoices', () => {
  it('lists approved skills with synonyms and category paths, never categories, retired skills or another org’s', async () => {
    const choices = await listSkillChoices(maya);
    expect(choices.find((c) => c.id === ids.kube)).toEqual({ id: ids.kube, name: 'Zq Kubernetes', synonyms: ['Zq K8s'], categoryPath: 'Zq Platform › Zq Containers', proposed: false });
    for (const id of [ids.category, ids.retired, ids.rejected, ids.merged, ids.priyasProposal, ids.globex]) expect(choices.some((c) => c.id === id)).toBe(false);
  });

  it('includes a broader skill in the path of the skills under it', async () => {
    const frontend = await makeSkill(priya, 'Zq Frontend', { parentId: ids.category });
    const react = await makeSkill(priya, 'Zq React', { parentId: frontend });
    expect((await listSkillChoices(maya)).find((c) => c.id === react)?.categoryPath).toBe('Zq Platform › Zq Frontend');
  });
});
