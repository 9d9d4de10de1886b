'use client';

import { Loader2 } from 'lucide-react';
import { useActionState } from 'react';
import type { FormAction } from '../ui/action-types';
import { Button } from '../ui/button';
import { Field, describedBy, inputClass } from '../ui/field';
import { FormFeedback, formErrors } from '../profile/form-feedback';

/** The host edits one phase's timebox and prompt, behind a disclosure so the page stays about the session. */
export function PhasePlanForm({ orgSlug, sessionId, phase, label, timeboxMinutes, prompt, action }: { orgSlug: string; sessionId: string; phase: string; label: string; timeboxMinutes: number; prompt: string; action: FormAction<void> }) {
  const [state, formAction, pending] = useActionState(action, null);
  const { errors, value } = formErrors(state);
  const id = (field: string) => `${phase.toLowerCase()}-${field}`;
  return (
    <details className="group rounded-md border border-slate-200 bg-slate-50 open:bg-white">
      <summary className="cursor-pointer rounded-md px-3 py-2 text-sm font-medium text-slate-700 hover:text-slate-900 focus-visible:outline-2 focus-visible:outline-brand-600">
        Edit the plan<span className="sr-only"> for {label}</span>
      </summary>
      <form action={formAction} className="flex flex-col gap-4 border-t border-slate-200 p-3" noValidate>
        <input type="hidden" name="orgSlug" value={orgSlug} />
        <input type="hidden" name="sessionId" value={sessionId} />
        <input type="hidden" name="phase" value={phase} />
        <div className="w-32">
          <Field id={id('timebox')} label="Timebox (minutes)" errors={errors('timeboxMinutes')}>
            <input id={id('timebox')} name="timeboxMinutes" type="number" inputMode="numeric" min={1} max={240} defaultValue={value('timeboxMinutes', String(timeboxMinutes))} className={inputClass} {...describedBy(id('timebox'), errors('timeboxMinutes'), false)} />
          </Field>
        </div>
        <Field id={id('prompt')} label="Prompt" hint="What the group is asked to do in this phase." errors={errors('prompt')}>
          <textarea id={id('prompt')} name="prompt" rows={3} maxLength={2000} defaultValue={value('prompt', prompt)} className={inputClass} {...describedBy(id('prompt'), errors('prompt'))} />
        </Field>
        <div className="flex flex-wrap items-center gap-3">
          <Button type="submit" variant="secondary" disabled={pending}>
            {pending && <Loader2 aria-hidden className="size-4 animate-spin" />} Save the plan
          </Button>
          <FormFeedback state={state} />
        </div>
      </form>
    </details>
  );
}
