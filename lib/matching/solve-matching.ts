import type { MatchingInstance, MatchingSolution } from './matching-instance';

// Exact optimizer: a min-cost flow source → learner (capacity 1) → mentor (edge cost −score) → sink,
// where a mentor's k-th mentee costs loadPenalty[k−1]. Because the penalty never decreases, one
// "next unit" arc per mentor (cost = penalty of its next mentee) stands for the parallel unit arcs.
//
// Learners are added one at a time. Before learner i is added the flow is optimal for learners < i
// (its residual graph has no negative cycle); adding i stays optimal after one augmentation along the
// cheapest path from i to the sink, if that path has negative cost (otherwise i stays unmatched). The
// sink and source are one node ("root"): a path may end by taking a mentor's next unit, or by
// unassigning a learner it displaced. Paths are found with Dijkstra on reduced costs (Johnson
// potentials), which stay non-negative on every arc a search follows: see the comments below.

/** Binary min-heap over node numbers keyed by a shared distance array, with decrease-key. */
class NodeHeap {
  private readonly nodes: Int32Array;
  private readonly position: Int32Array;
  size = 0;

  constructor(
    capacity: number,
    private readonly key: Float64Array,
  ) {
    this.nodes = new Int32Array(capacity);
    this.position = new Int32Array(capacity).fill(-1);
  }

  /** Inserts `node`, or moves it up after its key decreased. */
  push(node: number): void {
    let at = this.position[node]!;
    if (at < 0) at = this.size++;
    const key = this.key[node]!;
    while (at > 0) {
      const parent = (at - 1) >> 1;
      const above = this.nodes[parent]!;
      if (this.key[above]! <= key) break;
      this.nodes[at] = above;
      this.position[above] = at;
      at = parent;
    }
    this.nodes[at] = node;
    this.position[node] = at;
  }

  pop(): number {
    const top = this.nodes[0]!;
    this.position[top] = -1;
    const last = this.nodes[--this.size]!;
    if (this.size > 0) {
      const key = this.key[last]!;
      let at = 0;
      for (;;) {
        let child = 2 * at + 1;
        if (child >= this.size) break;
        if (child + 1 < this.size && this.key[this.nodes[child + 1]!]! < this.key[this.nodes[child]!]!) child++;
        const below = this.nodes[child]!;
        if (this.key[below]! >= key) break;
        this.nodes[at] = below;
        this.position[below] = at;
        at = child;
      }
      this.nodes[at] = last;
      this.position[last] = at;
    }
    return top;
  }

  clear(): void {
    for (let i = 0; i < this.size; i++) this.position[this.nodes[i]!] = -1;
    this.size = 0;
  }
}

/**
 * Assigns each learner at most one mentor, within the mentors' capacities and only along the given
 * edges, maximizing the sum of the chosen scores minus the load penalties. Exact (not greedy).
 * Expects an instance that passed parseMatchingInstance.
 */
export function solveMatching(instance: MatchingInstance): MatchingSolution {
  const learnerCount = instance.learners.length;
  const mentorCount = instance.mentors.length;
  const learnerIndex = new Map(instance.learners.map((l, i) => [l.id, i]));
  const mentorIndex = new Map(instance.mentors.map((m, i) => [m.id, i]));
  const capacity = Int32Array.from(instance.mentors, (m) => Math.min(m.capacity, learnerCount));
  const penalty = Float64Array.from({ length: Math.min(instance.loadPenalty.length, learnerCount) }, (_, k) => instance.loadPenalty[k]!);
  const unitCost = (k: number) => (k < penalty.length ? penalty[k]! : 0);

  // Edges grouped by learner (CSR); edges to a mentor without capacity can never be used.
  const degree = new Int32Array(learnerCount + 1);
  const usable = instance.edges.filter((e) => capacity[mentorIndex.get(e.mentor)!]! > 0);
  for (const e of usable) degree[learnerIndex.get(e.learner)! + 1]!++;
  const edgeStart = new Int32Array(learnerCount + 1);
  for (let l = 0; l < learnerCount; l++) edgeStart[l + 1] = edgeStart[l]! + degree[l + 1]!;
  const edgeMentor = new Int32Array(usable.length);
  const edgeScore = new Float64Array(usable.length);
  const edgeLearner = new Int32Array(usable.length);
  const fill = edgeStart.slice(0, learnerCount);
  for (const e of usable) {
    const l = learnerIndex.get(e.learner)!;
    const at = fill[l]!++;
    edgeMentor[at] = mentorIndex.get(e.mentor)!;
    edgeScore[at] = e.score;
    edgeLearner[at] = l;
  }

  // Each mentor's current mentees, as the edges that assign them, in a slot range of its own.
  const mentorDegree = new Int32Array(mentorCount);
  for (let e = 0; e < usable.length; e++) mentorDegree[edgeMentor[e]!]!++;
  const slotStart = new Int32Array(mentorCount + 1);
  for (let m = 0; m < mentorCount; m++) slotStart[m + 1] = slotStart[m]! + Math.min(capacity[m]!, mentorDegree[m]!);
  const slotEdge = new Int32Array(slotStart[mentorCount]!);
  const load = new Int32Array(mentorCount);
  const assigned = new Int32Array(learnerCount).fill(-1);
  const slotOf = new Int32Array(learnerCount);

  const addMentee = (m: number, e: number) => {
    const slot = slotStart[m]! + load[m]!++;
    slotEdge[slot] = e;
    slotOf[edgeLearner[e]!] = slot;
    assigned[edgeLearner[e]!] = e;
  };
  const removeMentee = (m: number, l: number) => {
    const slot = slotOf[l]!;
    const lastSlot = slotStart[m]! + --load[m]!;
    const moved = slotEdge[lastSlot]!;
    slotEdge[slot] = moved;
    slotOf[edgeLearner[moved]!] = slot;
    assigned[l] = -1;
  };

  // Nodes: learners 0…L−1, mentors L…L+M−1, root L+M. Reduced cost of arc u→v: cost + π(u) − π(v).
  // π(root) stays 0. A mentor's next-unit arc costs penalty[load]; it starts with π = −penalty[0]
  // (reduced cost 0) and its reduced cost only grows as the load grows, because penalties never
  // decrease. A learner gets π = max over its edges of (score + π(mentor)) when it is added, which
  // makes its edge arcs non-negative. After a search that reaches the root at distance δ, every node
  // settled at distance d < δ moves by d − δ: the usual update that keeps all reduced costs
  // non-negative and the augmenting path's arcs (and their reverses) at 0.
  const nodeCount = learnerCount + mentorCount + 1;
  const root = nodeCount - 1;
  const potential = new Float64Array(nodeCount);
  for (let m = 0; m < mentorCount; m++) potential[learnerCount + m] = -unitCost(0);
  const distance = new Float64Array(nodeCount).fill(Infinity);
  const predecessor = new Int32Array(nodeCount);
  const settled = new Int32Array(nodeCount);
  const heap = new NodeHeap(nodeCount, distance);
  const touched = new Int32Array(nodeCount);
  // Search number in which a node was settled: rounding can leave a reduced cost at −1e-15, which must
  // not reopen a settled node (its predecessor would change under the path being built).
  const settledIn = new Int32Array(nodeCount).fill(-1);

  let start = 0;
  let limit = 0;
  let touchedCount = 0;
  const relax = (v: number, d: number, via: number) => {
    if (d >= limit || d >= distance[v]! || settledIn[v] === start) return;
    if (distance[v] === Infinity) touched[touchedCount++] = v;
    distance[v] = d;
    predecessor[v] = via;
    heap.push(v);
  };

  for (start = 0; start < learnerCount; start++) {
    const from = edgeStart[start]!;
    const to = edgeStart[start + 1]!;
    if (from === to) continue;
    let best = -Infinity;
    for (let e = from; e < to; e++) best = Math.max(best, edgeScore[e]! + potential[learnerCount + edgeMentor[e]!]!);
    potential[start] = best;
    // A path is worth taking only if its true cost δ − π(start) + π(root) is negative.
    limit = best;
    touchedCount = 0;
    let settledCount = 0;
    distance[start] = 0;
    touched[touchedCount++] = start;
    heap.push(start);
    let reached = false;
    while (heap.size > 0) {
      const u = heap.pop();
      if (u === root) {
        reached = true;
        break;
      }
      settled[settledCount++] = u;
      settledIn[u] = start;
      const du = distance[u]!;
      const pu = potential[u]!;
      if (u < learnerCount) {
        // Learner: its other edges, or (if it is assigned) being left unassigned.
        const own = assigned[u]!;
        for (let e = edgeStart[u]!; e < edgeStart[u + 1]!; e++) {
          if (e === own) continue;
          const m = learnerCount + edgeMentor[e]!;
          relax(m, du - edgeScore[e]! + pu - potential[m]!, e);
        }
        if (own >= 0) relax(root, du + pu, u);
      } else {
        // Mentor: its next unit, or giving one of its mentees up (predecessor = the mentee's node).
        const m = u - learnerCount;
        if (load[m]! < capacity[m]!) relax(root, du + unitCost(load[m]!) + pu, u);
        for (let s = slotStart[m]!; s < slotStart[m]! + load[m]!; s++) {
          const e = slotEdge[s]!;
          const l = edgeLearner[e]!;
          relax(l, du + edgeScore[e]! + pu - potential[l]!, u);
        }
      }
    }

    if (reached) {
      const delta = distance[root]!;
      for (let i = 0; i < settledCount; i++) {
        const v = settled[i]!;
        potential[v] = potential[v]! + distance[v]! - delta;
      }
      // Walk back from the root. A mentor node's predecessor is the edge that reached it; a learner
      // node's predecessor is the mentor it is taken from.
      let node = predecessor[root]!;
      if (node < learnerCount) {
        const m = edgeMentor[assigned[node]!]!;
        removeMentee(m, node);
        node = learnerCount + m;
      }
      for (;;) {
        const m = node - learnerCount;
        const e = predecessor[node]!;
        const l = edgeLearner[e]!;
        const previous = assigned[l]!;
        if (previous >= 0) removeMentee(edgeMentor[previous]!, l);
        addMentee(m, e);
        if (previous < 0) break;
        node = learnerCount + edgeMentor[previous]!;
      }
    }
    heap.clear();
    for (let i = 0; i < touchedCount; i++) distance[touched[i]!] = Infinity;
  }

  const assignments: MatchingSolution['assignments'] = [];
  let objective = 0;
  for (let l = 0; l < learnerCount; l++) {
    const e = assigned[l]!;
    if (e < 0) continue;
    assignments.push({ learner: instance.learners[l]!.id, mentor: instance.mentors[edgeMentor[e]!]!.id });
    objective += edgeScore[e]!;
  }
  for (let m = 0; m < mentorCount; m++) for (let k = 0; k < load[m]!; k++) objective -= unitCost(k);
  return { assignments, objective };
}
