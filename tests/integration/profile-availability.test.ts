import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { TenantContext } from '../../lib/auth/tenant-context';
import { systemDb } from '../../lib/db/system';
import { withTenant } from '../../lib/db/tenant';
import { DomainError } from '../../lib/errors';
import {
  addAvailabilityWindow,
  addAvailabilityWindowInput,
  addTimeOff,
  addTimeOffInput,
  getMyProfile,
  removeAvailabilityWindow,
  removeTimeOff,
  updateAvailabilityWindow,
  updateAvailabilityWindowInput,
} from '../../lib/profiles';
import { todayIn } from '../../lib/profiles/local-date';
import { ACME_EMPLOYEE, ACME_STEWARD, contextFor, seedDemoOrgs } from './fixtures/demo-orgs';

// Weekly availability windows and time off on the signed-in employee's own profile.

let maya: TenantContext;
let priya: TenantContext;

const windowForm = (weekday: number, start: string, end: string) => addAvailabilityWindowInput.parse({ weekday: String(weekday), start, end });
const OVERLAP_TUESDAY_MORNING = 'Overlaps your Tuesday window 09:00–12:00. Change the times or edit that window.';

async function refusal(promise: Promise<unknown>): Promise<DomainError> {
  const error = await promise.then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(DomainError);
  return error as DomainError;
}

const myWindows = async (ctx: TenantContext) => (await getMyProfile(ctx)).windows.map(({ weekday, startMinute, endMinute }) => ({ weekday, startMinute, endMinute }));

beforeAll(async () => {
  await seedDemoOrgs();
  [maya, priya] = await Promise.all([contextFor(ACME_EMPLOYEE, 'acme'), contextFor(ACME_STEWARD, 'acme')]);
});

beforeEach(async () => {
  await withTenant(maya, (db) => db.availabilityWindow.deleteMany({ where: { employeeId: { in: [maya.employeeId, priya.employeeId] } } }));
  await withTenant(maya, (db) => db.timeOff.deleteMany({ where: { employeeId: { in: [maya.employeeId, priya.employeeId] } } }));
});

describe('weekly windows', () => {
  it('adds, edits and removes my windows, keeping the weekly mirror in step', async () => {
    const { id } = await addAvailabilityWindow(maya, windowForm(2, '09:00', '12:00'));
    await addAvailabilityWindow(maya, windowForm(2, '12:00', '13:00'));
    await addAvailabilityWindow(maya, windowForm(7, '22:00', '00:00'));
    expect(await myWindows(maya)).toEqual([
      { weekday: 2, startMinute: 540, endMinute: 720 },
      { weekday: 2, startMinute: 720, endMinute: 780 },
      { weekday: 7, startMinute: 1320, endMinute: 1440 },
    ]);
    await updateAvailabilityWindow(maya, updateAvailabilityWindowInput.parse({ windowId: id, weekday: '2', start: '08:00', end: '11:45' }));
    await removeAvailabilityWindow(maya, { windowId: id });
    expect(await myWindows(maya)).toEqual([
      { weekday: 2, startMinute: 720, endMinute: 780 },
      { weekday: 7, startMinute: 1320, endMinute: 1440 },
    ]);
    const [row] = await withTenant(maya, (db) => db.$queryRaw<{ w: string }[]>`select "weeklyAvailability"::text as w from "Employee" where id = ${maya.employeeId}::uuid`);
    expect(row!.w).toBe('{[2160,2220),[9960,10080)}');
  });

  it('refuses an overlapping window with a message naming the other one', async () => {
    await addAvailabilityWindow(maya, windowForm(2, '09:00', '12:00'));
    const error = await refusal(addAvailabilityWindow(maya, windowForm(2, '11:00', '14:00')));
    expect(error.fieldErrors).toEqual({ start: [OVERLAP_TUESDAY_MORNING] });
    expect(await myWindows(maya)).toHaveLength(1);
  });

  it('checks an edit against my other windows but not against itself', async () => {
    await addAvailabilityWindow(maya, windowForm(2, '09:00', '12:00'));
    const { id } = await addAvailabilityWindow(maya, windowForm(2, '13:00', '14:00'));
    await updateAvailabilityWindow(maya, updateAvailabilityWindowInput.parse({ windowId: id, weekday: '2', start: '12:00', end: '15:00' }));
    const error = await refusal(updateAvailabilityWindow(maya, updateAvailabilityWindowInput.parse({ windowId: id, weekday: '2', start: '11:45', end: '15:00' })));
    expect(error.fieldErrors).toEqual({ start: [OVERLAP_TUESDAY_MORNING] });
    expect(await myWindows(maya)).toContainEqual({ weekday: 2, startMinute: 720, endMinute: 900 });
  });

  it('keeps colleagues’ windows apart from mine, and out of my reach', async () => {
    const theirs = await addAvailabilityWindow(priya, windowForm(2, '09:00', '12:00'));
    await addAvailabilityWindow(maya, windowForm(2, '09:00', '12:00'));
    expect((await refusal(updateAvailabilityWindow(maya, updateAvailabilityWindowInput.parse({ windowId: theirs.id, weekday: '3', start: '09:00', end: '10:00' })))).code).toBe('NOT_FOUND');
    expect((await refusal(removeAvailabilityWindow(maya, { windowId: theirs.id }))).code).toBe('NOT_FOUND');
    expect(await myWindows(priya)).toEqual([{ weekday: 2, startMinute: 540, endMinute: 720 }]);
  });

  it('lets exactly one of two overlapping windows added at the same time through', async () => {
    const results = await Promise.allSettled([addAvailabilityWindow(maya, windowForm(4, '09:00', '11:00')), addAvailabilityWindow(maya, windowForm(4, '10:00', '12:00'))]);
    const fulfilled = results.filter((r) => r.status === 'fulfilled');
    const rejected = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
    expect(fulfilled).toHaveLength(1);
    expect(rejected).toHaveLength(1);
    const winner = (await myWindows(maya))[0]!;
    expect(rejected[0]!.reason).toBeInstanceOf(DomainError);
    expect((rejected[0]!.reason as DomainError).fieldErrors).toEqual({
      start: [`Overlaps your Thursday window ${winner.startMinute === 540 ? '09:00–11:00' : '10:00–12:00'}. Change the times or edit that window.`],
    });
    expect(await myWindows(maya)).toHaveLength(1);
  });

  it('turns the exclusion constraint’s refusal (23P01) into the same overlap message', async () => {
    // A transaction inserts a window and stays open; the request checks (seeing nothing committed),
    // inserts, and waits on the constraint until that transaction commits, then is refused by the database.
    let request: Promise<unknown> = Promise.resolve();
    await withTenant(maya, async (db) => {
      const [{ pid }] = await db.$queryRaw<[{ pid: number }]>`select pg_backend_pid() as pid`;
      await db.availabilityWindow.create({ data: { orgId: maya.orgId, employeeId: maya.employeeId, weekday: 5, startMinute: 540, endMinute: 660 } });
      request = addAvailabilityWindow(maya, windowForm(5, '10:00', '12:00')).catch((e: unknown) => e);
      for (;;) {
        const [{ blocked }] = await systemDb().$queryRaw<[{ blocked: number }]>`select count(*)::int as blocked from pg_locks where not granted and ${pid}::int = any(pg_blocking_pids(pid))`;
        if (blocked > 0) break;
      }
    }, { timeoutMs: 20_000 });
    const error = await request;
    expect(error).toBeInstanceOf(DomainError);
    expect((error as DomainError).fieldErrors).toEqual({ start: ['Overlaps your Friday window 09:00–11:00. Change the times or edit that window.'] });
    expect(await myWindows(maya)).toEqual([{ weekday: 5, startMinute: 540, endMinute: 660 }]);
  });
});

describe('time off', () => {
  it('adds and removes my time off; lists only what has not ended', async () => {
    const { id } = await addTimeOff(maya, addTimeOffInput.parse({ startDate: '2099-12-22', endDate: '2100-01-02', note: 'Family visit' }));
    const today = todayIn((await getMyProfile(maya)).timeZone);
    await addTimeOff(maya, addTimeOffInput.parse({ startDate: '2001-01-01', endDate: today }));
    await withTenant(maya, (db) => db.timeOff.create({ data: { orgId: maya.orgId, employeeId: maya.employeeId, startDate: new Date('2001-01-01T00:00:00Z'), endDate: new Date('2001-01-05T00:00:00Z') } }));
    expect((await getMyProfile(maya)).timeOff).toEqual([
      { id: expect.any(String), startDate: '2001-01-01', endDate: today, note: null },
      { id, startDate: '2099-12-22', endDate: '2100-01-02', note: 'Family visit' },
    ]);
    await removeTimeOff(maya, { timeOffId: id });
    expect((await getMyProfile(maya)).timeOff).toHaveLength(1);
  });

  it('refuses time off that has already ended, and a colleague’s time off', async () => {
    const error = await refusal(addTimeOff(maya, addTimeOffInput.parse({ startDate: '2001-01-01', endDate: '2001-01-02' })));
    expect(error.fieldErrors).toEqual({ endDate: ['This time off has already ended; choose today or a later date'] });
    const theirs = await addTimeOff(priya, addTimeOffInput.parse({ startDate: '2099-01-01', endDate: '2099-01-02' }));
    expect((await refusal(removeTimeOff(maya, { timeOffId: theirs.id }))).code).toBe('NOT_FOUND');
    expect((await getMyProfile(priya)).timeOff).toHaveLength(1);
  });
});
