import loadHighs from 'highs';
import { beforeAll, describe, expect, it } from 'vitest';
import { matchingLinearProgram, parseMatchingInstance, solveMatching, type MatchingInstance, type MatchingSolution } from '@/lib/matching';

let highs: Awaited<ReturnType<typeof loadHighs>>;
beforeAll(async () => {
  highs = await loadHighs();
});

/** The LP optimum of the instance (maximized objective), from HiGHS. */
function lpOptimum(instance: MatchingInstance): number {
  if (instance.edges.length === 0) return 0;
  return highs.withModel(matchingLinearProgram(instance), (model) => {
    model.options.set({ output_flag: false });
    model.run();
    expect(model.getModelStatus()).toBe(highs.constants.modelStatus.optimal);
    return -model.getObjectiveValue();
  });
}

/** Fails unless the solution is feasible and its objective is what its assignments add up to. */
function expectFeasible(instance: MatchingInstance, solution: MatchingSolution) {
  const scores = new Map(instance.edges.map((e) => [`${e.learner}\u0000${e.mentor}`, e.score]));
  const capacity = new Map(instance.mentors.map((m) => [m.id, m.capacity]));
  const learners = new Set(instance.learners.map((l) => l.id));
  const load = new Map<string, number>();
  const matched = new Set<string>();
  let objective = 0;
  for (const { learner, mentor } of solution.assignments) {
    expect(learners.has(learner)).toBe(true);
    expect(matched.has(learner), `${learner} has two mentors`).toBe(false);
    matched.add(learner);
    const score = scores.get(`${learner}\u0000${mentor}`);
    expect(score, `${learner} → ${mentor} is not an edge`).toBeDefined();
    objective += score!;
    const k = load.get(mentor) ?? 0;
    objective -= instance.loadPenalty[k] ?? 0;
    load.set(mentor, k + 1);
  }
  for (const [mentor, count] of load) expect(count, `${mentor} over capacity`).toBeLessThanOrEqual(capacity.get(mentor)!);
  expect(solution.objective).toBeCloseTo(objective, 6);
}

function random(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PENALTY_SHAPES = ['none', 'zeros', 'linear', 'steep', 'bonus-first', 'fractional'] as const;

/**
 * `scores`: 'mixed' draws integer or 3-decimal scores; 'ties' draws from 0–3 so that many learners value
 * several mentors equally (the auction's weak spot); 'full-precision' draws floats with no short decimal form.
 */
function randomInstance(seed: number, maxLearners: number, maxMentors: number, scores: 'mixed' | 'ties' | 'full-precision' = 'mixed'): MatchingInstance {
  const rand = random(seed);
  const int = (lo: number, hi: number) => lo + Math.floor(rand() * (hi - lo + 1));
  const learners = Array.from({ length: int(0, maxLearners) }, (_, i) => ({ id: `l${i}` }));
  const maxCapacity = int(0, 5);
  const mentors = Array.from({ length: int(0, maxMentors) }, (_, i) => ({ id: `m${i}`, capacity: int(0, maxCapacity) }));
  const edges: MatchingInstance['edges'] = [];
  const density = rand();
  const integerScores = rand() < 0.5;
  const drawScore = {
    mixed: () => (integerScores ? int(-20, 100) : Math.round((rand() * 130 - 30) * 1000) / 1000),
    ties: () => int(0, 3),
    'full-precision': () => rand() * 130 - 30,
  }[scores];
  for (const learner of learners) {
    if (rand() < 0.1) continue;
    for (const mentor of mentors) {
      if (rand() >= density) continue;
      const score = drawScore();
      edges.push({ learner: learner.id, mentor: mentor.id, score: rand() < 0.05 ? 0 : score });
    }
  }
  const shape = PENALTY_SHAPES[int(0, PENALTY_SHAPES.length - 1)]!;
  const length = maxCapacity + int(0, 2);
  const step = int(1, 15);
  const loadPenalty = {
    none: () => [],
    zeros: () => new Array<number>(length).fill(0),
    linear: () => Array.from({ length }, (_, k) => k * step),
    steep: () => Array.from({ length }, (_, k) => k * k * 40),
    'bonus-first': () => Array.from({ length: Math.min(length, 2) }, (_, k) => -30 + k * 20),
    fractional: () => Array.from({ length }, (_, k) => Math.round(k * k * 7.3 * 1000) / 1000 + 0.5),
  }[shape]();
  return { learners, mentors, edges, loadPenalty };
}

describe('solveMatching', () => {
  it('gives up the best edge when two learners need the same mentor (greedy trap)', () => {
    const solution = solveMatching({
      learners: [{ id: 'ana' }, { id: 'ben' }],
      mentors: [{ id: 'kim', capacity: 1 }, { id: 'lee', capacity: 1 }],
      edges: [
        { learner: 'ana', mentor: 'kim', score: 10 },
        { learner: 'ana', mentor: 'lee', score: 9 },
        { learner: 'ben', mentor: 'kim', score: 8 },
      ],
      loadPenalty: [],
    });
    expect(solution.objective).toBe(17);
    expect(solution.assignments).toEqual([
      { learner: 'ana', mentor: 'lee' },
      { learner: 'ben', mentor: 'kim' },
    ]);
  });

  it('spreads load when the penalty for a second mentee outweighs the better score', () => {
    const instance = {
      learners: [{ id: 'a' }, { id: 'b' }],
      mentors: [{ id: 'star', capacity: 2 }, { id: 'solid', capacity: 2 }],
      edges: [
        { learner: 'a', mentor: 'star', score: 90 },
        { learner: 'b', mentor: 'star', score: 90 },
        { learner: 'a', mentor: 'solid', score: 70 },
        { learner: 'b', mentor: 'solid', score: 75 },
      ],
      loadPenalty: [0, 30],
    };
    expect(solveMatching(instance)).toEqual({ assignments: [{ learner: 'a', mentor: 'star' }, { learner: 'b', mentor: 'solid' }], objective: 165 });
    expect(solveMatching({ ...instance, loadPenalty: [0, 10] })).toEqual({ assignments: [{ learner: 'a', mentor: 'star' }, { learner: 'b', mentor: 'star' }], objective: 170 });
  });

  it('leaves a learner unmatched rather than take a net loss, and never uses a mentor with capacity 0', () => {
    const solution = solveMatching({
      learners: [{ id: 'a' }, { id: 'b' }, { id: 'c' }],
      mentors: [{ id: 'busy', capacity: 0 }, { id: 'open', capacity: 3 }],
      edges: [
        { learner: 'a', mentor: 'busy', score: 100 },
        { learner: 'a', mentor: 'open', score: 20 },
        { learner: 'b', mentor: 'open', score: -5 },
        { learner: 'c', mentor: 'open', score: 12 },
      ],
      loadPenalty: [0, 15, 15],
    });
    expect(solution).toEqual({ assignments: [{ learner: 'a', mentor: 'open' }], objective: 20 });
  });

  it('takes a negative edge when a first-mentee bonus makes it worth it', () => {
    const solution = solveMatching({ learners: [{ id: 'a' }], mentors: [{ id: 'm', capacity: 1 }], edges: [{ learner: 'a', mentor: 'm', score: -3 }], loadPenalty: [-5] });
    expect(solution).toEqual({ assignments: [{ learner: 'a', mentor: 'm' }], objective: 2 });
  });

  it('solves empty instances', () => {
    expect(solveMatching({ learners: [], mentors: [], edges: [], loadPenalty: [] })).toEqual({ assignments: [], objective: 0 });
    expect(solveMatching({ learners: [{ id: 'a' }], mentors: [{ id: 'm', capacity: 2 }], edges: [], loadPenalty: [] })).toEqual({ assignments: [], objective: 0 });
  });

  it.each(Array.from({ length: 400 }, (_, seed) => seed))('matches the HiGHS LP optimum on small random instance %i', (seed) => {
    const instance = randomInstance(seed, 14, 7);
    expect(parseMatchingInstance(instance).ok).toBe(true);
    const solution = solveMatching(instance);
    expectFeasible(instance, solution);
    expect(Math.abs(solution.objective - lpOptimum(instance))).toBeLessThan(1e-6);
  });

  it.each(Array.from({ length: 40 }, (_, i) => 1000 + i))('matches the HiGHS LP optimum on larger random instance %i', (seed) => {
    const instance = randomInstance(seed, 250, 60);
    expect(parseMatchingInstance(instance).ok).toBe(true);
    const solution = solveMatching(instance);
    expectFeasible(instance, solution);
    expect(Math.abs(solution.objective - lpOptimum(instance))).toBeLessThan(1e-6);
  });

  it.each(Array.from({ length: 40 }, (_, i) => 2000 + i))('matches the HiGHS LP optimum when many scores tie (instance %i)', (seed) => {
    const instance = randomInstance(seed, 120, 40, 'ties');
    const solution = solveMatching(instance);
    expectFeasible(instance, solution);
    expect(Math.abs(solution.objective - lpOptimum(instance))).toBeLessThan(1e-6);
  });

  it.each(Array.from({ length: 40 }, (_, i) => 3000 + i))('matches the HiGHS LP optimum with full-precision float scores (instance %i)', (seed) => {
    const instance = randomInstance(seed, 120, 40, 'full-precision');
    const solution = solveMatching(instance);
    expectFeasible(instance, solution);
    expect(Math.abs(solution.objective - lpOptimum(instance))).toBeLessThan(1e-6);
  });

  it.each(Array.from({ length: 12 }, (_, i) => 4000 + i))('matches the HiGHS LP optimum on a cycle-like instance with popular mentors (instance %i)', (seed) => {
    // Like the benchmark's cycles, scaled down: 30 candidates per learner, some mentors wanted by many,
    // so prices climb for a long time and learners' best mentors change often.
    const rand = random(seed);
    const mentors = Array.from({ length: 80 }, (_, i) => ({ id: `m${i}`, capacity: 1 + Math.floor(rand() * 4) }));
    const strength = mentors.map(() => rand() * 40);
    const learners = Array.from({ length: 150 + Math.floor(rand() * 150) }, (_, i) => ({ id: `l${i}` }));
    const edges = learners.flatMap((l) => {
      const picked = new Set<number>();
      while (picked.size < 30) picked.add(Math.floor(rand() * mentors.length));
      return [...picked].map((m) => ({ learner: l.id, mentor: mentors[m]!.id, score: Math.round((strength[m]! + rand() * 60) * 100) / 100 }));
    });
    const instance = { learners, mentors, edges, loadPenalty: [0, 8, 20, 40] };
    const solution = solveMatching(instance);
    expectFeasible(instance, solution);
    expect(Math.abs(solution.objective - lpOptimum(instance))).toBeLessThan(1e-6);
  });

  it('matches the HiGHS LP optimum when every score is the same (prices only move through the penalties)', () => {
    const rand = random(11);
    const mentors = Array.from({ length: 60 }, (_, i) => ({ id: `m${i}`, capacity: 1 + Math.floor(rand() * 4) }));
    const learners = Array.from({ length: 240 }, (_, i) => ({ id: `l${i}` }));
    const edges = learners.flatMap((l) => mentors.filter(() => rand() < 0.2).map((m) => ({ learner: l.id, mentor: m.id, score: 10 })));
    const instance = { learners, mentors, edges, loadPenalty: [0, 4, 12, 30] };
    const solution = solveMatching(instance);
    expectFeasible(instance, solution);
    expect(Math.abs(solution.objective - lpOptimum(instance))).toBeLessThan(1e-6);
  });

  it('matches the HiGHS LP optimum when capacity barely covers demand (long augmenting paths)', () => {
    // Every mentor wanted by many, total capacity just above the number of learners: the auction
    // leaves learners for the shortest-path phase.
    const rand = random(7);
    const mentors = Array.from({ length: 40 }, (_, i) => ({ id: `m${i}`, capacity: 1 + (i % 3) }));
    const learners = Array.from({ length: 78 }, (_, i) => ({ id: `l${i}` }));
    const edges = learners.flatMap((l) => mentors.filter(() => rand() < 0.3).map((m, k) => ({ learner: l.id, mentor: m.id, score: Math.round((k + rand() * 20) * 100) / 100 })));
    const instance = { learners, mentors, edges, loadPenalty: [0, 8, 20] };
    const solution = solveMatching(instance);
    expectFeasible(instance, solution);
    expect(Math.abs(solution.objective - lpOptimum(instance))).toBeLessThan(1e-6);
  });

  it('reports progress with a non-decreasing count that ends at the number of learners', () => {
    const instance = randomInstance(1001, 250, 60);
    const calls: [number, number][] = [];
    const solution = solveMatching(instance, { onProgress: (done, total) => calls.push([done, total]) });
    expect(solution).toEqual(solveMatching(instance));
    expect(calls.length).toBeGreaterThan(1);
    expect(calls.length).toBeLessThanOrEqual(102);
    expect(calls.every(([, total]) => total === instance.learners.length)).toBe(true);
    for (let i = 1; i < calls.length; i++) expect(calls[i]![0]).toBeGreaterThanOrEqual(calls[i - 1]![0]);
    expect(calls.at(-1)).toEqual([instance.learners.length, instance.learners.length]);
  });

  it('reports completion once for an instance without learners', () => {
    const calls: [number, number][] = [];
    solveMatching({ learners: [], mentors: [{ id: 'm', capacity: 1 }], edges: [], loadPenalty: [] }, { onProgress: (done, total) => calls.push([done, total]) });
    expect(calls).toEqual([[0, 0]]);
  });
});
