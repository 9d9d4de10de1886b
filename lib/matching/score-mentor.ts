import { levelName } from '../skills/levels';
import type { MatchingPolicy, ScoreTermKey } from './matching-policy';

// The scoring model: hard constraints decide whether a mentor may be suggested to a learner for one
// request; soft terms add up to the score, each shown to both people in plain words. Pure: the caller
// loads the facts (lib/matching/find-mentor-candidates.ts) and the optimizer only ever sees the totals.

export interface LearnerFacts {
  id: string;
  departmentId: string | null;
  region: string | null;
  managerId: string | null;
  languages: readonly string[];
}

export interface RequestFacts {
  skillName: string;
  /** The learner's level now (null: new to it). */
  currentLevel: number | null;
  targetLevel: number;
  preferOutsideTeam: boolean;
  acceptsAsync: boolean;
}

export interface MentorFacts {
  id: string;
  status: 'ACTIVE' | 'DEACTIVATED';
  departmentId: string | null;
  region: string | null;
  managerId: string | null;
  languages: readonly string[];
  /** Level in the skill they would teach: the one asked for (or a child of it), or a related skill. */
  level: number;
  canTeach: boolean;
  /** Set when the level is in a related skill rather than the skill asked for. */
  relatedSkillName: string | null;
  capacity: number;
  /** Mentees now: accepted matches plus proposals waiting for their answer. */
  load: number;
  /** Weekly minutes the two share; null when the mentor has not set weekly hours. */
  overlapMinutes: number | null;
  /** |UTC offset difference| in hours, now. */
  timeZoneHours: number;
  ratingAverage: number | null;
  ratingCount: number;
  /** Either side asked not to be suggested to the other. */
  blocked: boolean;
  /** This mentor declined (or let expire) this learner's request within the policy's cooldown. */
  recentlyDeclined: boolean;
}

export type IneligibleReason = 'SELF' | 'INACTIVE' | 'MANAGEMENT_CHAIN' | 'BLOCKED' | 'DECLINED_RECENTLY' | 'LEVEL' | 'NO_CAPACITY' | 'NO_OVERLAP';

export const INELIGIBLE_REASONS: Record<IneligibleReason, string> = {
  SELF: 'is the learner',
  INACTIVE: 'is no longer active',
  MANAGEMENT_CHAIN: 'is in the learner’s management chain',
  BLOCKED: 'one of them asked not to be matched',
  DECLINED_RECENTLY: 'declined this learner recently',
  LEVEL: 'is not above the learner’s level and at the target level',
  NO_CAPACITY: 'has no free mentoring slot',
  NO_OVERLAP: 'shares too few weekly hours',
};

export interface ScoreTerm {
  key: ScoreTermKey;
  /** Plain words, e.g. "4 h/week overlap with your hours". */
  label: string;
  points: number;
}

export type MentorVerdict = { eligible: true; score: number; terms: ScoreTerm[] } | { eligible: false; reason: IneligibleReason };

/** Minutes of shared weekly hours that earn the overlap term's full points. */
export const FULL_OVERLAP_MINUTES = 240;
/** Ratings are pulled towards this prior (weighted as this many ratings), so one 5 does not top the list. */
const RATING_PRIOR = { mean: 4, weight: 2 };

const round1 = (n: number) => Math.round(n * 10) / 10;

function hours(minutes: number): string {
  const h = minutes / 60;
  return Number.isInteger(h) ? `${h} h` : `${h.toFixed(1)} h`;
}

function plural(n: number, one: string, many = `${one}s`) {
  return `${n} ${n === 1 ? one : many}`;
}

export function checkHardConstraints(learner: LearnerFacts, request: RequestFacts, mentor: MentorFacts, policy: MatchingPolicy): IneligibleReason | null {
  if (mentor.id === learner.id) return 'SELF';
  if (mentor.status !== 'ACTIVE') return 'INACTIVE';
  if (!policy.allowManagementChain && (mentor.id === learner.managerId || mentor.managerId === learner.id)) return 'MANAGEMENT_CHAIN';
  if (mentor.blocked) return 'BLOCKED';
  if (mentor.recentlyDeclined) return 'DECLINED_RECENTLY';
  if (!mentor.canTeach || mentor.level <= (request.currentLevel ?? 0) || mentor.level < request.targetLevel) return 'LEVEL';
  if (mentor.capacity - mentor.load <= 0) return 'NO_CAPACITY';
  if (!request.acceptsAsync && (mentor.overlapMinutes ?? 0) < policy.minOverlapMinutes) return 'NO_OVERLAP';
  return null;
}

/** The soft terms for an eligible pair, in the order they are shown. */
export function scoreTerms(learner: LearnerFacts, request: RequestFacts, mentor: MentorFacts, policy: MatchingPolicy): ScoreTerm[] {
  const w = policy.weights;
  const terms: ScoreTerm[] = [];
  const term = (key: ScoreTermKey, label: string, share: number) => terms.push({ key, label, points: round1(share * w[key]) });

  const skill = mentor.relatedSkillName ?? request.skillName;
  const aboveTarget = mentor.level - request.targetLevel;
  term('levelFit', `Level ${mentor.level} (${levelName(mentor.level)}) in ${skill}`, aboveTarget >= 1 ? 1 : 0.7);
  if (mentor.relatedSkillName) term('relatedSkill', `${mentor.relatedSkillName} is related to ${request.skillName}, not the skill itself`, -1);

  if (mentor.overlapMinutes === null) term('overlap', 'Has not set weekly hours yet', 0);
  else if (mentor.overlapMinutes === 0) term('overlap', request.acceptsAsync ? 'No shared hours (you are fine with async)' : 'No shared hours', 0);
  else term('overlap', `${hours(mentor.overlapMinutes)}/week overlap with your hours`, Math.min(1, mentor.overlapMinutes / FULL_OVERLAP_MINUTES));

  const apart = Math.min(12, mentor.timeZoneHours);
  term('timeZone', apart === 0 ? 'Same time zone' : `${hours(apart * 60)} time difference`, 1 - apart / 12);

  const free = mentor.capacity - mentor.load;
  term('capacity', `${free} of ${plural(mentor.capacity, 'mentee slot')} free`, mentor.capacity > 0 ? free / mentor.capacity : 0);

  const otherDepartment = mentor.departmentId !== null && learner.departmentId !== null && mentor.departmentId !== learner.departmentId;
  const otherRegion = mentor.region !== null && learner.region !== null && mentor.region !== learner.region;
  // "Prefer someone outside my team" makes the bridge count fully for another department alone, and a
  // mentor from the learner's own department lose the term entirely.
  const bridgeShare = request.preferOutsideTeam ? (otherDepartment ? 1 : 0) : (otherDepartment ? 0.7 : 0) + (otherRegion ? 0.3 : 0);
  const bridgeLabel = otherDepartment
    ? `Different department${otherRegion ? ` and region (${mentor.region})` : ''} — a new connection`
    : otherRegion
      ? `Different region (${mentor.region}) — a new connection`
      : 'Same department';
  term('bridge', bridgeLabel, bridgeShare);

  const prior = (RATING_PRIOR.mean * RATING_PRIOR.weight + (mentor.ratingAverage ?? 0) * mentor.ratingCount) / (RATING_PRIOR.weight + mentor.ratingCount);
  term(
    'rating',
    mentor.ratingCount > 0 && mentor.ratingAverage !== null ? `Rated ${mentor.ratingAverage.toFixed(1)} by ${plural(mentor.ratingCount, 'past mentee')}` : `No ratings yet (counted as ${RATING_PRIOR.mean.toFixed(1)})`,
    (prior - 1) / 4,
  );

  const mine = new Set(learner.languages.map((l) => l.toLowerCase()));
  const shared = mentor.languages.filter((l) => mine.has(l.toLowerCase()));
  if (shared.length > 0) term('language', `Speaks ${shared.slice(0, 2).join(' and ')} like you`, 1);
  else if (mine.size === 0 || mentor.languages.length === 0) term('language', 'Languages not listed', 0.5);
  else term('language', 'No language in common listed', 0);
  return terms;
}

/** Whether the mentor may be suggested for this request and, if so, the score with its terms. */
export function scoreMentor(learner: LearnerFacts, request: RequestFacts, mentor: MentorFacts, policy: MatchingPolicy): MentorVerdict {
  const reason = checkHardConstraints(learner, request, mentor, policy);
  if (reason) return { eligible: false, reason };
  const terms = scoreTerms(learner, request, mentor, policy);
  return { eligible: true, score: round1(terms.reduce((sum, t) => sum + t.points, 0)), terms };
}
