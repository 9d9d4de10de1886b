import type { MatchingInstance, MatchingSolution } from './matching-instance';

// Exact optimizer: a min-cost flow source → learner (capacity 1) → mentor (edge cost −score) → sink,
// where a mentor's k-th mentee costs loadPenalty[k−1]. Because the penalty never decreases, one
// "next unit" arc per mentor (cost = penalty of its next mentee) stands for the parallel unit arcs.
//
// Optimality certificate, in market terms: each mentor m has a price q(m), and a set S of learners is
// placed so that
//   (a) a learner in S with mentor m gets its best value: score(l,m) − q(m) ≥ score(l,m') − q(m') for
//       every edge, and ≥ 0 (staying unmatched is worth 0);
//   (b) a learner in S without a mentor values every mentor at ≤ 0;
//   (c) a mentor with n mentees has penalty[n−1] ≤ q(m) (if n > 0) and q(m) ≤ penalty[n] (if it has
//       room): its price lies between the cost of its last mentee and the cost of its next one.
// Then the assignment is optimal for the learners in S: in flow terms the potentials π(m) = −q(m),
// π(l) = score(l,m) − q(m) for a placed learner, π(root) = 0 give every residual arc a non-negative
// reduced cost. Phase 1, an auction, places most learners while keeping (a)–(c) exactly; phase 2 adds
// the rest one at a time by successive shortest paths, which keeps the certificate and ends optimal.

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

export interface SolveMatchingOptions {
  /**
   * Called as learners get placed, at most about 100 times per solve, with a non-decreasing `done`;
   * the last call has done = total (the number of learners).
   */
  onProgress?: (done: number, total: number) => void;
}

/** How many of a learner's best edges the auction keeps at hand between full scans of its edges. */
const SHORTLIST = 6;
/** The auction stops after this many bids per learner in a row that made no progress… */
const STALL_BIDS_PER_LEARNER = 5;
/** …and in any case after this many bids per learner; the shortest paths finish the rest either way. */
const MAX_BIDS_PER_LEARNER = 200;

/**
 * Assigns each learner at most one mentor, within the mentors' capacities and only along the given
 * edges, maximizing the sum of the chosen scores minus the load penalties. Exact (not greedy).
 * Expects an instance that passed parseMatchingInstance.
 */
export function solveMatching(instance: MatchingInstance, options: SolveMatchingOptions = {}): MatchingSolution {
  const learnerCount = instance.learners.length;
  const mentorCount = instance.mentors.length;
  const capacity = Int32Array.from(instance.mentors, (m) => Math.min(m.capacity, learnerCount));
  const penalty = Float64Array.from({ length: Math.min(instance.loadPenalty.length, learnerCount) }, (_, k) => instance.loadPenalty[k]!);
  const unitCost = (k: number) => (k < penalty.length ? penalty[k]! : 0);

  // Edges grouped by learner (CSR); edges to a mentor without capacity can never be used.
  const learnerIndex = new Map(instance.learners.map((l, i) => [l.id, i]));
  const mentorIndex = new Map(instance.mentors.map((m, i) => [m.id, i]));
  const fromLearner = new Int32Array(instance.edges.length);
  const toMentor = new Int32Array(instance.edges.length);
  const edgeStart = new Int32Array(learnerCount + 1);
  let usableCount = 0;
  // Edge lists usually come grouped by learner: look a learner up once per run of its edges.
  let runLearner: string | undefined;
  let runIndex = -1;
  instance.edges.forEach((e, i) => {
    const m = mentorIndex.get(e.mentor)!;
    toMentor[i] = m;
    if (e.learner !== runLearner) {
      runLearner = e.learner;
      runIndex = learnerIndex.get(e.learner)!;
    }
    fromLearner[i] = capacity[m]! > 0 ? runIndex : -1;
    if (fromLearner[i]! >= 0) {
      edgeStart[fromLearner[i]! + 1]!++;
      usableCount++;
    }
  });
  for (let l = 0; l < learnerCount; l++) edgeStart[l + 1] = edgeStart[l]! + edgeStart[l + 1]!;
  const edgeMentor = new Int32Array(usableCount);
  const edgeScore = new Float64Array(usableCount);
  const edgeLearner = new Int32Array(usableCount);
  const fill = edgeStart.slice(0, learnerCount);
  instance.edges.forEach((e, i) => {
    const l = fromLearner[i]!;
    if (l < 0) return;
    const at = fill[l]!++;
    edgeMentor[at] = toMentor[i]!;
    edgeScore[at] = e.score;
    edgeLearner[at] = l;
  });

  // Each mentor's current mentees, as the edges that assign them, in a slot range of its own; during the
  // auction each slot also holds the highest price its mentee would accept (its bid).
  const mentorDegree = new Int32Array(mentorCount);
  for (let e = 0; e < usableCount; e++) mentorDegree[edgeMentor[e]!]!++;
  const slotStart = new Int32Array(mentorCount + 1);
  for (let m = 0; m < mentorCount; m++) slotStart[m + 1] = slotStart[m]! + Math.min(capacity[m]!, mentorDegree[m]!);
  const slotEdge = new Int32Array(slotStart[mentorCount]!);
  const slotBid = new Float64Array(slotEdge.length);
  const load = new Int32Array(mentorCount);
  const assigned = new Int32Array(learnerCount).fill(-1);
  const slotOf = new Int32Array(learnerCount);

  const addMentee = (m: number, e: number, bid: number) => {
    const slot = slotStart[m]! + load[m]!++;
    slotEdge[slot] = e;
    slotBid[slot] = bid;
    slotOf[edgeLearner[e]!] = slot;
    assigned[edgeLearner[e]!] = e;
  };
  const removeMentee = (m: number, l: number) => {
    const slot = slotOf[l]!;
    const lastSlot = slotStart[m]! + --load[m]!;
    const moved = slotEdge[lastSlot]!;
    slotEdge[slot] = moved;
    slotBid[slot] = slotBid[lastSlot]!;
    slotOf[edgeLearner[moved]!] = slot;
    assigned[l] = -1;
  };
  const lowestBidSlot = (m: number) => {
    let lowest = slotStart[m]!;
    for (let s = lowest + 1; s < slotStart[m]! + load[m]!; s++) if (slotBid[s]! < slotBid[lowest]!) lowest = s;
    return lowest;
  };

  let reported = 0;
  const progressStep = Math.max(1, Math.ceil(learnerCount / 100));
  const reportProgress = (done: number) => {
    if (!options.onProgress || done < reported + progressStep) return;
    reported = done;
    options.onProgress(done, learnerCount);
  };

  // Phase 1: an auction without the usual ε, so that (a)–(c) hold exactly throughout. Prices start at
  // penalty[0] and only rise, so a learner's best value only falls, which keeps (a) and (b) for the
  // learners already placed. A free learner bids for its best mentor the highest price at which that
  // mentor stays its best (score − second-best value); a mentor keeps the mentees whose bids cover the
  // cost of its last mentee, sets the highest price (c) and the kept bids allow, and frees the others.
  // Without ε nothing guarantees the auction ends (ties let learners displace one another at an
  // unchanged price, and increments can get tiny), so it stops once it stalls; the learners still free
  // go to phase 2.
  const price = new Float64Array(mentorCount).fill(unitCost(0));
  // Each learner's shortlisted edges, with copies of their scores and mentors next to each other.
  const shortlist = new Int32Array(learnerCount * SHORTLIST).fill(-1);
  const shortlistScore = new Float64Array(shortlist.length);
  const shortlistMentor = new Int32Array(shortlist.length);
  const unlistedBound = new Float64Array(learnerCount).fill(Infinity);
  const topValue = new Float64Array(SHORTLIST + 1);
  const topEdge = new Int32Array(SHORTLIST + 1);
  const queue = new Int32Array(learnerCount);
  let head = 0;
  let queued = 0;
  const enqueue = (l: number) => {
    queue[(head + queued) % learnerCount] = l;
    queued++;
  };
  for (let l = 0; l < learnerCount; l++) if (edgeStart[l + 1]! > edgeStart[l]!) enqueue(l);
  // The auction is stuck when bids neither free fewer learners than ever before nor raise prices by
  // more than rounding noise (learners then only take turns at unchanged prices).
  let scale = 0;
  for (let e = 0; e < usableCount; e++) scale = Math.max(scale, Math.abs(edgeScore[e]!));
  for (let k = 0; k < penalty.length; k++) scale = Math.max(scale, Math.abs(penalty[k]!));
  const noise = scale * 1e-12;
  let fewestQueued = queued;
  let idleBids = 0;
  const maxBids = MAX_BIDS_PER_LEARNER * learnerCount;
  for (let bids = 0; queued > 0 && bids < maxBids && idleBids < STALL_BIDS_PER_LEARNER * learnerCount; bids++) {
    if (queued < fewestQueued) {
      fewestQueued = queued;
      idleBids = 0;
      reportProgress(learnerCount - queued);
    } else idleBids++;
    const l = queue[head]!;
    head = head + 1 === learnerCount ? 0 : head + 1;
    queued--;
    // The learner's best and second-best values, the unmatched option (0) included. Prices only rise,
    // so values only fall: the values seen at the learner's last full scan bound the current ones, and
    // as long as the shortlist's second-best is still at least the bound on everything else, the best
    // two are among the shortlist's.
    let first = -Infinity;
    let second = -Infinity;
    let best = -1;
    const listed = l * SHORTLIST;
    for (let i = listed; i < listed + SHORTLIST; i++) {
      const e = shortlist[i]!;
      if (e < 0) break;
      const value = shortlistScore[i]! - price[shortlistMentor[i]!]!;
      if (value > first) {
        second = first;
        first = value;
        best = e;
      } else if (value > second) second = value;
    }
    if (second < unlistedBound[l]!) {
      topValue.fill(-Infinity);
      for (let e = edgeStart[l]!; e < edgeStart[l + 1]!; e++) {
        const value = edgeScore[e]! - price[edgeMentor[e]!]!;
        if (value <= topValue[SHORTLIST]!) continue;
        let at = SHORTLIST;
        for (; at > 0 && topValue[at - 1]! < value; at--) {
          topValue[at] = topValue[at - 1]!;
          topEdge[at] = topEdge[at - 1]!;
        }
        topValue[at] = value;
        topEdge[at] = e;
      }
      for (let i = 0; i < SHORTLIST; i++) {
        const e = topValue[i] === -Infinity ? -1 : topEdge[i]!;
        shortlist[listed + i] = e;
        if (e < 0) break;
        shortlistScore[listed + i] = edgeScore[e]!;
        shortlistMentor[listed + i] = edgeMentor[e]!;
      }
      unlistedBound[l] = topValue[SHORTLIST]!;
      first = topValue[0]!;
      second = topValue[1]!;
      best = topEdge[0]!;
    }
    if (second < 0) second = 0;
    if (first <= 0) continue;
    const bid = edgeScore[best]! - second;
    const m = edgeMentor[best]!;
    if (load[m]! === capacity[m]!) {
      // Full: the new bid replaces the lowest one unless it is lower. On a tie the price stays and the
      // displaced learner, indifferent between this mentor and its next best, moves on, so chains of
      // indifferent learners can reach a mentor with room instead of queueing up again and again.
      const lowest = lowestBidSlot(m);
      if (bid < slotBid[lowest]!) {
        enqueue(l);
        continue;
      }
      const displaced = edgeLearner[slotEdge[lowest]!]!;
      removeMentee(m, displaced);
      enqueue(displaced);
      addMentee(m, best, bid);
    } else {
      // Room left: one more mentee raises the floor of (c) to the cost of that mentee, which prices out
      // the mentees whose bids are below it (in exact arithmetic never the newcomer, whose bid is at
      // least the old price, which was below that floor only if the lowest old bid was).
      addMentee(m, best, bid);
      while (load[m]! > 0) {
        const lowest = lowestBidSlot(m);
        if (slotBid[lowest]! >= unitCost(load[m]! - 1)) break;
        const priced = edgeLearner[slotEdge[lowest]!]!;
        removeMentee(m, priced);
        enqueue(priced);
      }
    }
    if (load[m]! > 0) {
      const ceiling = load[m]! < capacity[m]! ? Math.min(slotBid[lowestBidSlot(m)]!, unitCost(load[m]!)) : slotBid[lowestBidSlot(m)]!;
      if (ceiling > price[m]! + noise) idleBids = 0;
      // In exact arithmetic the ceiling never falls below the old price; max() keeps rounding from
      // lowering a price, which could break (a) for another learner.
      price[m] = Math.max(price[m]!, ceiling);
    }
  }
  reportProgress(learnerCount - queued);

  // Phase 2: successive shortest paths. Nodes: learners 0…L−1, mentors L…L+M−1, root L+M; the root is
  // both source and sink, so a path may end by taking a mentor's next unit or by unassigning a learner
  // it displaced. Reduced cost of arc u→v: cost + π(u) − π(v), non-negative on every residual arc by
  // the certificate above. A learner added here gets π = max over its edges of (score + π(mentor)),
  // which makes its edge arcs non-negative; its cheapest path to the root is taken when its true cost
  // δ − π(learner) is negative (otherwise the learner stays unmatched). After a search that reaches the
  // root at distance δ, every node settled at distance d < δ moves by d − δ: the usual update that keeps
  // all reduced costs non-negative and the augmenting path's arcs (and their reverses) at 0.
  const nodeCount = learnerCount + mentorCount + 1;
  const root = nodeCount - 1;
  const potential = new Float64Array(nodeCount);
  for (let m = 0; m < mentorCount; m++) potential[learnerCount + m] = -price[m]!;
  for (let l = 0; l < learnerCount; l++) if (assigned[l]! >= 0) potential[l] = edgeScore[assigned[l]!]! - price[edgeMentor[assigned[l]!]!]!;
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
    // Nothing at or beyond the root's tentative distance can be settled before the root.
    if (v === root) limit = d;
  };

  for (let left = queued; left > 0; left--) {
    start = queue[head]!;
    head = head + 1 === learnerCount ? 0 : head + 1;
    let best = -Infinity;
    for (let e = edgeStart[start]!; e < edgeStart[start + 1]!; e++) best = Math.max(best, edgeScore[e]! + potential[learnerCount + edgeMentor[e]!]!);
    potential[start] = best;
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

    // A learner that finds no path cheaper than its limit stays unmatched, as if it had reached the
    // root at the limit; the update then leaves it at π = 0 and raises the prices it explored (raising
    // them now spares the next learners who want the same mentors the same fruitless search).
    const delta = reached ? distance[root]! : limit;
    for (let i = 0; i < settledCount; i++) {
      const v = settled[i]!;
      potential[v] = potential[v]! + distance[v]! - delta;
    }
    if (reached) {
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
        addMentee(m, e, 0); // bids only matter in the auction
        if (previous < 0) break;
        node = learnerCount + edgeMentor[previous]!;
      }
    }
    heap.clear();
    for (let i = 0; i < touchedCount; i++) distance[touched[i]!] = Infinity;
    reportProgress(learnerCount - left + 1);
  }
  if (reported < learnerCount || learnerCount === 0) options.onProgress?.(learnerCount, learnerCount);

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
