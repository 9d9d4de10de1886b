import { beforeAll, describe, expect, it, vi } from 'vitest';
import { systemDb } from '../../lib/db/system';
import { ACME_EMPLOYEE, ACME_STEWARD, GLOBEX_ADMIN, contextFor, seedDemoOrgs } from './fixtures/demo-orgs';
import { form } from './fixtures/form-data';

// The matching-round server actions: the run action answers at once and leaves the work to after();
// employees are refused the steward's actions, and a Globex admin posting Acme ids is refused everywhere.
const session = vi.hoisted(() => ({ userId: null as string | null, background: [] as (() => Promise<unknown>)[] }));
vi.mock('../../lib/auth/session', () => ({ getSessionUserId: async () => session.userId }));
vi.mock('next/cache', () => ({ revalidatePath: () => {} }));
vi.mock('next/server', () => ({ after: (task: () => Promise<unknown>) => session.background.push(task) }));
const steward = await import('../../app/o/[org]/steward/matching/actions');
const employee = await import('../../app/o/[org]/mentors/cycles/actions');

const WINDOW = { signupOpensAt: '2026-01-01T09:00', signupClosesAt: '2030-12-31T17:00' };

async function acmeState(orgId: string) {
  const db = systemDb();
  return {
    cycles: await db.matchingCycle.findMany({ where: { orgId }, orderBy: { id: 'asc' } }),
    runs: await db.cycleRun.findMany({ where: { orgId }, orderBy: { id: 'asc' } }),
    mentors: await db.cycleMentor.findMany({ where: { orgId }, orderBy: [{ cycleId: 'asc' }, { mentorId: 'asc' }] }),
    rules: await db.cyclePairRule.count({ where: { orgId } }),
    requests: await db.mentorRequest.findMany({ where: { orgId }, orderBy: { id: 'asc' } }),
    matches: await db.match.count({ where: { orgId } }),
  };
}

beforeAll(seedDemoOrgs);

describe('matching round actions', () => {
  it('runs the optimizer in the background, and refuses employees the steward actions', async () => {
    const priya = await contextFor(ACME_STEWARD, 'acme');
    session.userId = priya.userId;
    const created = await steward.createMatchingCycleAction(null, form({ orgSlug: 'acme', name: 'Action round', description: '', programName: '', ...WINDOW }));
    expect(created).toMatchObject({ ok: true });
    const cycleId = (created as { data: { id: string } }).data.id;
    expect(await steward.setCycleStatusAction(null, form({ orgSlug: 'acme', cycleId, status: 'OPEN' }))).toMatchObject({ ok: true });

    session.userId = (await contextFor(ACME_EMPLOYEE, 'acme')).userId;
    expect(await steward.setCycleStatusAction(null, form({ orgSlug: 'acme', cycleId, status: 'CLOSED' }))).toMatchObject({ ok: false, error: 'You do not have permission to do that.' });
    expect(await steward.createMatchingCycleAction(null, form({ orgSlug: 'acme', name: 'Mine', ...WINDOW }))).toMatchObject({ ok: false, error: 'You do not have permission to do that.' });
    expect(await employee.confirmCycleCapacityAction(null, form({ orgSlug: 'acme', cycleId, capacity: '21' }))).toMatchObject({ ok: false, fieldErrors: { capacity: ['At most 20'] } });
    expect(await employee.confirmCycleCapacityAction(null, form({ orgSlug: 'acme', cycleId, capacity: '1' }))).toMatchObject({ ok: true });

    session.userId = priya.userId;
    expect(await steward.updateMatchingCycleAction(null, form({ orgSlug: 'acme', cycleId, name: 'Action round', signupOpensAt: '2027-02-01T09:00', signupClosesAt: '2027-01-01T09:00' }))).toMatchObject({
      ok: false,
      fieldErrors: { signupClosesAt: ['Sign-up must close after it opens'] },
    });
    await steward.setCycleStatusAction(null, form({ orgSlug: 'acme', cycleId, status: 'CLOSED' }));
    const started = await steward.runCycleOptimizerAction(null, form({ orgSlug: 'acme', cycleId }));
    expect(started).toMatchObject({ ok: true, message: 'Optimizer started.' });
    const runId = (started as { data: { runId: string } }).data.runId;
    expect(await systemDb().cycleRun.findFirstOrThrow({ where: { id: runId } })).toMatchObject({ status: 'RUNNING', progress: 0 });
    expect(session.background).toHaveLength(1);
    await session.background.pop()!();
    expect(await systemDb().cycleRun.findFirstOrThrow({ where: { id: runId } })).toMatchObject({ status: 'DONE', progress: 100 });
    expect(await steward.publishCycleAction(null, form({ orgSlug: 'acme', cycleId }))).toMatchObject({ ok: true, data: { proposals: 0, emails: 0 } });
    expect(await steward.publishCycleAction(null, form({ orgSlug: 'acme', cycleId }))).toMatchObject({ ok: false, error: expect.stringMatching(/published/) });
  });

  it('refuses a Globex admin every Acme round action and leaves Acme unchanged', async () => {
    const priya = await contextFor(ACME_STEWARD, 'acme');
    session.userId = priya.userId;
    const cycleId = ((await steward.createMatchingCycleAction(null, form({ orgSlug: 'acme', name: 'Target round', ...WINDOW }))) as { data: { id: string } }).data.id;
    await steward.setCycleStatusAction(null, form({ orgSlug: 'acme', cycleId, status: 'OPEN' }));
    const maya = await contextFor(ACME_EMPLOYEE, 'acme');
    session.userId = maya.userId;
    const k8s = await systemDb().skill.findFirstOrThrow({ where: { orgId: priya.orgId, name: 'Kubernetes' } });
    const asked = await employee.askInCycleAction(null, form({ orgSlug: 'acme', cycleId, skillId: k8s.id, targetLevel: '3' }));
    expect(asked).toMatchObject({ ok: true });
    const requestId = (asked as { data: { id: string } }).data.id;

    session.userId = (await contextFor(GLOBEX_ADMIN, 'globex')).userId;
    const before = await acmeState(priya.orgId);
    for (const orgSlug of ['acme', 'globex']) {
      const attempts = await Promise.all([
        steward.updateMatchingCycleAction(null, form({ orgSlug, cycleId, name: 'Taken', ...WINDOW })),
        steward.setCycleStatusAction(null, form({ orgSlug, cycleId, status: 'CLOSED' })),
        steward.runCycleOptimizerAction(null, form({ orgSlug, cycleId })),
        steward.setPairRuleAction(null, form({ orgSlug, cycleId, requestId, mentorId: priya.employeeId, kind: 'FORBID' })),
        steward.publishCycleAction(null, form({ orgSlug, cycleId })),
        employee.confirmCycleCapacityAction(null, form({ orgSlug, cycleId, capacity: '2' })),
        employee.withdrawCycleRequestAction(null, form({ orgSlug, requestId })),
        employee.askInCycleAction(null, form({ orgSlug, cycleId, skillId: k8s.id, targetLevel: '3' })),
      ]);
      for (const result of attempts) {
        expect(result.ok).toBe(false);
        if (orgSlug === 'acme') expect(result).toMatchObject({ error: 'That organization was not found.' });
        else expect(result).toMatchObject({ error: expect.stringMatching(/not found|correct the highlighted fields/) });
      }
    }
    expect(session.background).toHaveLength(0);
    expect(await acmeState(priya.orgId)).toEqual(before);
  });
});
