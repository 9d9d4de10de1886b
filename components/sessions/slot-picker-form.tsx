'use client';

import { CalendarCheck, Loader2 } from 'lucide-react';
import { useActionState, useState } from 'react';
import type { FormAction } from '../ui/action-types';
import { Button } from '../ui/button';
import { Field, describedBy, inputClass } from '../ui/field';
import { FormFeedback, formErrors } from '../profile/form-feedback';
import { SlotChoices } from './slot-choices';
import type { SlotDay } from './slot-days';

/**
 * Pick one of the mentor's free slots (grouped by the learner's days, the mentor's clock beside each), add
 * an agenda, book. The idempotency key is made once per form (and renewed after each booking), so a double
 * click or a retry books once.
 */
export function SlotPickerForm({ orgSlug, matchId, durationMinutes, days, mentorFirstName, action }: { orgSlug: string; matchId: string; durationMinutes: number; days: SlotDay[]; mentorFirstName: string; action: FormAction<{ sessionId: string; repeated: boolean }> }) {
  const [state, formAction, pending] = useActionState(action, null);
  const [key] = useState(() => crypto.randomUUID());
  const { errors, value } = formErrors(state);
  const chosen = value('startsAt', '');
  return (
    <form action={formAction} className="flex flex-col gap-5" noValidate>
      <input type="hidden" name="orgSlug" value={orgSlug} />
      <input type="hidden" name="matchId" value={matchId} />
      <input type="hidden" name="durationMinutes" value={durationMinutes} />
      <input type="hidden" name="idempotencyKey" value={state?.ok ? `${key}-${state.data.sessionId}` : key} />
      <SlotChoices days={days} legend={`Choose a time (your time, ${mentorFirstName}’s beside it)`} chosen={chosen} errors={errors('startsAt')} />
      <Field id="agenda" label="Agenda (optional)" hint={`What you would like to work on, so ${mentorFirstName} can prepare.`} errors={errors('agenda')}>
        <textarea id="agenda" name="agenda" rows={3} maxLength={5000} defaultValue={value('agenda', '')} className={inputClass} {...describedBy('agenda', errors('agenda'))} />
      </Field>
      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" disabled={pending}>
          {pending ? <Loader2 aria-hidden className="size-4 animate-spin" /> : <CalendarCheck aria-hidden className="size-4" />}
          Book {durationMinutes} minutes
        </Button>
        <FormFeedback state={state} />
      </div>
    </form>
  );
}
