'use client';

import { CalendarCheck, Loader2 } from 'lucide-react';
import { useActionState, useState } from 'react';
import type { FormAction } from '../ui/action-types';
import { Button } from '../ui/button';
import { Field, describedBy, inputClass } from '../ui/field';
import { FormFeedback, formErrors } from '../profile/form-feedback';

export interface SlotDay {
  /** "Tue, Dec 1" in the learner's zone. */
  label: string;
  slots: { start: string; time: string; theirTime: string }[];
}

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
      <fieldset className="flex flex-col gap-4" aria-describedby={errors('startsAt') ? 'startsAt-error' : undefined}>
        <legend className="mb-2 text-sm font-medium text-slate-900">Choose a time (your time, {mentorFirstName}’s beside it)</legend>
        {days.map((day) => (
          <div key={day.label} className="flex flex-col gap-2 sm:flex-row sm:items-start sm:gap-4">
            <p className="w-28 shrink-0 pt-1.5 text-sm font-medium text-slate-700">{day.label}</p>
            <div className="grid grid-cols-2 gap-2 sm:flex sm:flex-wrap">
              {day.slots.map((slot) => (
                <label
                  key={slot.start}
                  className="cursor-pointer rounded-md border border-slate-300 bg-white px-2.5 py-1.5 text-sm has-[:checked]:border-brand-600 has-[:checked]:bg-brand-50 has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-brand-600"
                >
                  <input type="radio" name="startsAt" value={slot.start} defaultChecked={slot.start === chosen} className="sr-only" />
                  <span className="font-medium tabular-nums text-slate-900">{slot.time}</span>
                  <span className="ml-1.5 text-xs tabular-nums text-slate-500">{slot.theirTime}</span>
                </label>
              ))}
            </div>
          </div>
        ))}
        {(errors('startsAt') ?? []).map((e) => (
          <p key={e} id="startsAt-error" className="text-sm text-red-700">
            {e}
          </p>
        ))}
      </fieldset>
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
