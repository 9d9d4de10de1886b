'use client';

import { CalendarOff, Loader2 } from 'lucide-react';
import { useActionState } from 'react';
import type { MyTimeOff } from '@/lib/profiles/get-my-profile';
import type { FormAction } from '../ui/action-types';
import { Button } from '../ui/button';
import { Field, describedBy, inputClass } from '../ui/field';
import { InlineActionForm } from '../ui/inline-action-form';
import { FormFeedback, formErrors } from './form-feedback';

const day = new Intl.DateTimeFormat('en-US', { weekday: 'short', month: 'short', day: 'numeric', year: 'numeric', timeZone: 'UTC' });
const formatDay = (value: string) => day.format(new Date(`${value}T00:00:00Z`));
const span = (t: MyTimeOff) => (t.startDate === t.endDate ? formatDay(t.startDate) : `${formatDay(t.startDate)} – ${formatDay(t.endDate)}`);

export function TimeOffPanel({ orgSlug, timeOff, today, actions }: { orgSlug: string; timeOff: MyTimeOff[]; today: string; actions: { add: FormAction<{ id: string }>; remove: FormAction<void> } }) {
  const [state, formAction, pending] = useActionState(actions.add, null);
  const { errors, value } = formErrors(state);
  return (
    <div className="flex flex-col gap-4">
      {timeOff.length === 0 ? (
        <p className="flex items-center gap-2 text-sm text-slate-600">
          <CalendarOff aria-hidden className="size-4 text-slate-400" /> No time off planned.
        </p>
      ) : (
        <ul className="divide-y divide-slate-100 rounded-md border border-slate-200" data-testid="time-off">
          {timeOff.map((t) => (
            <li key={t.id} className="flex flex-col gap-2 px-3 py-2 text-sm sm:flex-row sm:items-center sm:justify-between">
              <span>
                <span className="font-medium text-slate-900">{span(t)}</span>
                {t.note && <span className="text-slate-600"> · {t.note}</span>}
              </span>
              <InlineActionForm action={actions.remove} fields={{ orgSlug, timeOffId: t.id }} label="Remove" tone="danger" confirmText={`Remove time off ${span(t)}?`} />
            </li>
          ))}
        </ul>
      )}
      <form action={formAction} className="flex flex-col gap-3" noValidate>
        <input type="hidden" name="orgSlug" value={orgSlug} />
        <div className="grid grid-cols-2 gap-3 sm:grid-cols-[10rem_10rem_minmax(0,1fr)_auto] sm:items-start">
          <Field id="timeoff-start" label="First day" errors={errors('startDate')}>
            <input id="timeoff-start" name="startDate" type="date" min={today} defaultValue={value('startDate', '')} className={inputClass} {...describedBy('timeoff-start', errors('startDate'), false)} />
          </Field>
          <Field id="timeoff-end" label="Last day" errors={errors('endDate')}>
            <input id="timeoff-end" name="endDate" type="date" min={today} defaultValue={value('endDate', '')} className={inputClass} {...describedBy('timeoff-end', errors('endDate'), false)} />
          </Field>
          <div className="col-span-2 sm:col-span-1">
            <Field id="timeoff-note" label="Note (optional)" errors={errors('note')}>
              <input id="timeoff-note" name="note" maxLength={200} placeholder="e.g. Parental leave" defaultValue={value('note', '')} className={inputClass} {...describedBy('timeoff-note', errors('note'), false)} />
            </Field>
          </div>
          <Button type="submit" disabled={pending} className="col-span-2 sm:col-span-1 sm:mt-6.5">
            {pending && <Loader2 aria-hidden className="size-4 animate-spin" />}
            Add time off
          </Button>
        </div>
        <FormFeedback state={state} />
      </form>
    </div>
  );
}
