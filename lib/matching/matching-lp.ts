import type { MatchingInstance } from './matching-instance';

/**
 * The instance as a linear program in the sparse column form general LP solvers take (HiGHS's
 * ModelData), minimizing −objective: a column x_e ∈ [0, 1] per edge with cost −score, a column
 * y_{m,k} ∈ [0, 1] per mentor and mentee slot k < capacity with cost loadPenalty[k], a row per learner
 * (Σ x ≤ 1) and a row per mentor (Σ x − Σ y = 0). Its matrix is a network matrix, so its optimum is
 * integral and equals the optimizer's: the tests and the benchmark check solveMatching against it.
 */
export function matchingLinearProgram(instance: MatchingInstance) {
  const learnerIndex = new Map(instance.learners.map((l, i) => [l.id, i]));
  const mentorIndex = new Map(instance.mentors.map((m, i) => [m.id, i]));
  const learnerCount = instance.learners.length;
  const degree = new Array<number>(instance.mentors.length).fill(0);
  for (const e of instance.edges) degree[mentorIndex.get(e.mentor)!]!++;
  const slots = instance.mentors.map((m, i) => Math.min(m.capacity, degree[i]!));
  const slotColumns = slots.reduce((a, b) => a + b, 0);
  const numCols = instance.edges.length + slotColumns;
  const colCost = new Float64Array(numCols);
  const starts = new Int32Array(numCols + 1);
  const indices = new Int32Array(2 * instance.edges.length + slotColumns);
  const values = new Float64Array(indices.length);
  let col = 0;
  let at = 0;
  instance.edges.forEach((e) => {
    colCost[col] = -e.score;
    indices[at] = learnerIndex.get(e.learner)!;
    values[at++] = 1;
    indices[at] = learnerCount + mentorIndex.get(e.mentor)!;
    values[at++] = 1;
    starts[++col] = at;
  });
  slots.forEach((count, m) => {
    for (let k = 0; k < count; k++) {
      colCost[col] = instance.loadPenalty[k] ?? 0;
      indices[at] = learnerCount + m;
      values[at++] = -1;
      starts[++col] = at;
    }
  });
  const numRows = learnerCount + instance.mentors.length;
  const rowUpper = new Float64Array(numRows);
  rowUpper.fill(1, 0, learnerCount);
  return {
    numCols,
    numRows,
    colCost,
    colLower: new Float64Array(numCols),
    colUpper: new Float64Array(numCols).fill(1),
    rowLower: new Float64Array(numRows),
    rowUpper,
    matrix: { format: 'csc' as const, numRows, numCols, starts, indices, values },
  };
}
