'use client';

import { Loader2 } from 'lucide-react';
import { useActionState } from 'react';
import { FormFeedback, formErrors } from '../profile/form-feedback';
import type { FormAction } from '../ui/action-types';
import { Button } from '../ui/button';
import { inputClass } from '../ui/field';

/** "Offer to mentor in this round": how many learners, 1–20; 0 withdraws the offer. */
export function CycleCapacityForm<R>({ orgSlug, cycleId, current, action }: { orgSlug: string; cycleId: string; current: number | null; action: FormAction<R> }) {
  const [state, formAction, pending] = useActionState(action, null);
  const { errors, value } = formErrors(state);
  const id = `capacity-${cycleId}`;
  const problem = errors('capacity');
  return (
    <form action={formAction} className="flex flex-col gap-1.5" noValidate>
      <input type="hidden" name="orgSlug" value={orgSlug} />
      <input type="hidden" name="cycleId" value={cycleId} />
      <label htmlFor={id} className="text-sm font-medium text-slate-800">
        Learners I can mentor in this round
      </label>
      <div className="flex flex-wrap items-center gap-2">
        <input
          id={id}
          name="capacity"
          type="number"
          inputMode="numeric"
          min={0}
          max={20}
          defaultValue={value('capacity', String(current ?? 1))}
          className={inputClass.replace('w-full', 'w-24')}
          aria-invalid={problem ? true : undefined}
          aria-describedby={problem ? `${id}-error` : `${id}-hint`}
        />
        <Button type="submit" variant="secondary" disabled={pending}>
          {pending && <Loader2 aria-hidden className="size-4 animate-spin" />}
          {current ? 'Update offer' : 'Offer to mentor'}
        </Button>
        <FormFeedback state={state} />
      </div>
      {problem ? (
        <p id={`${id}-error`} className="text-xs font-medium text-red-700">
          {problem.join(' ')}
        </p>
      ) : (
        <p id={`${id}-hint`} className="text-xs text-slate-500">
          {current ? 'Set 0 to withdraw your offer.' : 'Up to 20. The steward pairs you only with learners you fit.'}
        </p>
      )}
    </form>
  );
}
