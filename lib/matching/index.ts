export { matchingInstanceSchema, parseMatchingInstance, type MatchingInstance, type MatchingSolution } from './matching-instance';
export { solveMatching } from './solve-matching';
export { matchingLinearProgram } from './matching-lp';
