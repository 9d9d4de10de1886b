import { beforeAll, describe, expect, it } from 'vitest';
import type { TenantContext } from '../../lib/auth/tenant-context';
import { withTenant } from '../../lib/db/tenant';
import { BROAD_TEXT_SEARCH, findExperts, findExpertsInput, getFinderOptions, type BroadSkillSearch, type BroadTextSearch } from '../../lib/people';
import { resolveSkillQuery } from '../../lib/skills';
import { FINDER_WEEK, seedFinderOrgs, type FinderOrg } from './fixtures/expert-finder-orgs';

// The expert finder against real Postgres: skill resolution (synonyms, children), filters, ranking,
// overlap computed in SQL, and isolation (deactivated people and other orgs never appear).

let a: FinderOrg;
let b: FinderOrg;
let mia: TenantContext;

const search = async (ctx: TenantContext, params: Record<string, string>) => findExperts(ctx, findExpertsInput.parse(params), FINDER_WEEK);
const names = async (ctx: TenantContext, params: Record<string, string>) => (await search(ctx, params)).rows.map((r) => r.name);

beforeAll(async () => {
  ({ a, b } = await seedFinderOrgs());
  mia = await a.ctx('Mia Viewer');
});

describe('resolveSkillQuery', () => {
  it('finds a skill by name or synonym in any case, with its subtree, parent, relations and siblings', async () => {
    const k8s = await withTenant(mia, (db) => resolveSkillQuery(db, mia.orgId, '  k8S '));
    expect(k8s.skill).toMatchObject({ name: 'Kubernetes', matchedSynonym: 'K8s' });
    expect(k8s.skillIds).toEqual([a.skillIds.get('Kubernetes')]);
    expect(k8s.parent?.name).toBe('Engineering');
    expect(k8s.related.map((s) => s.name)).toEqual(['Docker']);
    expect(k8s.siblings.map((s) => s.name)).toEqual(['Docker', 'Frontend']);

    const engineering = await withTenant(mia, (db) => resolveSkillQuery(db, mia.orgId, 'engineering'));
    expect(engineering.skill).toMatchObject({ name: 'Engineering', matchedSynonym: null });
    expect(engineering.includes.map((s) => s.name)).toEqual(['Docker', 'Frontend', 'Kubernetes', 'React']);
  });

  it('does not resolve a merged skill’s name, and offers close names when nothing matches', async () => {
    const legacy = await withTenant(mia, (db) => resolveSkillQuery(db, mia.orgId, 'Kube Legacy'));
    expect(legacy.skill).toBeNull();
    const typo = await withTenant(mia, (db) => resolveSkillQuery(db, mia.orgId, 'Kubernetis'));
    expect(typo.skill).toBeNull();
    expect(typo.closeMatches.map((s) => s.name)).toEqual(['Kubernetes']);
    const prefix = await withTenant(mia, (db) => resolveSkillQuery(db, mia.orgId, 'reac'));
    expect(prefix.closeMatches.map((s) => s.name)).toContain('React');
  });
});

describe('getFinderOptions', () => {
  it('suggests approved skill names and synonyms of the caller’s org only', async () => {
    const options = await getFinderOptions(mia);
    expect(options.skillNames).toEqual(['Docker', 'Engineering', 'Frontend', 'K8s', 'Kubernetes', 'React', 'ReactJS']);
    expect(options.regions).toEqual(['Americas', 'EMEA', 'India']);
    expect((await getFinderOptions(await b.ctx('Zed Other'))).skillNames).toEqual(['K8s', 'Kubernetes']);
  });
});

describe('findExperts', () => {
  it('finds holders through a synonym, ranked by level, then teaching with room, then overlap with me', async () => {
    const result = await search(mia, { skill: 'K8s' });
    expect(result.rows.map((r) => r.name)).toEqual(['Ada Kube', 'Cy Kube', 'Ben Kube', 'Hal Low']);
    expect(result.rows.map((r) => r.overlapMinutes)).toEqual([180, 150, 0, 0]);
    expect(result.rows[0]!.skill).toEqual({ id: a.skillIds.get('Kubernetes'), name: 'Kubernetes', level: 5, canTeach: true });
    expect(result.rows[2]).toMatchObject({ mentoringCapacity: 0, skill: { canTeach: true } });
    expect(result.total).toBe(4);
    expect(result.resolution?.skill?.name).toBe('Kubernetes');
    expect(result.usesDefaultHours).toBe(false);
  });

  it('finds holders of child skills when searching a parent, with the entry that matched', async () => {
    const frontend = await search(mia, { skill: 'Frontend' });
    expect(frontend.rows.map((r) => [r.name, r.skill?.name, r.skill?.level])).toEqual([
      ['Dee React', 'React', 4],
      ['Eve Frontend', 'Frontend', 3],
    ]);
    expect(await names(mia, { skill: 'Engineering', level: '5' })).toEqual(['Ada Kube', 'Cy Kube', 'Ben Kube']);
    expect(await names(mia, { skill: 'reactjs' })).toEqual(['Dee React', 'Eve Frontend']);
  });

  it('applies minimum level, can-teach, region, department, text and overlap filters', async () => {
    expect(await names(mia, { skill: 'Kubernetes', level: '3' })).toEqual(['Ada Kube', 'Cy Kube', 'Ben Kube']);
    expect(await names(mia, { skill: 'Kubernetes', teach: '1' })).toEqual(['Ada Kube', 'Ben Kube']);
    expect(await names(mia, { skill: 'Kubernetes', region: 'India' })).toEqual(['Cy Kube']);
    const sales = (await getFinderOptions(mia)).departments.find((d) => d.name === 'Sales')!;
    expect(await names(mia, { skill: 'Kubernetes', department: sales.id })).toEqual(['Cy Kube']);
    expect(await names(mia, { skill: 'Kubernetes', q: 'sre' })).toEqual(['Ben Kube']);
    expect(await names(mia, { skill: 'Kubernetes', overlap: '1' })).toEqual(['Ada Kube', 'Cy Kube']);
    expect(await names(mia, { overlap: '1' })).toEqual(['Mia Viewer', 'Ada Kube', 'Cy Kube']);
    expect(await names(mia, { teach: '1' })).toEqual(['Ada Kube', 'Ben Kube', 'Dee React']);
  });

  it('assumes 09:00–17:00 on weekdays for someone without hours, and says so', async () => {
    const nico = await a.ctx('Nico Nohours');
    const result = await search(nico, { skill: 'Kubernetes' });
    expect(result.usesDefaultHours).toBe(true);
    // Nico's 09:00–17:00 New York is 15:00–23:00 Berlin and 19:30–03:30 Bengaluru.
    expect(result.rows.map((r) => [r.name, r.overlapMinutes])).toEqual([
      ['Ada Kube', 0],
      ['Ben Kube', 180],
      ['Cy Kube', 0],
      ['Hal Low', 0],
    ]);
  });

  it('says when the skill text names no skill, and offers close names', async () => {
    const result = await search(mia, { skill: 'Kubernetis' });
    expect(result.total).toBe(0);
    expect(result.resolution?.skill).toBeNull();
    expect(result.resolution?.closeMatches.map((s) => s.name)).toEqual(['Kubernetes']);
  });

  it('never shows deactivated people, people who only want to learn, or another org’s people', async () => {
    const all = await names(mia, { skill: 'Kubernetes' });
    expect(all).not.toContain('Fay Gone');
    expect(all).not.toContain('Gus Learner');
    expect(all).not.toContain('Zed Other');
    expect(await names(mia, { q: 'Zed' })).toEqual([]);
    const zed = await b.ctx('Zed Other');
    expect(await names(zed, { skill: 'K8s' })).toEqual(['Zed Other']);
    expect(await names(zed, {})).toEqual(['Zed Other']);
  });
});

describe('findExperts paging', () => {
  it('pages through many holders in rank order, across level and teaching groups', async () => {
    const { systemDb } = await import('../../lib/db/system');
    const db = systemDb();
    const [berlin, newYork] = await Promise.all(['Berlin', 'New York'].map((name) => db.location.findFirstOrThrow({ where: { orgId: a.orgId, name } })));
    const terraform = await withTenant(mia, (tx) => tx.skill.create({ data: { orgId: a.orgId, name: 'Terraform' } }));
    const expected: { name: string; level: number; teaches: boolean; overlap: number }[] = [];
    for (let i = 0; i < 70; i++) {
      const name = `Pager ${String(i).padStart(2, '0')}`;
      const level = 1 + (i % 5);
      const canTeach = level >= 3 && i % 2 === 0;
      const capacity = i % 3;
      const inBerlin = i % 4 !== 3;
      const minutes = 30 * (i % 7);
      const person = await db.employee.create({
        data: { orgId: a.orgId, email: `pager${i}@finder-a.example`, name, locationId: inBerlin ? berlin!.id : newYork!.id, timeZone: inBerlin ? 'Europe/Berlin' : 'America/New_York', mentoringCapacity: capacity },
      });
      await withTenant(mia, async (tx) => {
        await tx.employeeSkill.create({ data: { orgId: a.orgId, employeeId: person.id, skillId: terraform.id, level, canTeach } });
        if (minutes > 0) await tx.availabilityWindow.create({ data: { orgId: a.orgId, employeeId: person.id, weekday: 1, startMinute: 540, endMinute: 540 + minutes } });
      });
      expected.push({ name, level, teaches: canTeach && capacity > 0, overlap: inBerlin ? Math.min(minutes, 180) : 0 });
    }
    expected.sort((x, y) => y.level - x.level || Number(y.teaches) - Number(x.teaches) || y.overlap - x.overlap || (x.name < y.name ? -1 : 1));

    const pages = await Promise.all([1, 2, 3].map((page) => search(mia, { skill: 'Terraform', page: String(page) })));
    expect(pages.map((p) => p.total)).toEqual([70, 70, 70]);
    expect(pages.map((p) => p.pageCount)).toEqual([3, 3, 3]);
    expect(pages.flatMap((p) => p.rows.map((r) => r.name))).toEqual(expected.map((e) => e.name));
    expect(pages.flatMap((p) => p.rows.map((r) => r.overlapMinutes))).toEqual(expected.map((e) => e.overlap));
    const past = await search(mia, { skill: 'Terraform', page: '9' });
    expect(past.page).toBe(3);
    expect(past.rows.map((r) => r.name)).toEqual(expected.slice(50).map((e) => e.name));

    // A broad skill search ranks only the top levels the page needs (14 people a level here) and counts
    // only them; a page the entries of every level above the minimum cannot fill runs the exact search.
    const broad = (params: Record<string, string>, limits: BroadSkillSearch) =>
      findExperts(mia, findExpertsInput.parse({ skill: 'Terraform', ...params }), FINDER_WEEK, BROAD_TEXT_SEARCH, limits);
    const capped = { exactBelow: 20 };
    const top = await Promise.all([1, 2, 3].map((page) => broad({ page: String(page) }, capped)));
    expect(top.map((p) => [p.total, p.totalIsLowerBound, p.pageCount])).toEqual([
      [28, true, 3],
      [56, true, 4],
      [70, false, 3],
    ]);
    expect(top.flatMap((p) => p.rows.map((r) => r.name))).toEqual(expected.map((e) => e.name));
    expect(top.flatMap((p) => p.rows.map((r) => r.skill?.level))).toEqual(expected.map((e) => e.level));
    // Filters that leave the top levels short of a page fall back to the exact search.
    const americas = expected.filter((e) => Number(e.name.slice(-2)) % 4 === 3);
    const short = await broad({ region: 'Americas' }, capped);
    expect(short).toMatchObject({ total: americas.length, totalIsLowerBound: false, pageCount: 1 });
    expect(short.rows.map((r) => r.name)).toEqual(americas.map((e) => e.name));
    // A minimum level counts from there: levels 4 and 5 alone hold 28 entries, the exact search answers.
    expect(await broad({ level: '4' }, capped)).toMatchObject({ total: 28, totalIsLowerBound: false });
    // Below the default limit every holder is counted.
    expect(pages[0]).toMatchObject({ total: 70, totalIsLowerBound: false });
  });

  it('pages a broad name search by name, counting only up to a cap, and falls back to the exact search', async () => {
    const pagers = Array.from({ length: 70 }, (_, i) => `Pager ${String(i).padStart(2, '0')}`);
    const text = (params: Record<string, string>, limits: BroadTextSearch) => findExperts(mia, findExpertsInput.parse({ q: 'pager', ...params }), FINDER_WEEK, limits);

    const capped = { scanPerRow: 40, denseShare: 0.1, countCap: 30 };
    const first = await text({}, capped);
    expect(first).toMatchObject({ total: 30, totalIsLowerBound: true, page: 1, pageCount: 3 });
    expect(first.rows.map((r) => r.name)).toEqual(pagers.slice(0, 25));
    const second = await text({ page: '2' }, capped);
    expect(second).toMatchObject({ total: 51, totalIsLowerBound: true, page: 2, pageCount: 4 });
    expect(second.rows.map((r) => r.name)).toEqual(pagers.slice(25, 50));
    // The last page is not full: the exact search answers it, with the exact total.
    const last = await text({ page: '3' }, capped);
    expect(last).toMatchObject({ total: 70, totalIsLowerBound: false, page: 3, pageCount: 3 });
    expect(last.rows.map((r) => r.name)).toEqual(pagers.slice(50));

    // Below the dense share the walk still gives the page, and the total is exact.
    const sparse = await text({}, { ...capped, denseShare: 1.01 });
    expect(sparse).toMatchObject({ total: 70, totalIsLowerBound: false, pageCount: 3 });
    expect(sparse.rows.map((r) => r.name)).toEqual(pagers.slice(0, 25));
    // A walk too short to fill the page falls back to the exact search.
    const short = await text({}, { ...capped, scanPerRow: 1 });
    expect(short).toMatchObject({ total: 70, totalIsLowerBound: false });
    expect(short.rows.map((r) => r.name)).toEqual(pagers.slice(0, 25));
    // Without a cap in reach, the default limits count every match.
    expect(await text({}, BROAD_TEXT_SEARCH)).toMatchObject({ total: 70, totalIsLowerBound: false, pageCount: 3 });
  });
});
