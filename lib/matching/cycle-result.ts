import { INELIGIBLE_REASONS, type IneligibleReason, type ScoreTerm } from './score-mentor';

// What one optimizer run of a matching cycle found (CycleRun.result): the proposed pairs with their
// explanations, every unmatched request with the reason in plain words, and the equity figures by region
// and department. Pure: lib/mentoring/execute-cycle-run.ts loads the facts and calls solveMatching.

export type UnmatchedReason = 'NO_TEACHER' | 'NO_OVERLAP' | 'RULED_OUT' | 'FORBIDDEN' | 'AT_CAPACITY' | 'OUTBID';

export interface CycleRequestFacts {
  requestId: string;
  learnerId: string;
  learnerName: string;
  skillName: string;
  /** The lowest level a mentor needs: above the learner's current level and at least the target. */
  minLevel: number;
  region: string | null;
  department: string | null;
  /** Eligible mentors in the cycle that the optimizer could use (after the steward's forbids). */
  candidates: { mentorId: string; score: number; terms: ScoreTerm[] }[];
  /** Cycle mentors who teach it at the level needed but break a hard constraint, by reason. */
  ruledOut: Partial<Record<IneligibleReason, number>>;
  /** Eligible mentors the steward forbade for this request. */
  forbidden: number;
}

export interface CycleMentorFacts {
  id: string;
  name: string;
  capacity: number;
}

export interface CycleAssignment {
  requestId: string;
  learnerId: string;
  learnerName: string;
  skillName: string;
  mentorId: string;
  mentorName: string;
  score: number;
  terms: ScoreTerm[];
  locked: boolean;
}

export interface CycleUnmatched {
  requestId: string;
  learnerId: string;
  learnerName: string;
  skillName: string;
  reason: UnmatchedReason;
  /** The reason in plain words, e.g. "nobody in this round teaches Rust at level 3+". */
  words: string;
}

export interface GroupRate {
  name: string;
  requests: number;
  matched: number;
}

export interface LoadBucket {
  /** Mentees given in this run. */
  mentees: number;
  mentors: number;
  /** Of those, how many have no slot left. */
  full: number;
}

export interface CycleRunResult {
  assignments: CycleAssignment[];
  unmatched: CycleUnmatched[];
  stats: {
    requests: number;
    matched: number;
    mentors: number;
    slots: number;
    /** Sum of the chosen scores minus the load penalties: what the optimizer maximized. */
    objective: number;
    totalScore: number;
    loadPenalty: number;
    byRegion: GroupRate[];
    byDepartment: GroupRate[];
    mentorLoad: LoadBucket[];
  };
  /** Locks that could not be kept (the pair no longer passes the hard constraints, or lost its slot). */
  warnings: string[];
}

const RULED_OUT_WORDS: Partial<Record<IneligibleReason, string>> = {
  SELF: 'the only mentor for it in this round is the learner',
  INACTIVE: 'its only mentors are no longer active',
  MANAGEMENT_CHAIN: 'its only mentors are in the learner’s management chain',
  BLOCKED: 'its only mentors and the learner asked not to be matched',
  DECLINED_RECENTLY: 'its only mentors declined this learner recently',
};

const round1 = (n: number) => Math.round(n * 10) / 10;

function unmatchedReason(request: CycleRequestFacts, fullMentors: ReadonlySet<string>): { reason: UnmatchedReason; words: string } {
  if (request.candidates.length > 0) {
    return request.candidates.every((c) => fullMentors.has(c.mentorId))
      ? { reason: 'AT_CAPACITY', words: 'every mentor for it is at capacity in this round' }
      : { reason: 'OUTBID', words: 'its candidates went to requests they fit better' };
  }
  if (request.forbidden > 0) return { reason: 'FORBIDDEN', words: 'you forbade every mentor who fits it' };
  const ruledOut = Object.entries(request.ruledOut) as [IneligibleReason, number][];
  if (ruledOut.length === 0) return { reason: 'NO_TEACHER', words: `nobody in this round teaches ${request.skillName} at level ${request.minLevel}+` };
  if (ruledOut.every(([reason]) => reason === 'NO_OVERLAP')) return { reason: 'NO_OVERLAP', words: 'no mentor shares enough weekly hours' };
  const [main] = ruledOut.filter(([reason]) => reason !== 'NO_OVERLAP').sort((a, b) => b[1] - a[1]);
  return { reason: 'RULED_OUT', words: RULED_OUT_WORDS[main![0]] ?? `its only mentors are ruled out: ${INELIGIBLE_REASONS[main![0]]}` };
}

function rates(requests: CycleRequestFacts[], matched: ReadonlySet<string>, group: (r: CycleRequestFacts) => string | null): GroupRate[] {
  const byName = new Map<string, GroupRate>();
  for (const request of requests) {
    const name = group(request) ?? 'Not set';
    const rate = byName.get(name) ?? { name, requests: 0, matched: 0 };
    rate.requests++;
    if (matched.has(request.requestId)) rate.matched++;
    byName.set(name, rate);
  }
  return [...byName.values()].sort((a, b) => b.requests - a.requests || a.name.localeCompare(b.name));
}

/**
 * The run's result from the optimizer's assignments (request → mentor). The objective is recomputed from
 * the real scores, so constants added to locked edges to force them in never show up here.
 */
export function summarizeCycleRun(input: {
  requests: CycleRequestFacts[];
  mentors: CycleMentorFacts[];
  assignments: { requestId: string; mentorId: string }[];
  lockedPairs: ReadonlySet<string>;
  loadPenalty: readonly number[];
  warnings: string[];
}): CycleRunResult {
  const requestById = new Map(input.requests.map((r) => [r.requestId, r]));
  const mentorById = new Map(input.mentors.map((m) => [m.id, m]));
  const load = new Map<string, number>();
  const assignments: CycleAssignment[] = input.assignments.map(({ requestId, mentorId }) => {
    const request = requestById.get(requestId)!;
    const edge = request.candidates.find((c) => c.mentorId === mentorId)!;
    load.set(mentorId, (load.get(mentorId) ?? 0) + 1);
    return {
      requestId,
      learnerId: request.learnerId,
      learnerName: request.learnerName,
      skillName: request.skillName,
      mentorId,
      mentorName: mentorById.get(mentorId)!.name,
      score: edge.score,
      terms: edge.terms,
      locked: input.lockedPairs.has(`${requestId}:${mentorId}`),
    };
  });
  assignments.sort((a, b) => a.learnerName.localeCompare(b.learnerName) || a.skillName.localeCompare(b.skillName));

  const matched = new Set(assignments.map((a) => a.requestId));
  const full = new Set(input.mentors.filter((m) => (load.get(m.id) ?? 0) >= m.capacity).map((m) => m.id));
  const unmatched: CycleUnmatched[] = input.requests
    .filter((r) => !matched.has(r.requestId))
    .map((r) => ({ requestId: r.requestId, learnerId: r.learnerId, learnerName: r.learnerName, skillName: r.skillName, ...unmatchedReason(r, full) }))
    .sort((a, b) => a.reason.localeCompare(b.reason) || a.learnerName.localeCompare(b.learnerName));

  const totalScore = assignments.reduce((sum, a) => sum + a.score, 0);
  let loadPenalty = 0;
  const buckets = new Map<number, LoadBucket>();
  for (const mentor of input.mentors) {
    const mentees = load.get(mentor.id) ?? 0;
    for (let k = 0; k < mentees; k++) loadPenalty += input.loadPenalty[k] ?? 0;
    const bucket = buckets.get(mentees) ?? { mentees, mentors: 0, full: 0 };
    bucket.mentors++;
    if (full.has(mentor.id)) bucket.full++;
    buckets.set(mentees, bucket);
  }

  return {
    assignments,
    unmatched,
    stats: {
      requests: input.requests.length,
      matched: assignments.length,
      mentors: input.mentors.length,
      slots: input.mentors.reduce((sum, m) => sum + m.capacity, 0),
      objective: round1(totalScore - loadPenalty),
      totalScore: round1(totalScore),
      loadPenalty: round1(loadPenalty),
      byRegion: rates(input.requests, matched, (r) => r.region),
      byDepartment: rates(input.requests, matched, (r) => r.department),
      mentorLoad: [...buckets.values()].sort((a, b) => a.mentees - b.mentees),
    },
    warnings: input.warnings,
  };
}
