import { describe, expect, it } from 'vitest';
import { DEFAULT_MATCHING_POLICY, SCORE_TERM_NAMES, loadPenaltyList, matchingPolicySchema, readMatchingPolicy, scoringWeightsSchema, type MatchingPolicy } from '../../lib/matching';

// An org's matching policy: its defaults, the lenient reader for stored values, and the optimizer's
// convex load penalties.

describe('DEFAULT_MATCHING_POLICY', () => {
  it('holds the documented defaults', () => {
    expect(DEFAULT_MATCHING_POLICY).toEqual({
      weights: { levelFit: 30, relatedSkill: 20, overlap: 20, timeZone: 8, capacity: 14, bridge: 10, rating: 10, language: 6 },
      minOverlapMinutes: 60,
      requestExpiryDays: 3,
      declineCooldownDays: 90,
      allowManagementChain: false,
      loadSpreading: 4,
    });
  });

  it('names and explains every weight', () => {
    expect(Object.keys(SCORE_TERM_NAMES).sort()).toEqual(Object.keys(scoringWeightsSchema.shape).sort());
    for (const { name, help } of Object.values(SCORE_TERM_NAMES)) {
      expect(name.length).toBeGreaterThan(2);
      expect(help).toMatch(/\.$/);
    }
  });
});

describe('matchingPolicySchema', () => {
  it('fills what is missing with defaults and refuses values out of range with plain messages', () => {
    expect(matchingPolicySchema.parse({ weights: { bridge: '25' } }).weights).toEqual({ ...DEFAULT_MATCHING_POLICY.weights, bridge: 25 });
    const refused = matchingPolicySchema.safeParse({ weights: { levelFit: 51, overlap: -1, rating: 2.5 }, requestExpiryDays: 0, minOverlapMinutes: 'soon' });
    expect(refused.success).toBe(false);
    const messages = Object.fromEntries(refused.error!.issues.map((i) => [i.path.join('.'), i.message]));
    expect(messages).toEqual({
      'weights.levelFit': 'At most 50',
      'weights.overlap': 'At least 0',
      'weights.rating': 'Use a whole number',
      requestExpiryDays: 'At least 1 day',
      minOverlapMinutes: 'Enter a number',
    });
  });
});

describe('readMatchingPolicy', () => {
  it('gives the defaults for nothing stored, or something that is not a policy', () => {
    for (const stored of [undefined, null, {}, 'weights', 42, []]) expect(readMatchingPolicy(stored)).toEqual(DEFAULT_MATCHING_POLICY);
  });

  it('reads a valid stored policy as it is', () => {
    const stored: MatchingPolicy = { ...DEFAULT_MATCHING_POLICY, weights: { ...DEFAULT_MATCHING_POLICY.weights, language: 0 }, minOverlapMinutes: 0, allowManagementChain: true };
    expect(readMatchingPolicy(JSON.parse(JSON.stringify(stored)))).toEqual(stored);
  });

  it('replaces only the broken fields with their defaults and keeps the rest', () => {
    const read = readMatchingPolicy({ minOverlapMinutes: 120, requestExpiryDays: 'soon', declineCooldownDays: 9999, allowManagementChain: true, weights: { levelFit: 99 } });
    expect(read).toEqual({
      ...DEFAULT_MATCHING_POLICY,
      minOverlapMinutes: 120,
      allowManagementChain: true,
      requestExpiryDays: DEFAULT_MATCHING_POLICY.requestExpiryDays,
      declineCooldownDays: DEFAULT_MATCHING_POLICY.declineCooldownDays,
      // A broken weight sends the weights back to their defaults as a whole.
      weights: DEFAULT_MATCHING_POLICY.weights,
    });
  });
});

describe('loadPenaltyList', () => {
  it('costs nothing for the first mentee, then s, 3s, 6s, 10s…', () => {
    expect(loadPenaltyList(DEFAULT_MATCHING_POLICY, 5)).toEqual([0, 4, 12, 24, 40]);
    expect(loadPenaltyList({ ...DEFAULT_MATCHING_POLICY, loadSpreading: 1 }, 4)).toEqual([0, 1, 3, 6]);
  });

  it('is convex: each extra mentee costs at least as much more as the one before', () => {
    for (const loadSpreading of [0, 1, 4, 7, 30]) {
      const list = loadPenaltyList({ ...DEFAULT_MATCHING_POLICY, loadSpreading }, 20);
      expect(list).toHaveLength(20);
      const steps = list.slice(1).map((p, k) => p - list[k]!);
      for (let k = 1; k < steps.length; k++) expect(steps[k]!).toBeGreaterThanOrEqual(steps[k - 1]!);
      expect(list.every((p) => p >= 0)).toBe(true);
    }
  });

  it('is empty for no capacity and all zeros without load spreading', () => {
    expect(loadPenaltyList(DEFAULT_MATCHING_POLICY, 0)).toEqual([]);
    expect(loadPenaltyList({ ...DEFAULT_MATCHING_POLICY, loadSpreading: 0 }, 3)).toEqual([0, 0, 0]);
  });
});
