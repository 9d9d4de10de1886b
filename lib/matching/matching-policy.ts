import { z } from 'zod';

// An org's matching rules and scoring weights (MatchingPolicy.settings). Stewards edit them in
// /steward/matching/settings; every field has a default, so an org without a row gets sensible matching.

const weight = z.coerce.number({ error: 'Enter a number' }).int('Use a whole number').min(0, 'At least 0').max(50, 'At most 50');

/** Points each soft term can add (or, for relatedSkill, take away) at most. */
export const scoringWeightsSchema = z.object({
  levelFit: weight.default(30),
  relatedSkill: weight.default(20),
  overlap: weight.default(20),
  timeZone: weight.default(8),
  capacity: weight.default(14),
  bridge: weight.default(10),
  rating: weight.default(10),
  language: weight.default(6),
});

export type ScoringWeights = z.output<typeof scoringWeightsSchema>;
export type ScoreTermKey = keyof ScoringWeights;

export const SCORE_TERM_NAMES: Record<ScoreTermKey, { name: string; help: string }> = {
  levelFit: { name: 'Level fit', help: 'How far the mentor’s level is above the level the learner wants.' },
  relatedSkill: { name: 'Related-skill penalty', help: 'Taken off when the mentor teaches a related skill rather than the one asked for.' },
  overlap: { name: 'Shared hours', help: 'Weekly hours both are available; full points from 4 h a week.' },
  timeZone: { name: 'Time-zone distance', help: 'Full points in the same time zone, none 12 h or more apart.' },
  capacity: { name: 'Free mentoring slots', help: 'Spreads load: mentors with more free slots score higher.' },
  bridge: { name: 'New connection', help: 'A mentor from another department (and region) builds weak ties across the org.' },
  rating: { name: 'Past ratings', help: 'Average rating from past mentees; new mentors start at a neutral 4.' },
  language: { name: 'Shared language', help: 'Both list a language in common.' },
};

export const matchingPolicySchema = z.object({
  weights: scoringWeightsSchema.default(scoringWeightsSchema.parse({})),
  /** Weekly minutes of shared availability a pair needs, unless the learner accepts async mentoring. */
  minOverlapMinutes: z.coerce.number({ error: 'Enter a number' }).int('Use a whole number').min(0, 'At least 0').max(600, 'At most 600 (10 h)').default(60),
  /** Days a mentor has to answer a request before it expires. */
  requestExpiryDays: z.coerce.number({ error: 'Enter a number' }).int('Use a whole number').min(1, 'At least 1 day').max(30, 'At most 30 days').default(3),
  /** Days a declined or expired pair is not suggested again. */
  declineCooldownDays: z.coerce.number({ error: 'Enter a number' }).int('Use a whole number').min(0, 'At least 0').max(365, 'At most 365').default(90),
  /** Whether a manager may mentor their direct report (and the other way round). */
  allowManagementChain: z.boolean().default(false),
  /** Batch cycles: the k-th extra mentee of one mentor costs loadSpreading × k(k+1)/2 points (convex). */
  loadSpreading: z.coerce.number({ error: 'Enter a number' }).int('Use a whole number').min(0, 'At least 0').max(30, 'At most 30').default(4),
});

export type MatchingPolicy = z.output<typeof matchingPolicySchema>;

export const DEFAULT_MATCHING_POLICY: MatchingPolicy = matchingPolicySchema.parse({});

/** Reads a stored policy leniently: a broken or missing value falls back to its default. */
export function readMatchingPolicy(stored: unknown): MatchingPolicy {
  const parsed = matchingPolicySchema.safeParse(stored ?? {});
  if (parsed.success) return parsed.data;
  const source = typeof stored === 'object' && stored ? (stored as Record<string, unknown>) : {};
  const fields = Object.fromEntries(
    Object.entries(matchingPolicySchema.shape).map(([key, schema]) => {
      const one = schema.safeParse(source[key]);
      return [key, one.success ? one.data : DEFAULT_MATCHING_POLICY[key as keyof MatchingPolicy]];
    }),
  );
  return fields as MatchingPolicy;
}

/** The optimizer's loadPenalty list for mentors of up to `maxCapacity` mentees: 0, s, 3s, 6s, 10s, … */
export function loadPenaltyList(policy: MatchingPolicy, maxCapacity: number): number[] {
  return Array.from({ length: maxCapacity }, (_, k) => (policy.loadSpreading * k * (k + 1)) / 2);
}
