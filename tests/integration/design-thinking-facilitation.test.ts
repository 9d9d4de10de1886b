import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { TenantContext } from '../../lib/auth/tenant-context';
import { systemDb } from '../../lib/db/system';
import { DESIGN_THINKING_TEMPLATE, bookSeat, cancelSession, createGroupSession, createGroupSessionInput, getFacilitation } from '../../lib/sessions';
import { ACME_ADMIN, ACME_EMPLOYEE, ACME_HR, ACME_STEWARD, GLOBEX_EMPLOYEE, contextFor, seedDemoOrgs } from './fixtures/demo-orgs';
import { form } from './fixtures/form-data';

// Facilitating a design-thinking session through the actions as the browser posts them: the host runs the
// phases and edits the plan, the host and booked participants record outputs with optimistic concurrency
// (a stale save comes back as a conflict with the other version, nothing overwritten), and a waitlisted
// person or another org's member is refused every action with nothing changed.
const session = vi.hoisted(() => ({ userId: null as string | null }));
vi.mock('../../lib/auth/session', () => ({ getSessionUserId: async () => session.userId }));
vi.mock('next/cache', () => ({ revalidatePath: () => {} }));
const { completePhaseAction, savePhaseOutputsAction, startPhaseAction, updatePhasePlanAction } = await import('../../app/o/[org]/sessions/[id]/facilitate/actions');

let sofia: TenantContext; // host
let maya: TenantContext; // booked
let priya: TenantContext; // booked
let daniel: TenantContext; // waitlisted
let tom: TenantContext; // Globex
let sessionId: string;
const DAY = 86_400_000;

const as = (ctx: TenantContext) => {
  session.userId = ctx.userId;
};

const phaseRows = (id: string) => systemDb().designThinkingPhase.findMany({ where: { sessionId: id }, orderBy: { position: 'asc' } });

async function designSession(title: string, startsInDays: number): Promise<string> {
  const startsAt = new Date(Math.floor((Date.now() + startsInDays * DAY) / DAY) * DAY + 9 * 3_600_000).toISOString();
  const { sessionId: id } = await createGroupSession(sofia, createGroupSessionInput.parse({ kind: 'DESIGN_THINKING', title, startsAt, durationMinutes: '90', capacity: '2' }));
  expect(await bookSeat(maya, { sessionId: id })).toMatchObject({ status: 'BOOKED' });
  expect(await bookSeat(priya, { sessionId: id })).toMatchObject({ status: 'BOOKED' });
  expect(await bookSeat(daniel, { sessionId: id })).toMatchObject({ status: 'WAITLISTED' });
  return id;
}

beforeAll(async () => {
  await seedDemoOrgs();
  [sofia, maya, priya, daniel, tom] = await Promise.all([
    contextFor(ACME_ADMIN, 'acme'),
    contextFor(ACME_EMPLOYEE, 'acme'),
    contextFor(ACME_STEWARD, 'acme'),
    contextFor(ACME_HR, 'acme'),
    contextFor(GLOBEX_EMPLOYEE, 'globex'),
  ]);
  sessionId = await designSession('Onboarding journey redesign', 300);
});

describe('getFacilitation', () => {
  it('gives the host and booked participants the five phases in order, with who may edit what', async () => {
    const host = await getFacilitation(sofia, sessionId);
    expect(host.phases.map((p) => [p.phase, p.position, p.timeboxMinutes, p.prompt, p.outputs, p.state])).toEqual(
      DESIGN_THINKING_TEMPLATE.map((t) => [t.phase, t.position, t.timeboxMinutes, t.prompt, '', 'UPCOMING']),
    );
    expect(host).toMatchObject({ running: null, session: { title: 'Onboarding journey redesign', host: { id: sofia.employeeId } }, can: { run: true, editPlan: true, editOutputs: true } });
    expect((await getFacilitation(maya, sessionId)).can).toEqual({ run: false, editPlan: false, editOutputs: true });
  });

  it('is not found for a waitlisted person, another org, a malformed id and a session of another kind', async () => {
    await expect(getFacilitation(daniel, sessionId)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(getFacilitation(tom, sessionId)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(getFacilitation(sofia, 'not-a-uuid')).rejects.toMatchObject({ code: 'NOT_FOUND' });
    const { sessionId: workshop } = await createGroupSession(sofia, createGroupSessionInput.parse({ kind: 'WORKSHOP', title: 'Not design thinking', startsAt: new Date(Date.now() + 301 * DAY).toISOString(), durationMinutes: '60', capacity: '5' }));
    await expect(getFacilitation(sofia, workshop)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect(await phaseRows(workshop)).toEqual([]);
  });
});

describe('running the phases', () => {
  it('lets only the host start and complete phases; starting one completes the running one', async () => {
    const before = await phaseRows(sessionId);
    as(maya);
    expect(await startPhaseAction(null, form({ orgSlug: 'acme', sessionId, phase: 'EMPATHIZE' }))).toMatchObject({ ok: false, error: 'Only the host runs the phases and changes the plan.' });
    as(daniel);
    expect(await startPhaseAction(null, form({ orgSlug: 'acme', sessionId, phase: 'EMPATHIZE' }))).toMatchObject({ ok: false, error: 'That session was not found.' });
    as(tom);
    for (const orgSlug of ['acme', 'globex']) expect((await startPhaseAction(null, form({ orgSlug, sessionId, phase: 'EMPATHIZE' }))).ok).toBe(false);
    expect(await phaseRows(sessionId)).toEqual(before);

    as(sofia);
    expect(await startPhaseAction(null, form({ orgSlug: 'acme', sessionId, phase: 'EMPATHIZE' }))).toMatchObject({ ok: true, message: 'Phase started.' });
    expect((await getFacilitation(sofia, sessionId)).running).toBe('EMPATHIZE');
    expect(await startPhaseAction(null, form({ orgSlug: 'acme', sessionId, phase: 'DEFINE' }))).toMatchObject({ ok: true });
    const [empathize, define] = await phaseRows(sessionId);
    expect(empathize!.completedAt).toEqual(define!.startedAt);
    expect(define!.completedAt).toBeNull();
    // Running the clock leaves the outputs' versions alone.
    expect((await phaseRows(sessionId)).map((p) => p.updatedAt)).toEqual(before.map((p) => p.updatedAt));

    for (const ctx of [maya, daniel, tom]) {
      as(ctx);
      expect((await completePhaseAction(null, form({ orgSlug: ctx === tom ? 'globex' : 'acme', sessionId, phase: 'DEFINE' }))).ok).toBe(false);
    }
    expect((await getFacilitation(sofia, sessionId)).running).toBe('DEFINE');
    as(sofia);
    expect(await completePhaseAction(null, form({ orgSlug: 'acme', sessionId, phase: 'DEFINE' }))).toMatchObject({ ok: true, message: 'Phase completed.' });
    expect(await completePhaseAction(null, form({ orgSlug: 'acme', sessionId, phase: 'DEFINE' }))).toMatchObject({ ok: false, error: 'That phase is not running.' });
    const view = await getFacilitation(maya, sessionId);
    expect(view.running).toBeNull();
    expect(view.phases.map((p) => p.state)).toEqual(['DONE', 'DONE', 'UPCOMING', 'UPCOMING', 'UPCOMING']);
  });

  it('lets only the host change a phase’s timebox and prompt', async () => {
    const values = { orgSlug: 'acme', sessionId, phase: 'IDEATE', timeboxMinutes: '25', prompt: 'Crazy eights: eight ideas in eight minutes each.' };
    for (const ctx of [maya, daniel]) {
      as(ctx);
      expect((await updatePhasePlanAction(null, form(values))).ok).toBe(false);
    }
    as(tom);
    for (const orgSlug of ['acme', 'globex']) expect((await updatePhasePlanAction(null, form({ ...values, orgSlug }))).ok).toBe(false);
    expect((await phaseRows(sessionId))[2]).toMatchObject({ timeboxMinutes: 20, prompt: DESIGN_THINKING_TEMPLATE[2]!.prompt });

    as(sofia);
    expect(await updatePhasePlanAction(null, form({ ...values, timeboxMinutes: '0', prompt: ' ' }))).toMatchObject({
      ok: false,
      fieldErrors: { timeboxMinutes: ['At least 1 minute.'], prompt: ['Write a prompt for the group.'] },
    });
    expect(await updatePhasePlanAction(null, form(values))).toMatchObject({ ok: true, message: 'Plan saved.' });
    expect((await getFacilitation(maya, sessionId)).phases[2]).toMatchObject({ phase: 'IDEATE', timeboxMinutes: 25, prompt: values.prompt });
  });
});

describe('recording outputs', () => {
  it('saves for the host and booked participants, and a stale save is a conflict that returns the other version', async () => {
    const loadedByMaya = (await getFacilitation(maya, sessionId)).phases[0]!.updatedAt.toISOString();
    const loadedBySofia = (await getFacilitation(sofia, sessionId)).phases[0]!.updatedAt.toISOString();
    const save = (outputs: string, baseUpdatedAt: string, orgSlug = 'acme') => savePhaseOutputsAction(null, form({ orgSlug, sessionId, phase: 'EMPATHIZE', outputs, baseUpdatedAt }));

    as(sofia);
    const saved = await save('- New hires wait 3 days for a laptop', loadedBySofia);
    expect(saved).toMatchObject({ ok: true, message: 'Outputs saved.', data: { status: 'SAVED' } });

    as(maya);
    const stale = await save('- Buddies are assigned late', loadedByMaya);
    expect(stale).toMatchObject({ ok: true, data: { status: 'CONFLICT', theirs: { outputs: '- New hires wait 3 days for a laptop' } } });
    expect((await phaseRows(sessionId))[0]!.outputs).toBe('- New hires wait 3 days for a laptop');

    // Maya merges both and saves against the version she was shown.
    const theirs = stale.ok && stale.data.status === 'CONFLICT' ? stale.data.theirs : null;
    const merged = await save('- New hires wait 3 days for a laptop\n- Buddies are assigned late', theirs!.updatedAt.toISOString());
    expect(merged).toMatchObject({ ok: true, data: { status: 'SAVED' } });
    expect((await getFacilitation(priya, sessionId)).phases[0]!.outputs).toBe('- New hires wait 3 days for a laptop\n- Buddies are assigned late');

    const current = (await phaseRows(sessionId))[0]!;
    expect(await save('x'.repeat(20_001), current.updatedAt.toISOString())).toMatchObject({ ok: false, fieldErrors: { outputs: ['Keep the outputs under 20,000 characters.'] } });

    as(daniel);
    expect(await save('Waitlisted words', current.updatedAt.toISOString())).toMatchObject({ ok: false, error: 'That session was not found.' });
    as(tom);
    for (const orgSlug of ['acme', 'globex']) expect((await save('Globex words', current.updatedAt.toISOString(), orgSlug)).ok).toBe(false);
    expect((await phaseRows(sessionId))[0]).toEqual(current);
  });

  it('keeps a canceled session readable and closes it to changes', async () => {
    const id = await designSession('Canceled sprint', 310);
    await cancelSession(sofia, { sessionId: id, reason: 'Team offsite moved' });
    // A canceled session releases its participants' seats; the host still sees it.
    const view = await getFacilitation(sofia, id);
    expect(view.can).toEqual({ run: false, editPlan: false, editOutputs: false });
    as(sofia);
    expect(await startPhaseAction(null, form({ orgSlug: 'acme', sessionId: id, phase: 'EMPATHIZE' }))).toMatchObject({ ok: false, error: 'This session was canceled.' });
    expect(await savePhaseOutputsAction(null, form({ orgSlug: 'acme', sessionId: id, phase: 'TEST', outputs: 'Too late', baseUpdatedAt: view.phases[4]!.updatedAt.toISOString() }))).toMatchObject({ ok: false, error: 'This session was canceled.' });
    expect((await phaseRows(id)).every((p) => !p.startedAt && p.outputs === '')).toBe(true);
  });
});
