// Mentoring requests, suggestions, matches and batch matching cycles: the database side of matching.
// The scoring model and the optimizer are pure, in lib/matching.
export { findMentorCandidates, loadLearner, parseMultirange, type CandidateRequest, type CandidateSearch, type CycleCapacities, type Learner, type ScoredMentor } from './find-mentor-candidates';
export { getMatchingPolicy } from './get-matching-policy';
export { expireStaleProposals } from './expire-stale-proposals';
export { createMentorRequest, mentorRequestInput, MENTOR_REQUEST_OUTCOME_MAX, type MentorRequestInput } from './create-mentor-request';
export { suggestMentors, SUGGESTION_COUNT, type MentorSuggestions, type ProposalView } from './suggest-mentors';
export { sendMentorRequest, sendMentorRequestInput, MENTOR_MESSAGE_MAX, type SendMentorRequestInput } from './send-mentor-request';
export { withdrawProposal, withdrawProposalInput } from './withdraw-proposal';
export { withdrawMentorRequest, withdrawMentorRequestInput } from './withdraw-mentor-request';
export { getMyLearning, PAST_LEARNING_SHOWN, type MyLearning, type MyMatch, type MyOpenRequest } from './get-my-learning';
export { createMatchingCycle } from './create-matching-cycle';
export { matchingCycleInput, toLocalInput, type MatchingCycleInput } from './matching-cycle-input';
export { updateMatchingCycle, updateMatchingCycleInput } from './update-matching-cycle';
export { setCycleStatus, setCycleStatusInput } from './set-cycle-status';
export { listMatchingCycles, type MatchingCycleSummary } from './list-matching-cycles';
export { getMatchingCycle, CYCLE_RUN_TIMEOUT_MS, CYCLE_TABLE_LIMIT, type CycleRunView, type MatchingCycleDetail } from './get-matching-cycle';
export { listOpenCycles, type OpenCycle } from './list-open-cycles';
export { confirmCycleCapacity, confirmCycleCapacityInput } from './confirm-cycle-capacity';
export { withdrawCycleRequest, withdrawCycleRequestInput } from './withdraw-cycle-request';
export { startCycleRun } from './start-cycle-run';
export { executeCycleRun, CYCLE_EDGES_PER_REQUEST } from './execute-cycle-run';
export { setPairRule, setPairRuleInput } from './set-pair-rule';
export { publishCycle, cycleIdInput } from './publish-cycle';
