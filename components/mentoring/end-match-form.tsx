'use client';

import { ChevronDown, Loader2 } from 'lucide-react';
import { useActionState } from 'react';
import type { FormAction } from '../ui/action-types';
import { Button } from '../ui/button';
import { Field, describedBy, inputClass } from '../ui/field';
import { FormFeedback, formErrors } from '../profile/form-feedback';

const REASON_MAX = 1000;
const RATINGS = [
  { value: '1', label: 'Not helpful' },
  { value: '2', label: 'A little helpful' },
  { value: '3', label: 'Helpful' },
  { value: '4', label: 'Very helpful' },
  { value: '5', label: 'Exceptional' },
];

/**
 * "End this match": a reason for the other side and, for the learner only, an optional 1–5 rating. Stays
 * mounted after the match ends (`open` false) so the confirmation is still said once the page refreshes.
 */
export function EndMatchForm({ orgSlug, matchId, otherName, canRate, open, action }: { orgSlug: string; matchId: string; otherName: string; canRate: boolean; open: boolean; action: FormAction<{ status: 'ENDED' }> }) {
  const [state, formAction, pending] = useActionState(action, null);
  const { errors, value } = formErrors(state);
  if (!open) return <FormFeedback state={state} />;
  const first = otherName.split(' ')[0];
  return (
    <details className="group rounded-lg border border-slate-200 bg-white shadow-xs" open={Boolean(state && !state.ok)}>
      <summary className="flex cursor-pointer list-none items-center justify-between gap-3 rounded-lg px-5 py-4 hover:bg-slate-50 group-open:rounded-b-none focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-600 [&::-webkit-details-marker]:hidden">
        <span>
          <span className="block text-sm font-medium text-slate-800">End this match</span>
          <span className="mt-0.5 block text-sm text-slate-600">When you have reached the goal, or it is not working out. {first} is emailed your reason.</span>
        </span>
        <ChevronDown aria-hidden className="size-5 shrink-0 text-slate-500 transition-transform group-open:rotate-180" />
      </summary>
      <form action={formAction} className="flex flex-col gap-4 border-t border-slate-100 px-5 py-4" noValidate>
        <input type="hidden" name="orgSlug" value={orgSlug} />
        <input type="hidden" name="matchId" value={matchId} />
        <Field id="end-reason" label="Why are you ending it?" hint={`Shared with ${first}. Up to ${REASON_MAX} characters.`} errors={errors('reason')}>
          <textarea id="end-reason" name="reason" rows={3} maxLength={REASON_MAX} required defaultValue={value('reason', '')} className={inputClass} {...describedBy('end-reason', errors('reason'))} />
        </Field>
        {canRate && (
          <fieldset className="flex flex-col gap-2" aria-describedby={errors('rating')?.length ? 'end-rating-error' : 'end-rating-hint'}>
            <legend className="text-sm font-medium text-slate-800">How helpful was {first}’s mentoring? (optional)</legend>
            <div className="flex flex-wrap gap-2">
              {RATINGS.map((r) => (
                <label key={r.value} className="inline-flex cursor-pointer items-center gap-1.5 rounded-md border border-slate-300 bg-white px-2.5 py-1.5 text-sm text-slate-800 has-checked:border-brand-600 has-checked:bg-brand-50 has-focus-visible:outline-2 has-focus-visible:outline-brand-600">
                  <input type="radio" name="rating" value={r.value} defaultChecked={value('rating', '') === r.value} className="sr-only" />
                  <span className="font-semibold tabular-nums">{r.value}</span> {r.label}
                </label>
              ))}
            </div>
            {errors('rating')?.length ? (
              <p id="end-rating-error" className="text-xs font-medium text-red-700">{errors('rating')![0]}</p>
            ) : (
              <p id="end-rating-hint" className="text-xs text-slate-500">Only you see this rating. It counts toward {first}’s average in mentor suggestions.</p>
            )}
          </fieldset>
        )}
        <div className="flex flex-wrap items-center gap-3">
          <Button type="submit" variant="secondary" disabled={pending}>
            {pending && <Loader2 aria-hidden className="size-4 animate-spin" />}
            End the match
          </Button>
          <FormFeedback state={state} />
        </div>
      </form>
    </details>
  );
}
