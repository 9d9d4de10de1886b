// Mentoring requests, suggestions, matches and batch matching cycles: the database side of matching.
// The scoring model and the optimizer are pure, in lib/matching.
export { findMentorCandidates, loadLearner, parseMultirange, type CandidateRequest, type CandidateSearch, type CycleCapacities, type Learner, type ScoredMentor } from './find-mentor-candidates';
export { getMatchingPolicy } from './get-matching-policy';
export { expireStaleProposals } from './expire-stale-proposals';
export { createMentorRequest, mentorRequestInput, MENTOR_REQUEST_OUTCOME_MAX, type MentorRequestInput } from './create-mentor-request';
