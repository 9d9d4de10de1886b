'use client';

import { Loader2, Repeat } from 'lucide-react';
import { useRouter } from 'next/navigation';
import { useActionState, useState } from 'react';
import type { ActionResult } from '@/lib/auth/tenant-action';
import type { FormAction } from '../ui/action-types';
import { Button } from '../ui/button';
import { Field, describedBy, inputClass } from '../ui/field';
import { submitWithoutReset } from '../ui/submit-without-reset';
import { FormFeedback, formErrors } from '../profile/form-feedback';
import { SlotChoices } from './slot-choices';
import type { SlotDay } from './slot-days';

type Result = { sessionId: string; released: number; promoted: number };

const GROUP_DURATIONS = [30, 45, 60, 90, 120, 180, 240];

function durationLabel(minutes: number): string {
  if (minutes < 60) return `${minutes} min`;
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  return rest ? `${hours} h ${rest} min` : `${hours} h`;
}

/**
 * Move a session: a 1:1 picks one of the mentor's free slots (the other side's clock beside each), a group
 * session takes a date, a time on the viewer's clock and a length. A reason is required (the others are
 * told it). On success the session page opens with a notice; on failure what was typed stays.
 */
export function RescheduleForm({
  orgSlug,
  sessionId,
  durationMinutes,
  slots,
  group,
  action,
}: {
  orgSlug: string;
  sessionId: string;
  durationMinutes: number;
  /** A 1:1: the free slots by day, and whose clock is shown beside them. */
  slots?: { days: SlotDay[]; otherFirstName: string };
  /** A group session: the current local date and time, today's date, and the viewer's zone. */
  group?: { date: string; time: string; today: string; zone: string };
  action: FormAction<Result>;
}) {
  const router = useRouter();
  const [state, formAction, pending] = useActionState(async (previous: ActionResult<Result> | null, formData: FormData) => {
    const result = await action(previous, formData);
    if (result.ok) router.push(`/o/${orgSlug}/sessions/${sessionId}?rescheduled=1`);
    return result;
  }, null);
  const { errors, value } = formErrors(state);
  const [date, setDate] = useState(group?.date ?? '');
  const [time, setTime] = useState(group?.time ?? '');
  const [duration, setDuration] = useState(durationMinutes);
  const startErrors = errors('startsAt');

  return (
    <form
      onSubmit={submitWithoutReset(formAction)}
      className="flex flex-col gap-5"
      noValidate
    >
      <input type="hidden" name="orgSlug" value={orgSlug} />
      <input type="hidden" name="sessionId" value={sessionId} />
      {slots && (
        <>
          <input type="hidden" name="durationMinutes" value={durationMinutes} />
          <SlotChoices days={slots.days} legend={`New time (your time, ${slots.otherFirstName}’s beside it)`} chosen={value('startsAt', '')} errors={startErrors} />
        </>
      )}
      {group && (
        <fieldset className="flex flex-col gap-2" aria-describedby={startErrors || errors('durationMinutes') ? 'reschedule-start-error' : 'reschedule-start-hint'}>
          <legend className="mb-1 text-sm font-medium text-slate-800">New time</legend>
          <input type="hidden" name="startsAt" value={date && time ? `${date}T${time}` : ''} />
          <div className="grid gap-3 sm:grid-cols-3">
            <div className="flex flex-col gap-1">
              <label htmlFor="reschedule-date" className="text-xs text-slate-600">
                Date
              </label>
              <input id="reschedule-date" type="date" min={group.today} value={date} onChange={(e) => setDate(e.target.value)} aria-invalid={startErrors ? true : undefined} className={inputClass} />
            </div>
            <div className="flex flex-col gap-1">
              <label htmlFor="reschedule-time" className="text-xs text-slate-600">
                Start time
              </label>
              <input id="reschedule-time" type="time" step={300} value={time} onChange={(e) => setTime(e.target.value)} aria-invalid={startErrors ? true : undefined} className={inputClass} />
            </div>
            <div className="flex flex-col gap-1">
              <label htmlFor="reschedule-duration" className="text-xs text-slate-600">
                Length
              </label>
              <select id="reschedule-duration" name="durationMinutes" value={duration} onChange={(e) => setDuration(Number(e.target.value))} aria-invalid={errors('durationMinutes') ? true : undefined} className={inputClass}>
                {[...new Set([...GROUP_DURATIONS, durationMinutes])]
                  .sort((a, b) => a - b)
                  .map((d) => (
                    <option key={d} value={d}>
                      {durationLabel(d)}
                    </option>
                  ))}
              </select>
            </div>
          </div>
          {startErrors || errors('durationMinutes') ? (
            <p id="reschedule-start-error" className="text-xs font-medium text-red-700">
              {[...(startErrors ?? []), ...(errors('durationMinutes') ?? [])].join(' ')}
            </p>
          ) : (
            <p id="reschedule-start-hint" className="text-xs text-slate-500">
              Your time zone ({group.zone}); everyone else sees the new time in their own.
            </p>
          )}
        </fieldset>
      )}
      <Field id="reschedule-reason" label="Why are you moving it?" hint="Sent to the others with the new time." errors={errors('reason')}>
        <textarea id="reschedule-reason" name="reason" rows={3} maxLength={1000} required defaultValue={value('reason', '')} className={inputClass} {...describedBy('reschedule-reason', errors('reason'))} />
      </Field>
      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" disabled={pending}>
          {pending ? <Loader2 aria-hidden className="size-4 animate-spin" /> : <Repeat aria-hidden className="size-4" />}
          Move the session
        </Button>
        <FormFeedback state={state} />
      </div>
    </form>
  );
}
