import { beforeAll, describe, expect, it } from 'vitest';
import type { TenantContext } from '../../lib/auth/tenant-context';
import { withTenant } from '../../lib/db/tenant';
import { getPersonProfile } from '../../lib/people';
import { FINDER_WEEK, seedFinderOrgs, type FinderOrg } from './fixtures/expert-finder-orgs';

// A colleague's profile: what they know and teach, their hours on the viewer's clock, time off, and
// "not found" for anyone the viewer may not see.

let a: FinderOrg;
let b: FinderOrg;
let mia: TenantContext;
let nico: TenantContext;

beforeAll(async () => {
  ({ a, b } = await seedFinderOrgs());
  mia = await a.ctx('Mia Viewer');
  nico = await a.ctx('Nico Nohours');
  const ada = a.ids.get('Ada Kube')!;
  await withTenant(mia, async (db) => {
    await db.employee.update({ where: { orgId_id: { orgId: mia.orgId, id: ada } }, data: { headline: 'Runs the platform team', languages: ['English', 'German'] } });
    await db.employeeSkill.create({ data: { orgId: mia.orgId, employeeId: ada, skillId: a.skillIds.get('React')!, level: 1, wantsToLearn: true, targetLevel: 3 } });
    await db.timeOff.createMany({
      data: [
        { orgId: mia.orgId, employeeId: ada, startDate: new Date('2026-01-01'), endDate: new Date('2026-01-05') },
        { orgId: mia.orgId, employeeId: ada, startDate: new Date('2026-12-22'), endDate: new Date('2026-12-30') },
      ],
    });
  });
});

describe('getPersonProfile', () => {
  it('shows skills by level, what they want to learn, upcoming time off and capacity', async () => {
    const ada = await getPersonProfile(mia, a.ids.get('Ada Kube')!, FINDER_WEEK);
    expect(ada).toMatchObject({ name: 'Ada Kube', isMe: false, headline: 'Runs the platform team', languages: ['English', 'German'], location: 'Berlin', region: 'EMEA', mentoringCapacity: 2 });
    expect(ada.skills.map((s) => [s.name, s.level, s.canTeach])).toEqual([
      ['Kubernetes', 5, true],
      ['Docker', 3, false],
      ['React', 1, false],
    ]);
    expect(ada.learning).toEqual([{ id: a.skillIds.get('React'), name: 'React', level: 1, targetLevel: 3 }]);
    expect(ada.timeOff).toEqual([{ startDate: new Date('2026-12-22'), endDate: new Date('2026-12-30') }]);
    expect((await getPersonProfile(mia, mia.employeeId, FINDER_WEEK)).isMe).toBe(true);
  });

  it('summarizes their hours on the viewer’s clock, with theirs beside it', async () => {
    const sameZone = await getPersonProfile(mia, a.ids.get('Ada Kube')!, FINDER_WEEK);
    expect(sameZone.availability.lines).toEqual([{ days: 'Mon', times: '09:00–12:00', theirs: null }]);
    const fromNewYork = await getPersonProfile(nico, a.ids.get('Ada Kube')!, FINDER_WEEK);
    expect(fromNewYork.viewerTimeZone).toBe('America/New_York');
    expect(fromNewYork.availability.lines).toEqual([{ days: 'Mon', times: '03:00–06:00', theirs: '09:00–12:00' }]);
    expect(fromNewYork.place).toBe('Berlin');
  });

  it('is not found for a deactivated person, a malformed id, or someone of another org', async () => {
    await expect(getPersonProfile(mia, a.ids.get('Fay Gone')!)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(getPersonProfile(mia, 'not-a-uuid')).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(getPersonProfile(mia, b.ids.get('Zed Other')!)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    const zed = await b.ctx('Zed Other');
    await expect(getPersonProfile(zed, a.ids.get('Ada Kube')!)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect((await getPersonProfile(zed, zed.employeeId)).name).toBe('Zed Other');
  });
});
