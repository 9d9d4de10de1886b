export { matchingInstanceSchema, parseMatchingInstance, type MatchingInstance, type MatchingSolution } from './matching-instance';
export { solveMatching } from './solve-matching';
export { matchingLinearProgram } from './matching-lp';
export {
  DEFAULT_MATCHING_POLICY,
  SCORE_TERM_NAMES,
  loadPenaltyList,
  matchingPolicySchema,
  readMatchingPolicy,
  scoringWeightsSchema,
  type MatchingPolicy,
  type ScoreTermKey,
  type ScoringWeights,
} from './matching-policy';
export {
  FULL_OVERLAP_MINUTES,
  INELIGIBLE_REASONS,
  checkHardConstraints,
  scoreMentor,
  scoreTerms,
  type IneligibleReason,
  type LearnerFacts,
  type MentorFacts,
  type MentorVerdict,
  type RequestFacts,
  type ScoreTerm,
} from './score-mentor';
export { summarizeCycleRun, type CycleAssignment, type CycleMentorFacts, type CycleRequestFacts, type CycleRunResult, type CycleUnmatched, type GroupRate, type LoadBucket, type UnmatchedReason } from './cycle-result';
