// Batch matching cycles: our exact optimizer beside the HiGHS LP solver on the same generated instance.
// Pure computation, no database.
import loadHighs from 'highs';
import { matchingLinearProgram, solveMatching, type MatchingInstance } from '../lib/matching';
import { measure, report } from './measure';

const HIGHS_TIME_LIMIT_S = 60;
const OUR_RUNS = 5;

/** A cycle like a real org's: ~50 candidate mentors per learner, scores 0–100, capacities 1–4. */
function generateCycle(learnerCount: number, mentorCount: number, seed = 1): MatchingInstance {
  let state = seed;
  const rand = () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 4294967296;
  };
  const mentors = Array.from({ length: mentorCount }, (_, i) => ({ id: `m${i}`, capacity: 1 + Math.floor(rand() * 4) }));
  // Some mentors are stronger than others, so the same experts are wanted by many.
  const strength = mentors.map(() => rand() * 40);
  const learners = Array.from({ length: learnerCount }, (_, i) => ({ id: `l${i}` }));
  const edges: MatchingInstance['edges'] = [];
  for (const learner of learners) {
    const candidates = new Set<number>();
    while (candidates.size < Math.min(50, mentorCount)) candidates.add(Math.floor(rand() * mentorCount));
    for (const m of candidates) edges.push({ learner: learner.id, mentor: mentors[m]!.id, score: Math.round((strength[m]! + rand() * 60) * 100) / 100 });
  }
  return { learners, mentors, edges, loadPenalty: [0, 8, 20, 40] };
}

export async function benchMatchingSolver() {
  const highs = await loadHighs();
  for (const [learners, mentors] of [[1_000, 500], [5_000, 2_000], [20_000, 5_000]] as const) {
    const instance = generateCycle(learners, mentors);
    const size = `${learners.toLocaleString('en-US')}×${mentors.toLocaleString('en-US')}, ${instance.edges.length.toLocaleString('en-US')} edges`;
    const solution = solveMatching(instance);
    // Ours is cheap enough to time several runs after that warm-up (with 5 runs, "p95" is the slowest);
    // HiGHS runs once.
    const ours = await measure(async () => solveMatching(instance), OUR_RUNS, 0);
    const started = performance.now();
    const reference = highs.withModel(matchingLinearProgram(instance), (model) => {
      model.options.set({ output_flag: false, time_limit: HIGHS_TIME_LIMIT_S });
      model.run();
      return model.getModelStatus() === highs.constants.modelStatus.optimal ? -model.getObjectiveValue() : null;
    });
    const theirs = performance.now() - started;
    const matched = `${solution.assignments.length.toLocaleString('en-US')} matched, objective ${solution.objective.toFixed(2)}`;
    if (reference === null) {
      report('matching cycle: solveMatching', size, ours);
      console.log(`  ${matched}; HiGHS did not finish within ${HIGHS_TIME_LIMIT_S} s, so there is no ratio for this size`);
      continue;
    }
    report('matching cycle: solveMatching', size, ours, { label: 'HiGHS LP, same instance', median: theirs });
    const agrees = Math.abs(reference - solution.objective) <= 1e-6 * Math.max(1, Math.abs(reference));
    console.log(`  ${matched}; HiGHS objective ${reference.toFixed(2)} (${agrees ? 'same optimum' : 'DIFFERENT optimum'})`);
  }
}
