'use client';

import { Loader2, Pencil } from 'lucide-react';
import { useActionState, useState } from 'react';
import type { ActionResult } from '@/lib/auth/tenant-action';
import type { MyAvailabilityWindow } from '@/lib/profiles/get-my-profile';
import { MINUTES_PER_DAY, WEEKDAYS, formatTimeOfDay } from '@/lib/profiles/time-of-day';
import type { FormAction } from '../ui/action-types';
import { Button } from '../ui/button';
import { Field, describedBy, inputClass } from '../ui/field';
import { FormFeedback, formErrors } from './form-feedback';
import { IconRemoveForm } from './icon-remove-form';
import { SuccessNotice } from '../ui/success-notice';

interface Actions {
  add: FormAction<{ id: string }>;
  update: FormAction<void>;
  remove: FormAction<void>;
}

// A time input cannot show 24:00; a window that ends at midnight is entered and shown as 00:00 there.
const timeInputValue = (minutes: number) => (minutes === MINUTES_PER_DAY ? '00:00' : formatTimeOfDay(minutes));
const range = (w: MyAvailabilityWindow) => `${formatTimeOfDay(w.startMinute)}–${formatTimeOfDay(w.endMinute)}`;

function TimeField({ id, name, label, defaultValue, errors }: { id: string; name: string; label: string; defaultValue: string; errors?: string[] }) {
  return (
    <div className="flex flex-col gap-1.5">
      <label htmlFor={id} className="text-sm font-medium text-slate-800">
        {label}
      </label>
      <input id={id} name={name} type="time" step={900} required defaultValue={defaultValue} className={inputClass} {...describedBy(id, errors, false)} />
    </div>
  );
}

function WindowForm<R>({
  idPrefix,
  orgSlug,
  window,
  action,
  submitLabel,
  onSaved,
  onCancel,
}: {
  idPrefix: string;
  orgSlug: string;
  window?: MyAvailabilityWindow;
  action: FormAction<R>;
  submitLabel: string;
  onSaved: (message: string) => void;
  onCancel?: () => void;
}) {
  const [state, formAction, pending] = useActionState(async (previous: ActionResult<R> | null, formData: FormData) => {
    const result = await action(previous, formData);
    if (result.ok) {
      const weekday = WEEKDAYS.find((d) => String(d.weekday) === formData.get('weekday'))?.name;
      onSaved(`${result.message.replace(/\.$/, '')}: ${weekday} ${formData.get('start')}–${formData.get('end') === '00:00' ? '24:00' : formData.get('end')}.`);
    }
    return result;
  }, null);
  const { errors, value } = formErrors(state);
  const id = (name: string) => `${idPrefix}-${name}`;
  return (
    <form action={formAction} className="flex flex-col gap-3" noValidate>
      <input type="hidden" name="orgSlug" value={orgSlug} />
      {window && <input type="hidden" name="windowId" value={window.id} />}
      <div className="grid grid-cols-2 gap-3 sm:grid-cols-[minmax(8rem,10rem)_8rem_8rem_auto] sm:items-start">
        <div className="col-span-2 sm:col-span-1">
          <Field id={id('weekday')} label="Day" errors={errors('weekday')}>
            {/* Keyed by its value: after a refused save React resets the form, and a select would go back to its first choice. */}
            <select key={value('weekday', String(window?.weekday ?? 1))} id={id('weekday')} name="weekday" defaultValue={value('weekday', String(window?.weekday ?? 1))} className={inputClass} {...describedBy(id('weekday'), errors('weekday'), false)}>
              {WEEKDAYS.map((d) => (
                <option key={d.weekday} value={d.weekday}>
                  {d.name}
                </option>
              ))}
            </select>
          </Field>
        </div>
        <TimeField id={id('start')} name="start" label="From" defaultValue={value('start', window ? timeInputValue(window.startMinute) : '09:00')} errors={errors('start')} />
        <TimeField id={id('end')} name="end" label="To" defaultValue={value('end', window ? timeInputValue(window.endMinute) : '12:00')} errors={errors('end')} />
        <div className="col-span-2 flex items-center gap-2 sm:col-span-1 sm:mt-6.5">
          <Button type="submit" disabled={pending}>
            {pending && <Loader2 aria-hidden className="size-4 animate-spin" />}
            {submitLabel}
          </Button>
          {onCancel && (
            <Button type="button" variant="ghost" onClick={onCancel}>
              Cancel
            </Button>
          )}
        </div>
      </div>
      {/* The time fields' messages (an overlap names the other window) sit under the whole row, not in a narrow column. */}
      {(['start', 'end'] as const).map((name) =>
        errors(name) ? (
          <p key={name} id={`${id(name)}-error`} className="text-xs font-medium text-red-700">
            {errors(name)!.join(' ')}
          </p>
        ) : null,
      )}
      <FormFeedback state={state?.ok ? null : state} />
    </form>
  );
}

/** The weekly windows: one row per day, with a 24-hour bar per day from sm up. */
export function AvailabilityPanel({ orgSlug, timeZone, windows, actions }: { orgSlug: string; timeZone: string; windows: MyAvailabilityWindow[]; actions: Actions }) {
  const [editing, setEditing] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const saved = (message: string) => {
    setEditing(null);
    setNotice(message);
  };
  const editingWindow = windows.find((w) => w.id === editing);
  return (
    <div className="flex flex-col gap-4">
      <p className="text-sm text-slate-700">
        Times are in <strong className="font-semibold text-slate-900">{timeZone.replaceAll('_', ' ')}</strong>, your time zone. Colleagues see them converted to theirs.
      </p>

      <div className="rounded-md border border-slate-200">
        <div aria-hidden className="hidden grid-cols-[6rem_minmax(0,1fr)_minmax(0,16rem)] gap-3 border-b border-slate-100 px-3 py-1.5 text-xs text-slate-500 sm:grid">
          <span />
          <span />
          <span className="flex justify-between tabular-nums">
            {['00', '06', '12', '18', '24'].map((h) => (
              <span key={h}>{h}</span>
            ))}
          </span>
        </div>
        <ul className="divide-y divide-slate-100" data-testid="weekly-availability">
          {WEEKDAYS.map((d) => {
            const dayWindows = windows.filter((w) => w.weekday === d.weekday);
            return (
              <li key={d.weekday} className="grid grid-cols-[3rem_minmax(0,1fr)] items-center gap-3 px-3 py-1.5 sm:grid-cols-[6rem_minmax(0,1fr)_minmax(0,16rem)]">
                <span className="text-sm font-medium text-slate-800">
                  <span className="sm:hidden">{d.short}</span>
                  <span className="hidden sm:inline">{d.name}</span>
                </span>
                {dayWindows.length === 0 ? (
                  <span className="py-1 text-sm text-slate-500">Not available</span>
                ) : (
                  <ul className="flex flex-wrap gap-1.5" aria-label={`${d.name} windows`}>
                    {dayWindows.map((w) => (
                      <li key={w.id} className={`inline-flex items-center gap-0.5 rounded-md border py-0.5 pr-0.5 pl-2 text-sm tabular-nums ${editing === w.id ? 'border-brand-600 bg-brand-50' : 'border-slate-200 bg-white'}`}>
                        <span className="mr-0.5 text-slate-900">{range(w)}</span>
                        <button
                          type="button"
                          onClick={() => {
                            setNotice(null);
                            setEditing(w.id);
                          }}
                          aria-label={`Edit ${d.name} ${range(w)}`}
                          title="Edit"
                          className="rounded p-1 text-slate-500 hover:bg-slate-100 hover:text-slate-800"
                        >
                          <Pencil aria-hidden className="size-3.5" />
                        </button>
                        <IconRemoveForm action={actions.remove} fields={{ orgSlug, windowId: w.id }} label={`Remove ${d.name} ${range(w)}`} confirmText={`Remove ${d.name} ${range(w)}?`} />
                      </li>
                    ))}
                  </ul>
                )}
                <div aria-hidden className="relative hidden h-2 rounded-full bg-slate-100 sm:block">
                  {[25, 50, 75].map((at) => (
                    <span key={at} className="absolute inset-y-0 w-px bg-white" style={{ left: `${at}%` }} />
                  ))}
                  {dayWindows.map((w) => (
                    <span key={w.id} className="absolute inset-y-0 rounded-full bg-brand-500" style={{ left: `${(w.startMinute / MINUTES_PER_DAY) * 100}%`, width: `${((w.endMinute - w.startMinute) / MINUTES_PER_DAY) * 100}%` }} />
                  ))}
                </div>
              </li>
            );
          })}
        </ul>
      </div>

      <SuccessNotice message={notice} />

      <div className="rounded-md border border-slate-200 p-4">
        {editingWindow ? (
          <>
            <h3 className="mb-3 text-sm font-semibold text-slate-900">
              Edit {WEEKDAYS[editingWindow.weekday - 1]?.name} {range(editingWindow)}
            </h3>
            <WindowForm key={editingWindow.id} idPrefix="edit-window" orgSlug={orgSlug} window={editingWindow} action={actions.update} submitLabel="Save window" onSaved={saved} onCancel={() => setEditing(null)} />
          </>
        ) : (
          <>
            <h3 className="mb-3 text-sm font-semibold text-slate-900">Add a window</h3>
            <WindowForm idPrefix="new-window" orgSlug={orgSlug} action={actions.add} submitLabel="Add window" onSaved={saved} />
            <p className="mt-2 text-xs text-slate-500">In 15-minute steps. For a window until midnight, end at 00:00.</p>
          </>
        )}
      </div>
    </div>
  );
}
