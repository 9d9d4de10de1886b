'use client';

import { Loader2 } from 'lucide-react';
import { useActionState } from 'react';
import type { UpdateMentoringCapacityInput } from '@/lib/profiles/update-mentoring-capacity';
import type { FormAction } from '../ui/action-types';
import { Button } from '../ui/button';
import { Field, describedBy, inputClass } from '../ui/field';
import { FormFeedback, formErrors } from './form-feedback';

export function MentoringCapacityForm({ orgSlug, current, action }: { orgSlug: string; current: UpdateMentoringCapacityInput; action: FormAction<UpdateMentoringCapacityInput> }) {
  const [state, formAction, pending] = useActionState(action, null);
  const saved = state?.ok ? state.data : current;
  const { errors, value } = formErrors(state);
  return (
    <form action={formAction} className="flex flex-col gap-4" noValidate>
      <input type="hidden" name="orgSlug" value={orgSlug} />
      <div className="grid gap-4 sm:grid-cols-2 sm:max-w-xl">
        <Field id="capacity-mentees" label="Mentees at once" hint="0–20. Use 0 when you are not mentoring right now." errors={errors('mentoringCapacity')}>
          <input id="capacity-mentees" name="mentoringCapacity" type="number" inputMode="numeric" min={0} max={20} defaultValue={value('mentoringCapacity', String(saved.mentoringCapacity))} className={`${inputClass} max-w-28`} {...describedBy('capacity-mentees', errors('mentoringCapacity'))} />
        </Field>
        <Field id="capacity-sessions" label="Peer sessions per week" hint="0–40 sessions you are happy to join or host." errors={errors('sessionsPerWeek')}>
          <input id="capacity-sessions" name="sessionsPerWeek" type="number" inputMode="numeric" min={0} max={40} defaultValue={value('sessionsPerWeek', String(saved.sessionsPerWeek))} className={`${inputClass} max-w-28`} {...describedBy('capacity-sessions', errors('sessionsPerWeek'))} />
        </Field>
      </div>
      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" disabled={pending}>
          {pending && <Loader2 aria-hidden className="size-4 animate-spin" />}
          {pending ? 'Saving…' : 'Save capacity'}
        </Button>
        <FormFeedback state={state} />
      </div>
    </form>
  );
}
