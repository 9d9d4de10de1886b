import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { TenantContext } from '../../lib/auth/tenant-context';
import { systemDb } from '../../lib/db/system';
import { withTenant } from '../../lib/db/tenant';
import { DEFAULT_MATCHING_POLICY, type MatchingPolicy } from '../../lib/matching';
import { findMentorCandidates, getMatchingPolicy, getMatchingPolicySettings, loadLearner, matchingPolicyFormValues, previewMatchingPolicy, saveMatchingPolicy } from '../../lib/mentoring';
import { ACME_ADMIN, ACME_EMPLOYEE, ACME_STEWARD, GLOBEX_ADMIN, contextFor, seedDemoOrgs } from './fixtures/demo-orgs';

// The steward's scoring weights page: saving (stewards and admins only, audited), previewing (nothing
// saved), and one org's policy never reaching another org.

const session = vi.hoisted(() => ({ userId: null as string | null }));
vi.mock('../../lib/auth/session', () => ({ getSessionUserId: async () => session.userId }));
vi.mock('next/cache', () => ({ revalidatePath: () => {} }));
const actions = await import('../../app/o/[org]/steward/matching/settings/actions');

const NOW = new Date('2026-11-25T12:00:00Z');
let priya: TenantContext;
let maya: TenantContext;
let sofia: TenantContext;
let grace: TenantContext;

function form(values: Record<string, string>): FormData {
  const data = new FormData();
  for (const [k, v] of Object.entries(values)) if (v !== '' || k !== 'allowManagementChain') data.set(k, v);
  return data;
}

const policyForm = (policy: MatchingPolicy, orgSlug = 'acme') => ({ orgSlug, ...matchingPolicyFormValues(policy) });
const withWeights = (weights: Partial<MatchingPolicy['weights']>, rest: Partial<MatchingPolicy> = {}): MatchingPolicy => ({ ...DEFAULT_MATCHING_POLICY, ...rest, weights: { ...DEFAULT_MATCHING_POLICY.weights, ...weights } });

async function policyState(slug: string) {
  const org = await systemDb().organization.findUniqueOrThrow({ where: { slug } });
  const [policy, audit] = await Promise.all([
    systemDb().matchingPolicy.findUnique({ where: { orgId: org.id } }),
    systemDb().auditEvent.count({ where: { orgId: org.id, action: 'matching.policy.updated' } }),
  ]);
  return { policy, audit };
}

beforeAll(async () => {
  await seedDemoOrgs();
  [priya, maya, sofia, grace] = await Promise.all([contextFor(ACME_STEWARD, 'acme'), contextFor(ACME_EMPLOYEE, 'acme'), contextFor(ACME_ADMIN, 'acme'), contextFor(GLOBEX_ADMIN, 'globex')]);
});

describe('saveMatchingPolicy', () => {
  it('lets a steward save weights and rules from the form, with an audit event holding before and after', async () => {
    session.userId = priya.userId;
    expect(await getMatchingPolicySettings(priya)).toEqual({ policy: DEFAULT_MATCHING_POLICY, savedAt: null });
    const wanted = withWeights({ bridge: 25, rating: 0 }, { minOverlapMinutes: 90, requestExpiryDays: 5, allowManagementChain: true });
    const result = await actions.saveMatchingPolicyAction(null, form({ ...policyForm(wanted), minOverlapHours: '1.5' }));
    expect(result).toMatchObject({ ok: true, data: wanted });

    const settings = await getMatchingPolicySettings(priya);
    expect(settings.policy).toEqual(wanted);
    expect(settings.savedAt).toBeInstanceOf(Date);
    const event = await systemDb().auditEvent.findFirstOrThrow({ where: { orgId: priya.orgId, action: 'matching.policy.updated' } });
    expect(event).toMatchObject({ actorId: priya.employeeId, entityType: 'MatchingPolicy', entityId: priya.orgId, before: DEFAULT_MATCHING_POLICY, after: wanted });

    // An admin may too; the next event's "before" is what the steward saved.
    await saveMatchingPolicy(sofia, DEFAULT_MATCHING_POLICY);
    const events = await systemDb().auditEvent.findMany({ where: { orgId: priya.orgId, action: 'matching.policy.updated' }, orderBy: { at: 'asc' } });
    expect(events.map((e) => [e.before, e.after])).toEqual([
      [DEFAULT_MATCHING_POLICY, wanted],
      [wanted, DEFAULT_MATCHING_POLICY],
    ]);
    expect((await getMatchingPolicySettings(priya)).policy).toEqual(DEFAULT_MATCHING_POLICY);
  });

  it('names each wrong field and saves nothing', async () => {
    session.userId = priya.userId;
    const before = await policyState('acme');
    const result = await actions.saveMatchingPolicyAction(
      null,
      form({ ...policyForm(DEFAULT_MATCHING_POLICY), levelFit: '', overlap: '51', bridge: '2.5', minOverlapHours: '0.3', requestExpiryDays: '0', declineCooldownDays: 'soon' }),
    );
    expect(result).toMatchObject({
      ok: false,
      fieldErrors: {
        levelFit: ['Enter a number'],
        overlap: ['At most 50'],
        bridge: ['Use a whole number'],
        minOverlapHours: ['Use quarter hours, like 0.5 or 1.25'],
        requestExpiryDays: ['At least 1 day'],
        declineCooldownDays: ['Enter a number'],
      },
    });
    expect(result.ok || result.values.overlap).toBe('51');
    expect(await policyState('acme')).toEqual(before);
  });

  it('refuses an employee: reading, saving and previewing', async () => {
    const before = await policyState('acme');
    await expect(getMatchingPolicySettings(maya)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(saveMatchingPolicy(maya, withWeights({ levelFit: 50 }))).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(previewMatchingPolicy(maya, withWeights({ levelFit: 50 }), NOW)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    session.userId = maya.userId;
    for (const action of [actions.saveMatchingPolicyAction, actions.previewMatchingPolicyAction]) {
      expect(await action(null, form(policyForm(withWeights({ levelFit: 50 }))))).toMatchObject({ ok: false, error: 'You do not have permission to do that.' });
    }
    expect(await policyState('acme')).toEqual(before);
  });
});

describe('previewMatchingPolicy', () => {
  it('shows no change for the saved policy itself, and saves nothing', async () => {
    const before = await policyState('acme');
    const preview = await previewMatchingPolicy(priya, DEFAULT_MATCHING_POLICY, NOW);
    expect(preview.rows).toHaveLength(20);
    expect(preview.fromGoals).toBe(0);
    expect(preview.topChanged).toBe(0);
    expect(preview.after).toEqual(preview.before);
    for (const row of preview.rows) {
      expect(row.after).toEqual(row.before);
      expect(row.before.length).toBeLessThanOrEqual(3);
    }
    expect(await policyState('acme')).toEqual(before);
  });

  it('compares top suggestions under the proposed weights with the current ones', async () => {
    session.userId = priya.userId;
    // Only the new-connection term counts: wherever someone from another department may mentor, they rank first.
    const bridgeOnly = withWeights({ levelFit: 0, relatedSkill: 0, overlap: 0, timeZone: 0, capacity: 0, bridge: 50, rating: 0, language: 0 });
    const result = await actions.previewMatchingPolicyAction(null, form(policyForm(bridgeOnly)));
    if (!result.ok) throw new Error(result.error);
    const preview = result.data;
    expect(preview.proposed).toEqual(bridgeOnly);
    expect(preview.topChanged).toBe(preview.rows.filter((r) => r.before[0]?.id !== r.after[0]?.id).length);
    expect(preview.topChanged).toBeGreaterThan(0);
    expect(preview.after.crossDepartmentShare!).toBeGreaterThanOrEqual(preview.before.crossDepartmentShare!);
    expect(preview.after.withoutMentor).toBe(preview.before.withoutMentor);
    // With only the bridge term weighted, a score is 50 × its share: 0, 0.3 (region), 0.7 (department) or 1.
    expect(preview.rows.flatMap((r) => r.after.map((p) => p.score)).filter((score) => ![0, 15, 35, 50].includes(score))).toEqual([]);

    // The figures are those of the real suggestions for the sampled requests.
    const first = preview.rows.find((r) => r.before.length > 0)!;
    const request = await systemDb().mentorRequest.findUniqueOrThrow({ where: { orgId_id: { orgId: priya.orgId, id: first.id } } });
    const live = await withTenant(priya, async (db) => findMentorCandidates(db, priya.orgId, (await loadLearner(db, priya.orgId, request.learnerId))!, request, await getMatchingPolicy(db, priya.orgId), new Date()));
    expect(live.mentors.slice(0, 3).map((m) => m.id)).toEqual(first.before.map((p) => p.id));
  });

  it('turns learning goals into requests when an org has few open ones', async () => {
    const preview = await previewMatchingPolicy(grace, withWeights({ language: 30 }), NOW);
    const open = await systemDb().mentorRequest.count({ where: { orgId: grace.orgId, status: 'OPEN' } });
    expect(open).toBe(1);
    expect(preview.rows.filter((r) => r.source === 'REQUEST')).toHaveLength(1);
    expect(preview.fromGoals).toBeGreaterThan(0);
    expect(preview.rows).toHaveLength(1 + preview.fromGoals);
    expect(new Set(preview.rows.map((r) => r.id)).size).toBe(preview.rows.length);
  });
});

describe('matching policy across orgs', () => {
  it('refuses a Globex admin Acme’s policy and keeps each org’s policy to itself', async () => {
    const acmeBefore = await policyState('acme');
    session.userId = grace.userId;
    const strict = withWeights({ levelFit: 1 }, { minOverlapMinutes: 600 });
    for (const action of [actions.saveMatchingPolicyAction, actions.previewMatchingPolicyAction]) {
      expect(await action(null, form(policyForm(strict, 'acme')))).toMatchObject({ ok: false, error: 'That organization was not found.' });
    }
    expect(await policyState('acme')).toEqual(acmeBefore);

    // Acme's suggestions for one request, before and after Globex saves a very different policy of its own.
    const suggestions = async () =>
      withTenant(priya, async (db) => {
        const request = await db.mentorRequest.findFirstOrThrow({ where: { orgId: priya.orgId, status: 'OPEN' }, orderBy: { id: 'asc' } });
        const learner = (await loadLearner(db, priya.orgId, request.learnerId))!;
        return findMentorCandidates(db, priya.orgId, learner, request, await getMatchingPolicy(db, priya.orgId), NOW);
      });
    const acmeSuggestions = await suggestions();
    expect(await actions.saveMatchingPolicyAction(null, form(policyForm(strict, 'globex')))).toMatchObject({ ok: true });
    expect((await getMatchingPolicySettings(grace)).policy).toEqual(strict);
    expect(await suggestions()).toEqual(acmeSuggestions);
    expect(await policyState('acme')).toEqual(acmeBefore);
    // Globex's tenant sees its own row only.
    expect(await withTenant(grace, (db) => db.matchingPolicy.findMany({ select: { orgId: true } }))).toEqual([{ orgId: grace.orgId }]);
  });
});
