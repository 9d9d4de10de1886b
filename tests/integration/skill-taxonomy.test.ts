import { beforeAll, describe, expect, it } from 'vitest';
import type { TenantContext } from '../../lib/auth/tenant-context';
import { systemDb } from '../../lib/db/system';
import { withTenant } from '../../lib/db/tenant';
import {
  approveSkill,
  approveSkillInput,
  createSkill,
  createSkillInput,
  exportTaxonomyCsv,
  importTaxonomy,
  listTaxonomy,
  mergeSkills,
  rejectSkill,
  rejectSkillInput,
  setSkillRetired,
  updateSkill,
  updateSkillInput,
} from '../../lib/skills';
import { ACME_ADMIN, ACME_EMPLOYEE, ACME_STEWARD, GLOBEX_ADMIN, contextFor, seedDemoOrgs } from './fixtures/demo-orgs';

// The steward's taxonomy tools against real Postgres. Skills are made here with names the demo seed does
// not use (the seed's own taxonomy may be there too), through the domain functions themselves.

let steward: TenantContext;
let admin: TenantContext;
let employee: TenantContext;
let globexAdmin: TenantContext;
let acmeId: string;
let people: string[];

beforeAll(async () => {
  await seedDemoOrgs();
  [steward, admin, employee, globexAdmin] = await Promise.all([contextFor(ACME_STEWARD, 'acme'), contextFor(ACME_ADMIN, 'acme'), contextFor(ACME_EMPLOYEE, 'acme'), contextFor(GLOBEX_ADMIN, 'globex')]);
  acmeId = steward.orgId;
  people = (await systemDb().employee.findMany({ where: { orgId: acmeId }, orderBy: { email: 'asc' }, take: 12, select: { id: true } })).map((e) => e.id);
});

async function make(fields: Record<string, string>, ctx = steward) {
  return createSkill(ctx, createSkillInput.parse(fields));
}

async function skillRow(id: string) {
  return systemDb().skill.findUniqueOrThrow({ where: { orgId_id: { orgId: acmeId, id } }, include: { synonyms: { orderBy: { name: 'asc' } } } });
}

async function edit(id: string, fields: Record<string, string>) {
  const s = await skillRow(id);
  const related = await systemDb().skillRelation.findMany({ where: { orgId: acmeId, OR: [{ fromSkillId: id }, { toSkillId: id }] } });
  return updateSkill(
    steward,
    updateSkillInput.parse({
      skillId: id,
      name: s.name,
      parentId: s.parentId ?? '',
      description: s.description ?? '',
      synonyms: s.synonyms.map((x) => x.name).join(', '),
      related: related.map((r) => (r.fromSkillId === id ? r.toSkillId : r.fromSkillId)).join(','),
      ...fields,
    }),
  );
}

async function giveSkill(employeeId: string, skillId: string, values: { level?: number | null; canTeach?: boolean; wantsToLearn?: boolean; targetLevel?: number | null }) {
  await withTenant(steward, (db) => db.employeeSkill.create({ data: { orgId: acmeId, employeeId, skillId, level: values.level ?? null, canTeach: values.canTeach ?? false, wantsToLearn: values.wantsToLearn ?? false, targetLevel: values.targetLevel ?? null } }));
}

async function addGoal(employeeId: string, skillId: string, targetLevel: number) {
  await withTenant(steward, (db) => db.learningGoal.create({ data: { orgId: acmeId, employeeId, skillId, targetLevel } }));
}

async function propose(name: string, proposedById: string) {
  return withTenant(employee, (db) => db.skill.create({ data: { orgId: acmeId, name, status: 'PROPOSED', proposedById }, select: { id: true } }));
}

function fieldErrors(error: unknown) {
  return (error as { fieldErrors?: Record<string, string[]> }).fieldErrors;
}

describe('create and edit', () => {
  it('creates a category and skills with synonyms and relations, and audits it', async () => {
    const category = await make({ name: 'Zeta Studies', kind: 'CATEGORY', description: 'Test category' });
    const alpha = await make({ name: 'Zeta Alpha', parentId: category.id, synonyms: 'ZA, z-alpha , za' });
    const beta = await make({ name: 'Zeta Beta', parentId: category.id, related: alpha.id });
    expect((await skillRow(alpha.id)).synonyms.map((s) => s.name).sort()).toEqual(['ZA', 'z-alpha']);
    const relation = await systemDb().skillRelation.findFirst({ where: { orgId: acmeId, OR: [{ fromSkillId: alpha.id, toSkillId: beta.id }, { fromSkillId: beta.id, toSkillId: alpha.id }] } });
    expect(relation).not.toBeNull();
    const audit = await systemDb().auditEvent.findFirstOrThrow({ where: { orgId: acmeId, action: 'skill.created', entityId: beta.id } });
    expect(audit.after).toMatchObject({ name: 'Zeta Beta', parent: 'Zeta Studies', related: ['Zeta Alpha'] });
  });

  it('refuses duplicate names, names that are synonyms, taken synonyms and unknown parents, field by field', async () => {
    await expect(make({ name: 'zeta ALPHA' })).rejects.toMatchObject({ code: 'INVALID', fieldErrors: { name: ['A skill named “Zeta Alpha” already exists'] } });
    await expect(make({ name: 'za' })).rejects.toMatchObject({ fieldErrors: { name: ['“ZA” is already a synonym of Zeta Alpha'] } });
    await expect(make({ name: 'Zeta Gamma', synonyms: 'Z-ALPHA' })).rejects.toMatchObject({ fieldErrors: { synonyms: ['“Z-ALPHA” is already a synonym of Zeta Alpha'] } });
    await expect(make({ name: 'Zeta Gamma', parentId: crypto.randomUUID() })).rejects.toMatchObject({ fieldErrors: { parent: ['Choose a parent from the list'] } });
    expect(await systemDb().skill.count({ where: { orgId: acmeId, name: 'Zeta Gamma' } })).toBe(0);
  });

  it('renames, moves and re-describes, and refuses a move that makes a cycle', async () => {
    const parent = await make({ name: 'Zeta Parent' });
    const child = await make({ name: 'Zeta Child', parentId: parent.id });
    const grandchild = await make({ name: 'Zeta Grandchild', parentId: child.id });
    await expect(edit(parent.id, { parentId: grandchild.id })).rejects.toMatchObject({ fieldErrors: { parent: ['“Zeta Grandchild” is inside “Zeta Parent”; moving it there would create a cycle'] } });
    expect((await skillRow(parent.id)).parentId).toBeNull();

    await edit(grandchild.id, { name: 'Zeta Grandchild Renamed', parentId: parent.id, description: 'Moved up', synonyms: 'ZGR' });
    const moved = await skillRow(grandchild.id);
    expect(moved).toMatchObject({ name: 'Zeta Grandchild Renamed', parentId: parent.id, description: 'Moved up' });
    expect(moved.synonyms.map((s) => s.name)).toEqual(['ZGR']);
    const audit = await systemDb().auditEvent.findFirstOrThrow({ where: { orgId: acmeId, action: 'skill.updated', entityId: grandchild.id } });
    expect(audit.before).toMatchObject({ name: 'Zeta Grandchild', parent: 'Zeta Child' });
    expect(audit.after).toMatchObject({ name: 'Zeta Grandchild Renamed', parent: 'Zeta Parent', synonyms: ['ZGR'] });
  });
});

describe('merge', () => {
  it('moves every profile entry and goal, combines a person who has both, and moves synonyms, relations and children', async () => {
    const category = await make({ name: 'Merge Lab', kind: 'CATEGORY' });
    const neighbour = await make({ name: 'Merge Neighbour', parentId: category.id });
    const shared = await make({ name: 'Merge Shared', parentId: category.id });
    const source = await make({ name: 'Merge Source', parentId: category.id, synonyms: 'MS, Source Thing', related: `${neighbour.id},${shared.id}` });
    const target = await make({ name: 'Merge Target', parentId: category.id, synonyms: 'MT', related: shared.id });
    const child = await make({ name: 'Merge Source Child', parentId: source.id });
    const [onlySource, onlyTarget, both, both2] = people as [string, string, string, string];
    await giveSkill(onlySource, source.id, { level: 2, wantsToLearn: true, targetLevel: 4 });
    await giveSkill(onlyTarget, target.id, { level: 3, canTeach: true });
    await giveSkill(both, source.id, { level: 4, canTeach: true });
    await giveSkill(both, target.id, { level: 2, wantsToLearn: true, targetLevel: 3 });
    await giveSkill(both2, source.id, { wantsToLearn: true, targetLevel: 2 });
    await giveSkill(both2, target.id, { wantsToLearn: true, targetLevel: 4 });
    await addGoal(onlySource, source.id, 4);
    await addGoal(both, source.id, 5);
    await addGoal(both, target.id, 3);

    const holders = async (skillId: string) => systemDb().employeeSkill.findMany({ where: { orgId: acmeId, skillId }, orderBy: { employeeId: 'asc' } });
    const peopleBefore = new Set([...(await holders(source.id)), ...(await holders(target.id))].map((h) => h.employeeId));
    const goalsBefore = await systemDb().learningGoal.count({ where: { orgId: acmeId, skillId: { in: [source.id, target.id] } } });

    const result = await mergeSkills(steward, { sourceId: source.id, targetId: target.id });
    expect(result).toMatchObject({ targetName: 'Merge Target', peopleMoved: 1, peopleCombined: 2, goalsMoved: 2 });

    expect(await holders(source.id)).toEqual([]);
    const after = await holders(target.id);
    expect(new Set(after.map((h) => h.employeeId))).toEqual(peopleBefore);
    const entry = (id: string) => after.find((h) => h.employeeId === id)!;
    expect(entry(onlySource)).toMatchObject({ level: 2, wantsToLearn: true, targetLevel: 4 });
    expect(entry(onlyTarget)).toMatchObject({ level: 3, canTeach: true });
    expect(entry(both)).toMatchObject({ level: 4, canTeach: true, wantsToLearn: false, targetLevel: null });
    expect(entry(both2)).toMatchObject({ level: null, wantsToLearn: true, targetLevel: 4 });
    expect(await systemDb().learningGoal.count({ where: { orgId: acmeId, skillId: target.id } })).toBe(goalsBefore);
    expect(await systemDb().learningGoal.count({ where: { orgId: acmeId, skillId: source.id } })).toBe(0);

    const survivor = await skillRow(target.id);
    expect(survivor.synonyms.map((s) => s.name).sort()).toEqual(['MS', 'MT', 'Merge Source', 'Source Thing']);
    const relations = await systemDb().skillRelation.findMany({ where: { orgId: acmeId, OR: [{ fromSkillId: { in: [source.id, target.id] } }, { toSkillId: { in: [source.id, target.id] } }] } });
    const relatedToTarget = relations.map((r) => (r.fromSkillId === target.id ? r.toSkillId : r.fromSkillId)).sort();
    expect(relatedToTarget).toEqual([neighbour.id, shared.id].sort());
    expect(relations.every((r) => r.fromSkillId !== source.id && r.toSkillId !== source.id)).toBe(true);
    expect((await skillRow(child.id)).parentId).toBe(target.id);
    expect(await skillRow(source.id)).toMatchObject({ status: 'MERGED', mergedIntoId: target.id });

    const audit = await systemDb().auditEvent.findFirstOrThrow({ where: { orgId: acmeId, action: 'skill.merged', entityId: source.id } });
    expect(audit.before).toMatchObject({ holders: 3, goals: 2, targetHolders: 3, targetGoals: 1 });
    expect(audit.after).toMatchObject({ holders: 0, goals: 0, targetHolders: 4, targetGoals: 3, peopleCombined: 2, mergedInto: 'Merge Target', childrenMoved: 1 });

    // The old name is free again as a name, but it is now a synonym of the survivor.
    await expect(make({ name: 'merge source' })).rejects.toMatchObject({ fieldErrors: { name: ['“Merge Source” is already a synonym of Merge Target'] } });
  });

  it('moves mentoring requests and matches, closing a duplicate open request for the same learner', async () => {
    const source = await make({ name: 'Mentor Merge Source' });
    const target = await make({ name: 'Mentor Merge Target' });
    const [learner, other, mentor] = people.slice(4, 7) as [string, string, string];
    const db = systemDb();
    const request = (learnerId: string, skillId: string) =>
      db.mentorRequest.create({ data: { orgId: acmeId, learnerId, skillId, targetLevel: 3 }, select: { id: true } });
    const duplicate = await request(learner, source.id);
    const kept = await request(learner, target.id);
    const moved = await request(other, source.id);
    await db.match.create({ data: { orgId: acmeId, requestId: moved.id, learnerId: other, mentorId: mentor, skillId: source.id, score: 50 } });

    await mergeSkills(steward, { sourceId: source.id, targetId: target.id });

    const requests = await db.mentorRequest.findMany({ where: { orgId: acmeId, id: { in: [duplicate.id, kept.id, moved.id] } } });
    const byId = new Map(requests.map((r) => [r.id, r]));
    expect(requests.every((r) => r.skillId === target.id)).toBe(true);
    expect(byId.get(duplicate.id)!.status).toBe('WITHDRAWN');
    expect(byId.get(kept.id)!.status).toBe('OPEN');
    expect(byId.get(moved.id)!.status).toBe('OPEN');
    expect(await db.match.count({ where: { orgId: acmeId, skillId: source.id } })).toBe(0);
    expect(await db.match.count({ where: { orgId: acmeId, requestId: moved.id, skillId: target.id } })).toBe(1);
  });

  it('merges a skill into its own descendant without making a cycle', async () => {
    const top = await make({ name: 'Nest Top', kind: 'CATEGORY' });
    const outer = await make({ name: 'Nest Outer', parentId: top.id });
    const middle = await make({ name: 'Nest Middle', parentId: outer.id });
    const inner = await make({ name: 'Nest Inner', parentId: middle.id });
    await mergeSkills(steward, { sourceId: outer.id, targetId: inner.id });
    expect((await skillRow(inner.id)).parentId).toBe(top.id);
    expect((await skillRow(middle.id)).parentId).toBe(inner.id);
  });

  it('refuses merging into itself, into a category, or into a retired skill', async () => {
    const category = await make({ name: 'Merge Refusals', kind: 'CATEGORY' });
    const a = await make({ name: 'Refuse A', parentId: category.id });
    const b = await make({ name: 'Refuse B', parentId: category.id });
    await expect(mergeSkills(steward, { sourceId: a.id, targetId: a.id })).rejects.toMatchObject({ fieldErrors: { targetId: ['Choose a different skill to keep'] } });
    await expect(mergeSkills(steward, { sourceId: a.id, targetId: category.id })).rejects.toMatchObject({ fieldErrors: { targetId: ['A skill can only be merged into another skill, not a category'] } });
    await setSkillRetired(steward, { skillId: b.id }, true);
    await expect(mergeSkills(steward, { sourceId: a.id, targetId: b.id })).rejects.toMatchObject({ fieldErrors: { targetId: ['Choose an approved skill to keep'] } });
    expect((await skillRow(a.id)).status).toBe('APPROVED');
  });
});

describe('retire and restore', () => {
  it('retires a skill without touching profiles, refuses a parent with live children, and restores', async () => {
    const parent = await make({ name: 'Retire Parent', kind: 'CATEGORY' });
    const skill = await make({ name: 'Retire Me', parentId: parent.id });
    await giveSkill(people[5]!, skill.id, { level: 3 });
    await expect(setSkillRetired(steward, { skillId: parent.id }, true)).rejects.toMatchObject({ code: 'CONFLICT', message: '“Retire Parent” has 1 skill under it. Move or retire it first.' });
    await setSkillRetired(admin, { skillId: skill.id }, true);
    expect((await skillRow(skill.id)).status).toBe('RETIRED');
    expect(await systemDb().employeeSkill.count({ where: { orgId: acmeId, skillId: skill.id } })).toBe(1);
    await setSkillRetired(steward, { skillId: skill.id }, false);
    expect((await skillRow(skill.id)).status).toBe('APPROVED');
    const actions = (await systemDb().auditEvent.findMany({ where: { orgId: acmeId, entityId: skill.id }, orderBy: { at: 'asc' } })).map((a) => a.action);
    expect(actions).toEqual(['skill.created', 'skill.retired', 'skill.restored']);
  });
});

describe('review queue', () => {
  it('approves a proposal under a parent with a description', async () => {
    const parent = await make({ name: 'Review Home', kind: 'CATEGORY' });
    const proposal = await propose('Review Proposal One', employee.employeeId);
    const listed = (await listTaxonomy(steward)).find((s) => s.id === proposal.id);
    expect(listed).toMatchObject({ status: 'PROPOSED', proposedBy: 'Maya Chen', people: 0 });
    await approveSkill(steward, approveSkillInput.parse({ skillId: proposal.id, parentId: parent.id, description: 'Now official' }));
    expect(await skillRow(proposal.id)).toMatchObject({ status: 'APPROVED', parentId: parent.id, description: 'Now official' });
    await expect(approveSkill(steward, approveSkillInput.parse({ skillId: proposal.id }))).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect(await systemDb().auditEvent.count({ where: { orgId: acmeId, action: 'skill.approved', entityId: proposal.id } })).toBe(1);
  });

  it('merges a proposal into an existing skill, keeping its profiles', async () => {
    const existing = await make({ name: 'Review Existing' });
    const proposal = await propose('Review Duplicate', employee.employeeId);
    await giveSkill(employee.employeeId, proposal.id, { level: 3, canTeach: true });
    await mergeSkills(steward, { sourceId: proposal.id, targetId: existing.id });
    expect(await systemDb().employeeSkill.findUnique({ where: { orgId_employeeId_skillId: { orgId: acmeId, employeeId: employee.employeeId, skillId: existing.id } } })).toMatchObject({ level: 3, canTeach: true });
    expect(await skillRow(proposal.id)).toMatchObject({ status: 'MERGED', mergedIntoId: existing.id });
  });

  it('rejects with a reason, and removes a used proposal from profiles only when told to', async () => {
    const unused = await propose('Review Unused', employee.employeeId);
    expect(rejectSkillInput.safeParse({ skillId: unused.id, reason: '  ' }).error?.issues[0]?.message).toBe('Say why the proposal is rejected (the proposer sees it)');
    await rejectSkill(steward, rejectSkillInput.parse({ skillId: unused.id, reason: 'Too vague' }));
    expect(await skillRow(unused.id)).toMatchObject({ status: 'REJECTED', reviewNote: 'Too vague' });

    const used = await propose('Review Used', employee.employeeId);
    await giveSkill(employee.employeeId, used.id, { level: 2 });
    await addGoal(employee.employeeId, used.id, 4);
    const refused = await rejectSkill(steward, rejectSkillInput.parse({ skillId: used.id, reason: 'Not a skill' })).catch((e: unknown) => e);
    expect(fieldErrors(refused)).toEqual({ removeFromProfiles: ['“Review Used” is on 1 profile and 1 learning goal. Merge it into an existing skill to keep them, or confirm removing it.'] });
    expect((await skillRow(used.id)).status).toBe('PROPOSED');

    expect(await rejectSkill(steward, rejectSkillInput.parse({ skillId: used.id, reason: 'Not a skill', removeFromProfiles: 'on' }))).toEqual({ profilesRemoved: 1, goalsRemoved: 1 });
    expect(await skillRow(used.id)).toMatchObject({ status: 'REJECTED', reviewNote: 'Not a skill' });
    expect(await systemDb().employeeSkill.count({ where: { orgId: acmeId, skillId: used.id } })).toBe(0);
    const audit = await systemDb().auditEvent.findFirstOrThrow({ where: { orgId: acmeId, action: 'skill.rejected', entityId: used.id } });
    expect(audit.before).toMatchObject({ profiles: 1, goals: 1, removedProfiles: [{ employeeId: employee.employeeId, level: 2 }], removedGoals: [{ employeeId: employee.employeeId, targetLevel: 4 }] });
  });
});

describe('CSV export and import', () => {
  it('exports a file that imports back unchanged, previews changes, and applies them', async () => {
    const csv = await exportTaxonomyCsv(steward);
    expect(csv.split('\r\n')[0]).toBe('name,kind,parent,description,synonyms,related,status');
    expect(csv).toContain('Merge Target,skill,Merge Lab,,Merge Source; MS; MT; Source Thing,Merge Neighbour; Merge Shared,approved');
    const roundTrip = await importTaxonomy(steward, { csv, mode: 'preview' });
    expect(roundTrip.errors).toEqual([]);
    expect(roundTrip.lines.every((l) => l.outcome === 'unchanged')).toBe(true);
    expect(roundTrip.unchanged).toBe(roundTrip.lines.length);

    const edited = 'name,kind,parent,synonyms,status\nImport New,skill,Merge Lab,IN1; IN2,\nMerge Neighbour,skill,Zeta Studies,,retired\n';
    const preview = await importTaxonomy(steward, { csv: edited, mode: 'preview' });
    expect(preview).toMatchObject({ applied: false, created: 1, updated: 1 });
    expect(preview.lines.map((l) => [l.line, l.outcome])).toEqual([[2, 'new'], [3, 'changed']]);
    expect(await systemDb().skill.count({ where: { orgId: acmeId, name: 'Import New' } })).toBe(0);

    const applied = await importTaxonomy(steward, { csv: edited, mode: 'apply' });
    expect(applied.applied).toBe(true);
    const created = await systemDb().skill.findFirstOrThrow({ where: { orgId: acmeId, name: 'Import New' }, include: { synonyms: { orderBy: { name: 'asc' } }, parent: true } });
    expect(created.parent?.name).toBe('Merge Lab');
    expect(created.synonyms.map((s) => s.name)).toEqual(['IN1', 'IN2']);
    expect(await systemDb().skill.findFirstOrThrow({ where: { orgId: acmeId, name: 'Merge Neighbour' }, include: { parent: true } })).toMatchObject({ status: 'RETIRED', parent: { name: 'Zeta Studies' } });
    expect(await systemDb().auditEvent.count({ where: { orgId: acmeId, action: 'skills.imported' } })).toBe(1);

    // After applying, the new export imports back unchanged again.
    const again = await importTaxonomy(steward, { csv: await exportTaxonomyCsv(steward), mode: 'preview' });
    expect(again.lines.every((l) => l.outcome === 'unchanged')).toBe(true);
  });

  it('applies nothing while any line has an error', async () => {
    const before = await systemDb().skill.count({ where: { orgId: acmeId } });
    const report = await importTaxonomy(steward, { csv: 'name,parent\nImport Fine,\nImport Broken,No Such Parent\n', mode: 'apply' });
    expect(report.applied).toBe(false);
    expect(report.errors).toEqual([{ line: 3, message: 'Parent “No Such Parent” is not in the file or the taxonomy' }]);
    expect(await systemDb().skill.count({ where: { orgId: acmeId } })).toBe(before);
  });
});

describe('authorization', () => {
  it('refuses an employee every steward function', async () => {
    const skill = await make({ name: 'Guarded Skill' });
    const other = await make({ name: 'Guarded Other' });
    const proposal = await propose('Guarded Proposal', employee.employeeId);
    const attempts = [
      () => listTaxonomy(employee),
      () => make({ name: 'Employee Made' }, employee),
      () => updateSkill(employee, updateSkillInput.parse({ skillId: skill.id, name: 'Hijacked' })),
      () => setSkillRetired(employee, { skillId: skill.id }, true),
      () => mergeSkills(employee, { sourceId: skill.id, targetId: other.id }),
      () => approveSkill(employee, approveSkillInput.parse({ skillId: proposal.id })),
      () => rejectSkill(employee, rejectSkillInput.parse({ skillId: proposal.id, reason: 'no' })),
      () => exportTaxonomyCsv(employee),
      () => importTaxonomy(employee, { csv: 'name\nEmployee Import\n', mode: 'apply' }),
    ];
    for (const attempt of attempts) await expect(attempt()).rejects.toMatchObject({ code: 'FORBIDDEN' });
    expect(await skillRow(skill.id)).toMatchObject({ name: 'Guarded Skill', status: 'APPROVED' });
    expect((await skillRow(proposal.id)).status).toBe('PROPOSED');
    expect(await systemDb().skill.count({ where: { orgId: acmeId, name: { in: ['Employee Made', 'Employee Import'] } } })).toBe(0);
  });

  it('gives a Globex admin nothing of Acme: every Acme id is not found and Acme is unchanged', async () => {
    const skill = await make({ name: 'Cross Skill' });
    const other = await make({ name: 'Cross Other' });
    const proposal = await propose('Cross Proposal', employee.employeeId);
    const snapshot = async () => ({
      skills: await systemDb().skill.findMany({ where: { orgId: acmeId }, orderBy: { id: 'asc' } }),
      synonyms: await systemDb().skillSynonym.count({ where: { orgId: acmeId } }),
      audit: await systemDb().auditEvent.count({ where: { orgId: acmeId } }),
    });
    const before = await snapshot();
    const attempts = [
      () => updateSkill(globexAdmin, updateSkillInput.parse({ skillId: skill.id, name: 'Hijacked' })),
      () => setSkillRetired(globexAdmin, { skillId: skill.id }, true),
      () => setSkillRetired(globexAdmin, { skillId: skill.id }, false),
      () => mergeSkills(globexAdmin, { sourceId: skill.id, targetId: other.id }),
      () => approveSkill(globexAdmin, approveSkillInput.parse({ skillId: proposal.id })),
      () => rejectSkill(globexAdmin, rejectSkillInput.parse({ skillId: proposal.id, reason: 'no', removeFromProfiles: 'on' })),
    ];
    for (const attempt of attempts) await expect(attempt()).rejects.toMatchObject({ code: 'NOT_FOUND' });
    // Acme ids as parent or related skill of a Globex skill are unknown too.
    await expect(make({ name: 'Globex Child', parentId: skill.id }, globexAdmin)).rejects.toMatchObject({ fieldErrors: { parent: ['Choose a parent from the list'] } });
    await expect(make({ name: 'Globex Related', related: skill.id }, globexAdmin)).rejects.toMatchObject({ fieldErrors: { related: ['Choose related skills from the list'] } });
    // Globex's own views hold nothing of Acme.
    expect((await listTaxonomy(globexAdmin)).some((s) => s.id === skill.id)).toBe(false);
    expect(await exportTaxonomyCsv(globexAdmin)).not.toContain('Cross Skill');
    const imported = await importTaxonomy(globexAdmin, { csv: 'name,parent\nGlobex Thing,Cross Skill\n', mode: 'apply' });
    expect(imported.errors).toEqual([{ line: 2, message: 'Parent “Cross Skill” is not in the file or the taxonomy' }]);
    expect(await snapshot()).toEqual(before);
  });
});
