'use client';

import { Loader2, Plus, Save } from 'lucide-react';
import { useActionState } from 'react';
import { FormFeedback, formErrors } from '../profile/form-feedback';
import type { FormAction } from '../ui/action-types';
import { Button } from '../ui/button';
import { Field, describedBy, inputClass } from '../ui/field';

export interface CycleFormValues {
  cycleId?: string;
  name: string;
  description: string;
  programName: string;
  signupOpensAt: string;
  signupClosesAt: string;
}

/** Create or edit a matching round. Sign-up times are in the steward's own time zone (`zoneLabel`). */
export function CycleForm<R>({ orgSlug, action, initial, zoneLabel }: { orgSlug: string; action: FormAction<R>; initial: CycleFormValues; zoneLabel: string }) {
  const [state, formAction, pending] = useActionState(action, null);
  const { errors, value } = formErrors(state);
  const editing = Boolean(initial.cycleId);
  const id = (name: string) => `cycle-${editing ? 'edit' : 'new'}-${name}`;
  // A created round starts a fresh form; an edited one keeps what was saved.
  const formKey = state?.ok && !editing ? JSON.stringify(state.data) : 'form';
  return (
    <form key={formKey} action={formAction} className="flex flex-col gap-4" noValidate>
      <input type="hidden" name="orgSlug" value={orgSlug} />
      {initial.cycleId && <input type="hidden" name="cycleId" value={initial.cycleId} />}
      <div className="grid gap-4 sm:grid-cols-2">
        <Field id={id('name')} label="Name" errors={errors('name')}>
          <input id={id('name')} name="name" required maxLength={120} defaultValue={value('name', initial.name)} placeholder="e.g. Q1 2027 mentoring round" className={inputClass} {...describedBy(id('name'), errors('name'), false)} />
        </Field>
        <Field id={id('program')} label="Program (optional)" hint="Leave empty for the whole organization." errors={errors('programName')}>
          <input id={id('program')} name="programName" maxLength={120} defaultValue={value('programName', initial.programName)} placeholder="e.g. Graduate program" className={inputClass} {...describedBy(id('program'), errors('programName'))} />
        </Field>
      </div>
      <Field id={id('description')} label="Description (optional)" hint="Shown to employees when they sign up." errors={errors('description')}>
        <textarea id={id('description')} name="description" rows={2} maxLength={2000} defaultValue={value('description', initial.description)} className={inputClass} {...describedBy(id('description'), errors('description'))} />
      </Field>
      <div className="grid gap-4 sm:grid-cols-2">
        <Field id={id('opens')} label="Sign-up opens" hint={`Your time zone: ${zoneLabel}`} errors={errors('signupOpensAt')}>
          <input id={id('opens')} name="signupOpensAt" type="datetime-local" required defaultValue={value('signupOpensAt', initial.signupOpensAt)} className={inputClass} {...describedBy(id('opens'), errors('signupOpensAt'))} />
        </Field>
        <Field id={id('closes')} label="Sign-up closes" hint={`Your time zone: ${zoneLabel}`} errors={errors('signupClosesAt')}>
          <input id={id('closes')} name="signupClosesAt" type="datetime-local" required defaultValue={value('signupClosesAt', initial.signupClosesAt)} className={inputClass} {...describedBy(id('closes'), errors('signupClosesAt'))} />
        </Field>
      </div>
      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" disabled={pending}>
          {pending ? <Loader2 aria-hidden className="size-4 animate-spin" /> : editing ? <Save aria-hidden className="size-4" /> : <Plus aria-hidden className="size-4" />}
          {editing ? 'Save round' : 'Create round'}
        </Button>
        <FormFeedback state={state} />
      </div>
    </form>
  );
}
