import type { SlotDay } from './slot-days';

/**
 * Free slots as one radio group (named "startsAt"), a row per day of the viewer's, the other person's
 * clock beside each time; the field's errors under it.
 */
export function SlotChoices({ days, legend, chosen, errors }: { days: SlotDay[]; legend: string; chosen: string; errors: string[] | undefined }) {
  return (
    <fieldset className="flex flex-col gap-4" aria-describedby={errors ? 'startsAt-error' : undefined}>
      <legend className="mb-2 text-sm font-medium text-slate-900">{legend}</legend>
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
                <span className="block text-xs tabular-nums text-slate-500 sm:ml-1.5 sm:inline">{slot.theirTime}</span>
              </label>
            ))}
          </div>
        </div>
      ))}
      {(errors ?? []).map((e) => (
        <p key={e} id="startsAt-error" className="text-sm text-red-700">
          {e}
        </p>
      ))}
    </fieldset>
  );
}
