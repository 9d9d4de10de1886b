import { describe, expect, it } from 'vitest';
import {
  DEFAULT_MATCHING_POLICY,
  FULL_OVERLAP_MINUTES,
  checkHardConstraints,
  scoreMentor,
  scoreTerms,
  type LearnerFacts,
  type MatchingPolicy,
  type MentorFacts,
  type RequestFacts,
  type ScoreTerm,
  type ScoreTermKey,
} from '../../lib/matching';

// The scoring model: every hard constraint, and every soft term's points and words at its edges.

const learner: LearnerFacts = { id: 'learner', departmentId: 'eng', region: 'APAC', managerId: 'boss', languages: ['English', 'Mandarin'] };
const request: RequestFacts = { skillName: 'Kubernetes', currentLevel: 1, targetLevel: 3, preferOutsideTeam: false, acceptsAsync: false };
const mentor: MentorFacts = {
  id: 'mentor',
  status: 'ACTIVE',
  departmentId: 'eng',
  region: 'APAC',
  managerId: 'someone',
  languages: ['English'],
  level: 4,
  canTeach: true,
  relatedSkillName: null,
  capacity: 2,
  load: 0,
  overlapMinutes: 120,
  timeZoneHours: 0,
  ratingAverage: null,
  ratingCount: 0,
  blocked: false,
  recentlyDeclined: false,
};

const policy = (changes: Partial<MatchingPolicy> = {}): MatchingPolicy => ({ ...DEFAULT_MATCHING_POLICY, ...changes });
const terms = (m: Partial<MentorFacts> = {}, r: Partial<RequestFacts> = {}, p = policy()) => scoreTerms(learner, { ...request, ...r }, { ...mentor, ...m }, p);
const term = (key: ScoreTermKey, m: Partial<MentorFacts> = {}, r: Partial<RequestFacts> = {}, p = policy()): ScoreTerm | undefined => terms(m, r, p).find((t) => t.key === key);
const reason = (m: Partial<MentorFacts> = {}, r: Partial<RequestFacts> = {}, p = policy()) => checkHardConstraints(learner, { ...request, ...r }, { ...mentor, ...m }, p);

describe('hard constraints', () => {
  it('allows the base pair', () => {
    expect(reason()).toBeNull();
  });

  it('never suggests the learner to themselves', () => {
    expect(reason({ id: learner.id })).toBe('SELF');
  });

  it('never suggests someone no longer active', () => {
    expect(reason({ status: 'DEACTIVATED' })).toBe('INACTIVE');
  });

  it('keeps managers and direct reports apart unless the org allows it', () => {
    expect(reason({ id: learner.managerId! })).toBe('MANAGEMENT_CHAIN');
    expect(reason({ managerId: learner.id })).toBe('MANAGEMENT_CHAIN');
    expect(reason({ id: learner.managerId! }, {}, policy({ allowManagementChain: true }))).toBeNull();
    expect(reason({ managerId: learner.id }, {}, policy({ allowManagementChain: true }))).toBeNull();
  });

  it('respects a block either way and a recent decline', () => {
    expect(reason({ blocked: true })).toBe('BLOCKED');
    expect(reason({ recentlyDeclined: true })).toBe('DECLINED_RECENTLY');
  });

  it('needs someone who teaches it above the learner’s level and at least at the target', () => {
    expect(reason({ canTeach: false })).toBe('LEVEL');
    expect(reason({ level: 2 }, { currentLevel: 2, targetLevel: 3 })).toBe('LEVEL');
    expect(reason({ level: 3 }, { currentLevel: 3, targetLevel: 4 })).toBe('LEVEL');
    expect(reason({ level: 3 }, { currentLevel: 1, targetLevel: 4 })).toBe('LEVEL');
    expect(reason({ level: 3 }, { currentLevel: 1, targetLevel: 3 })).toBeNull();
    expect(reason({ level: 1 }, { currentLevel: null, targetLevel: 1 })).toBeNull();
    expect(reason({ level: 4, relatedSkillName: 'Docker' })).toBeNull();
    expect(reason({ level: 2, relatedSkillName: 'Docker' })).toBe('LEVEL');
  });

  it('needs a free slot, counting proposals still waiting for an answer', () => {
    expect(reason({ capacity: 2, load: 1 })).toBeNull();
    expect(reason({ capacity: 2, load: 2 })).toBe('NO_CAPACITY');
    expect(reason({ capacity: 0, load: 0 })).toBe('NO_CAPACITY');
    expect(reason({ capacity: 1, load: 3 })).toBe('NO_CAPACITY');
  });

  it('needs the minimum weekly overlap unless the learner accepts async', () => {
    expect(reason({ overlapMinutes: 59 })).toBe('NO_OVERLAP');
    expect(reason({ overlapMinutes: 60 })).toBeNull();
    expect(reason({ overlapMinutes: null })).toBe('NO_OVERLAP');
    expect(reason({ overlapMinutes: 0 }, { acceptsAsync: true })).toBeNull();
    expect(reason({ overlapMinutes: null }, { acceptsAsync: true })).toBeNull();
    expect(reason({ overlapMinutes: 100 }, {}, policy({ minOverlapMinutes: 120 }))).toBe('NO_OVERLAP');
    expect(reason({ overlapMinutes: 0 }, {}, policy({ minOverlapMinutes: 0 }))).toBeNull();
  });

  it('checks in a fixed order: who before what, capacity before hours', () => {
    expect(reason({ id: learner.id, status: 'DEACTIVATED' })).toBe('SELF');
    expect(reason({ blocked: true, level: 1 })).toBe('BLOCKED');
    expect(reason({ capacity: 1, load: 1, overlapMinutes: 0 })).toBe('NO_CAPACITY');
  });

  it('gives no score to an ineligible pair', () => {
    expect(scoreMentor(learner, request, { ...mentor, blocked: true }, policy())).toEqual({ eligible: false, reason: 'BLOCKED' });
  });
});

describe('soft terms', () => {
  const w = DEFAULT_MATCHING_POLICY.weights;

  it('shows every term in a fixed order, and the score is their sum', () => {
    const verdict = scoreMentor(learner, request, { ...mentor, relatedSkillName: 'Docker' }, policy());
    if (!verdict.eligible) throw new Error('expected an eligible pair');
    expect(verdict.terms.map((t) => t.key)).toEqual(['levelFit', 'relatedSkill', 'overlap', 'timeZone', 'capacity', 'bridge', 'rating', 'language']);
    expect(verdict.score).toBeCloseTo(verdict.terms.reduce((sum, t) => sum + t.points, 0), 5);
  });

  it('level fit: full points a level above the target, 70% exactly at it', () => {
    expect(term('levelFit', { level: 4 }, { targetLevel: 3 })).toEqual({ key: 'levelFit', label: 'Level 4 (Advanced) in Kubernetes', points: w.levelFit });
    expect(term('levelFit', { level: 5 }, { targetLevel: 3 })!.points).toBe(w.levelFit);
    expect(term('levelFit', { level: 3 }, { targetLevel: 3 })).toEqual({ key: 'levelFit', label: 'Level 3 (Proficient) in Kubernetes', points: 0.7 * w.levelFit });
  });

  it('related skill: named in the level label and taken off the score', () => {
    expect(term('levelFit', { relatedSkillName: 'Docker' })!.label).toBe('Level 4 (Advanced) in Docker');
    expect(term('relatedSkill', { relatedSkillName: 'Docker' })).toEqual({ key: 'relatedSkill', label: 'Docker is related to Kubernetes, not the skill itself', points: -w.relatedSkill });
    expect(term('relatedSkill')).toBeUndefined();
    const direct = scoreMentor(learner, request, mentor, policy());
    const related = scoreMentor(learner, request, { ...mentor, relatedSkillName: 'Docker' }, policy());
    expect(direct.eligible && related.eligible && direct.score - related.score).toBeCloseTo(w.relatedSkill, 5);
  });

  it('overlap: in proportion up to 4 h a week, with words for no hours', () => {
    expect(FULL_OVERLAP_MINUTES).toBe(240);
    expect(term('overlap', { overlapMinutes: 120 })).toEqual({ key: 'overlap', label: '2 h/week overlap with your hours', points: w.overlap / 2 });
    expect(term('overlap', { overlapMinutes: 90 })).toMatchObject({ label: '1.5 h/week overlap with your hours', points: 7.5 });
    expect(term('overlap', { overlapMinutes: 240 })!.points).toBe(w.overlap);
    expect(term('overlap', { overlapMinutes: 600 })!.points).toBe(w.overlap);
    expect(term('overlap', { overlapMinutes: 0 }, { acceptsAsync: true })).toMatchObject({ label: 'No shared hours (you are fine with async)', points: 0 });
    expect(term('overlap', { overlapMinutes: 0 })).toMatchObject({ label: 'No shared hours', points: 0 });
    expect(term('overlap', { overlapMinutes: null }, { acceptsAsync: true })).toMatchObject({ label: 'Has not set weekly hours yet', points: 0 });
  });

  it('time zone: full points in the same zone, none 12 h or more apart', () => {
    expect(term('timeZone', { timeZoneHours: 0 })).toEqual({ key: 'timeZone', label: 'Same time zone', points: w.timeZone });
    expect(term('timeZone', { timeZoneHours: 6 })).toEqual({ key: 'timeZone', label: '6 h time difference', points: w.timeZone / 2 });
    expect(term('timeZone', { timeZoneHours: 5.5 })!.label).toBe('5.5 h time difference');
    expect(term('timeZone', { timeZoneHours: 12 })!.points).toBe(0);
    expect(term('timeZone', { timeZoneHours: 14 })).toMatchObject({ label: '12 h time difference', points: 0 });
  });

  it('capacity: the share of slots still free, pending proposals included', () => {
    expect(term('capacity', { capacity: 3, load: 1 })).toEqual({ key: 'capacity', label: '2 of 3 mentee slots free', points: Math.round((2 / 3) * w.capacity * 10) / 10 });
    expect(term('capacity', { capacity: 2, load: 0 })).toMatchObject({ label: '2 of 2 mentee slots free', points: w.capacity });
    expect(term('capacity', { capacity: 1, load: 0 })!.label).toBe('1 of 1 mentee slot free');
    expect(term('capacity', { capacity: 4, load: 3 })!.points).toBe(w.capacity / 4);
  });

  it('bridge: another department counts most, another region a little, both fully', () => {
    expect(term('bridge')).toEqual({ key: 'bridge', label: 'Same department', points: 0 });
    expect(term('bridge', { departmentId: 'sales' })).toEqual({ key: 'bridge', label: 'Different department — a new connection', points: 0.7 * w.bridge });
    expect(term('bridge', { region: 'EMEA' })).toEqual({ key: 'bridge', label: 'Different region (EMEA) — a new connection', points: 0.3 * w.bridge });
    expect(term('bridge', { departmentId: 'sales', region: 'EMEA' })).toEqual({ key: 'bridge', label: 'Different department and region (EMEA) — a new connection', points: w.bridge });
    // Unknown departments or regions are not "different".
    expect(term('bridge', { departmentId: null, region: null })!.points).toBe(0);
  });

  it('"prefer someone outside my team": another department earns the whole bridge, one’s own department nothing', () => {
    expect(term('bridge', { departmentId: 'sales' }, { preferOutsideTeam: true })!.points).toBe(w.bridge);
    expect(term('bridge', { region: 'EMEA' }, { preferOutsideTeam: true })!.points).toBe(0);
    expect(term('bridge', { departmentId: 'sales', region: 'EMEA' }, { preferOutsideTeam: true })!.points).toBe(w.bridge);
  });

  it('rating: pulled towards a prior of 4, so one 5 does not beat a steady record', () => {
    expect(term('rating')).toEqual({ key: 'rating', label: 'No ratings yet (counted as 4.0)', points: 0.75 * w.rating });
    const one5 = term('rating', { ratingAverage: 5, ratingCount: 1 })!;
    const two5 = term('rating', { ratingAverage: 5, ratingCount: 2 })!;
    const many = term('rating', { ratingAverage: 4.8, ratingCount: 12 })!;
    expect(one5).toEqual({ key: 'rating', label: 'Rated 5.0 by 1 past mentee', points: 8.3 });
    expect(two5).toEqual({ key: 'rating', label: 'Rated 5.0 by 2 past mentees', points: 8.8 });
    expect(many.label).toBe('Rated 4.8 by 12 past mentees');
    expect(many.points).toBeGreaterThan(two5.points);
    expect(term('rating', { ratingAverage: 1, ratingCount: 2 })!.points).toBe(Math.round(((4 * 2 + 1 * 2) / 4 - 1) / 4 * w.rating * 10) / 10);
    expect(term('rating', { ratingAverage: 2, ratingCount: 50 })!.points).toBeLessThan(term('rating')!.points);
  });

  it('language: a shared language (any case) earns it all, unlisted half, none in common nothing', () => {
    expect(term('language')).toEqual({ key: 'language', label: 'Speaks English like you', points: w.language });
    expect(term('language', { languages: ['english', 'Mandarin', 'Malay'] })!.label).toBe('Speaks english and Mandarin like you');
    expect(term('language', { languages: [] })).toEqual({ key: 'language', label: 'Languages not listed', points: w.language / 2 });
    expect(term('language', { languages: ['German'] })).toEqual({ key: 'language', label: 'No language in common listed', points: 0 });
  });
});

describe('weights', () => {
  it('scale each term’s points; a weight of 0 leaves the term shown at 0 points', () => {
    const half = policy({ weights: Object.fromEntries(Object.entries(DEFAULT_MATCHING_POLICY.weights).map(([k, v]) => [k, v / 2])) as MatchingPolicy['weights'] });
    const facts: Partial<MentorFacts> = { relatedSkillName: 'Docker', overlapMinutes: 240, departmentId: 'sales', ratingAverage: 5, ratingCount: 3 };
    const full = terms(facts);
    const halved = terms(facts, {}, half);
    for (const [i, t] of full.entries()) expect(halved[i]!.points).toBeCloseTo(t.points / 2, 0);

    const zero = policy({ weights: { ...DEFAULT_MATCHING_POLICY.weights, bridge: 0 } });
    expect(term('bridge', { departmentId: 'sales' }, {}, zero)).toMatchObject({ label: 'Different department — a new connection', points: 0 });
  });

  it('change which mentor ranks first', () => {
    const close = { ...mentor, id: 'close', timeZoneHours: 0, departmentId: 'eng' };
    const bridging = { ...mentor, id: 'bridging', timeZoneHours: 8, departmentId: 'sales', region: 'EMEA' };
    const rank = (p: MatchingPolicy) =>
      [close, bridging]
        .map((m) => ({ id: m.id, verdict: scoreMentor(learner, request, m, p) }))
        .sort((a, b) => (b.verdict.eligible ? b.verdict.score : 0) - (a.verdict.eligible ? a.verdict.score : 0))[0]!.id;
    expect(rank(policy({ weights: { ...DEFAULT_MATCHING_POLICY.weights, timeZone: 50, bridge: 0 } }))).toBe('close');
    expect(rank(policy({ weights: { ...DEFAULT_MATCHING_POLICY.weights, timeZone: 0, bridge: 50 } }))).toBe('bridging');
  });
});
