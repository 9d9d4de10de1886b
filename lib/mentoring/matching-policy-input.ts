import { z } from 'zod';
import { checkbox } from '../profiles/form-fields';
import { matchingPolicySchema, scoringWeightsSchema, type MatchingPolicy, type ScoreTermKey } from '../matching';

// The steward's scoring-weights form (save and preview): one flat field per weight and rule, as HTML sends
// them. An empty field is an error rather than a silent 0 or default. The minimum overlap is typed in hours.

/** A typed number: blank counts as missing ("Enter a number"), never as 0. */
const numeric = <S extends z.ZodType>(schema: S) => z.preprocess((value) => (typeof value === 'string' && value.trim() === '' ? undefined : value), schema);

const policyShape = matchingPolicySchema.shape;
const weightKeys = Object.keys(scoringWeightsSchema.shape) as ScoreTermKey[];
// Every weight has the same bounds; only the defaults differ.
const weightField = numeric(scoringWeightsSchema.shape.levelFit.unwrap());
const weightFields = Object.fromEntries(weightKeys.map((key) => [key, weightField])) as Record<ScoreTermKey, typeof weightField>;

export const matchingPolicyInput = z
  .object({
    ...weightFields,
    minOverlapHours: numeric(
      z.coerce
        .number({ error: 'Enter a number' })
        .min(0, 'At least 0')
        .max(10, 'At most 10 h')
        .refine((hours) => Number.isInteger(hours * 4), 'Use quarter hours, like 0.5 or 1.25'),
    ),
    requestExpiryDays: numeric(policyShape.requestExpiryDays.unwrap()),
    declineCooldownDays: numeric(policyShape.declineCooldownDays.unwrap()),
    allowManagementChain: checkbox,
    loadSpreading: numeric(policyShape.loadSpreading.unwrap()),
  })
  .transform((form): MatchingPolicy => ({
    weights: Object.fromEntries(weightKeys.map((key) => [key, form[key]])) as MatchingPolicy['weights'],
    minOverlapMinutes: Math.round(form.minOverlapHours * 60),
    requestExpiryDays: form.requestExpiryDays,
    declineCooldownDays: form.declineCooldownDays,
    allowManagementChain: form.allowManagementChain,
    loadSpreading: form.loadSpreading,
  }));

export type MatchingPolicyInput = z.input<typeof matchingPolicyInput>;

/** A policy as the form's field values. */
export function matchingPolicyFormValues(policy: MatchingPolicy): Record<string, string> {
  return {
    ...Object.fromEntries(weightKeys.map((key) => [key, String(policy.weights[key])])),
    minOverlapHours: String(policy.minOverlapMinutes / 60),
    requestExpiryDays: String(policy.requestExpiryDays),
    declineCooldownDays: String(policy.declineCooldownDays),
    allowManagementChain: policy.allowManagementChain ? 'on' : '',
    loadSpreading: String(policy.loadSpreading),
  };
}
