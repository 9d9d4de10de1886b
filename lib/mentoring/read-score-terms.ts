import type { ScoreTerm } from '../matching';

/** A match's stored explanation (JSON written by the scoring model) as score terms; anything malformed is left out. */
export function readScoreTerms(value: unknown): ScoreTerm[] {
  if (!Array.isArray(value)) return [];
  return value.filter(
    (t): t is ScoreTerm => typeof t === 'object' && t !== null && typeof t.key === 'string' && typeof t.label === 'string' && typeof t.points === 'number',
  );
}
