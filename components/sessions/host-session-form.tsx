'use client';

import { CalendarPlus, Loader2, X } from 'lucide-react';
import { useRouter } from 'next/navigation';
import { useActionState, useState } from 'react';
import type { ActionResult } from '@/lib/auth/tenant-action';
import { zoneCity } from '@/lib/availability/zone-city';
import type { SkillChoice } from '@/lib/profiles/list-skill-choices';
import { DESIGN_THINKING_MINUTES, DESIGN_THINKING_TEMPLATE } from '@/lib/sessions/design-thinking-template';
import { FormFeedback, formErrors } from '../profile/form-feedback';
import { SkillPicker } from '../profile/skill-picker';
import type { FormAction } from '../ui/action-types';
import { Button } from '../ui/button';
import { Field, describedBy, inputClass } from '../ui/field';
import { submitWithoutReset } from '../ui/submit-without-reset';
import { SESSION_KIND_DESCRIPTIONS, SESSION_KIND_LABELS } from './session-kind';

const DURATIONS = [30, 45, 60, 90, 120, 180, 240];
const KINDS = Object.keys(SESSION_KIND_DESCRIPTIONS) as (keyof typeof SESSION_KIND_DESCRIPTIONS)[];

function durationLabel(minutes: number): string {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return h === 0 ? `${m} min` : m === 0 ? `${h} h` : `${h} h ${m} min`;
}

/**
 * The host's form: kind (design thinking shows its five-phase plan), title, agenda, start on the host's own
 * clock, length, seats, room or link, up to five skills and an optional community. Opens the new session.
 */
export function HostSessionForm({
  orgSlug,
  timeZone,
  today,
  skills,
  communities,
  maxSkills,
  action,
}: {
  orgSlug: string;
  timeZone: string;
  today: string;
  skills: SkillChoice[];
  communities: { id: string; name: string }[];
  maxSkills: number;
  action: FormAction<{ sessionId: string; repeated: boolean }>;
}) {
  const router = useRouter();
  const [key] = useState(() => crypto.randomUUID());
  const [state, formAction, pending] = useActionState(async (previous: ActionResult<{ sessionId: string; repeated: boolean }> | null, formData: FormData) => {
    const result = await action(previous, formData);
    if (result.ok) router.push(`/o/${orgSlug}/sessions/${result.data.sessionId}`);
    return result;
  }, null);
  const { errors, value } = formErrors(state);
  const [kind, setKind] = useState<string>('WORKSHOP');
  const [date, setDate] = useState('');
  const [time, setTime] = useState('');
  const [duration, setDuration] = useState(60);
  const [picked, setPicked] = useState<{ id: string; name: string }[]>([]);
  const designThinking = kind === 'DESIGN_THINKING';

  function chooseKind(next: string) {
    setKind(next);
    if (next === 'DESIGN_THINKING' && duration < DESIGN_THINKING_MINUTES) setDuration(90);
  }

  return (
    <form
      onSubmit={submitWithoutReset(formAction)}
      className="flex flex-col gap-6"
      noValidate
    >
      <input type="hidden" name="orgSlug" value={orgSlug} />
      <input type="hidden" name="idempotencyKey" value={key} />
      <input type="hidden" name="startsAt" value={date && time ? `${date}T${time}` : ''} />
      <input type="hidden" name="skillIds" value={picked.map((s) => s.id).join(',')} />

      <fieldset className="flex flex-col gap-2">
        <legend className="mb-2 text-sm font-medium text-slate-800">Kind of session</legend>
        <div className="grid gap-2 sm:grid-cols-3">
          {KINDS.map((k) => (
            <label
              key={k}
              className="flex cursor-pointer items-start gap-2 rounded-md border border-slate-300 bg-white px-3 py-2.5 text-sm has-checked:border-brand-600 has-checked:bg-brand-50 has-focus-visible:outline-2 has-focus-visible:outline-brand-600"
            >
              <input type="radio" name="kind" value={k} checked={kind === k} onChange={() => chooseKind(k)} className="mt-0.5 accent-brand-600" />
              <span>
                <span className="block font-medium text-slate-900">{SESSION_KIND_LABELS[k]}</span>
                <span className="block text-xs text-slate-600">{SESSION_KIND_DESCRIPTIONS[k]}</span>
              </span>
            </label>
          ))}
        </div>
        {errors('kind') && <p className="text-xs font-medium text-red-700">{errors('kind')!.join(' ')}</p>}
      </fieldset>

      {designThinking && (
        <section aria-labelledby="dt-plan" className="rounded-md border border-slate-200 bg-slate-50 p-4" data-testid="design-thinking-plan">
          <h2 id="dt-plan" className="text-sm font-semibold text-slate-900">
            The five-phase plan · {DESIGN_THINKING_MINUTES} min
          </h2>
          <p className="mt-1 text-xs text-slate-600">Every design-thinking session starts from this plan; you can adjust timeboxes and prompts when you facilitate. Book at least {DESIGN_THINKING_MINUTES} minutes.</p>
          <ol className="mt-3 grid gap-1.5 sm:grid-cols-5 sm:gap-2">
            {DESIGN_THINKING_TEMPLATE.map((p) => (
              <li key={p.phase} className="flex items-baseline justify-between rounded-md border border-slate-200 bg-white px-2.5 py-1.5 text-sm sm:block sm:py-2">
                <span className="block font-medium text-slate-900">
                  {p.position}. {p.label}
                </span>
                <span className="block text-xs tabular-nums text-slate-600">{p.timeboxMinutes} min</span>
              </li>
            ))}
          </ol>
        </section>
      )}

      <Field id="host-title" label="Title" hint="What people will see when they browse sessions." errors={errors('title')}>
        <input id="host-title" name="title" maxLength={160} defaultValue={value('title', '')} className={inputClass} {...describedBy('host-title', errors('title'))} />
      </Field>

      <Field id="host-agenda" label="Agenda (optional)" hint="What you will cover and how to prepare." errors={errors('agenda')}>
        <textarea id="host-agenda" name="agenda" rows={4} maxLength={5000} defaultValue={value('agenda', '')} className={inputClass} {...describedBy('host-agenda', errors('agenda'))} />
      </Field>

      <fieldset className="flex flex-col gap-2" aria-describedby={errors('startsAt') ? 'host-start-error' : 'host-start-hint'}>
        <legend className="text-sm font-medium text-slate-800">Starts</legend>
        <div className="grid grid-cols-2 gap-3 sm:grid-cols-3">
          <div className="flex flex-col gap-1">
            <label htmlFor="host-date" className="text-xs text-slate-600">
              Date
            </label>
            <input id="host-date" type="date" min={today} value={date} onChange={(e) => setDate(e.target.value)} aria-invalid={errors('startsAt') ? true : undefined} className={inputClass} />
          </div>
          <div className="flex flex-col gap-1">
            <label htmlFor="host-time" className="text-xs text-slate-600">
              Time ({zoneCity(timeZone)})
            </label>
            <input id="host-time" type="time" step={300} value={time} onChange={(e) => setTime(e.target.value)} aria-invalid={errors('startsAt') ? true : undefined} className={inputClass} />
          </div>
          <div className="col-span-2 flex flex-col gap-1 sm:col-span-1">
            <label htmlFor="host-duration" className="text-xs text-slate-600">
              Length
            </label>
            <select id="host-duration" name="durationMinutes" value={duration} onChange={(e) => setDuration(Number(e.target.value))} className={inputClass}>
              {DURATIONS.map((d) => (
                <option key={d} value={d}>
                  {durationLabel(d)}
                </option>
              ))}
            </select>
          </div>
        </div>
        {errors('startsAt') || errors('durationMinutes') ? (
          <p id="host-start-error" className="text-xs font-medium text-red-700">
            {[...(errors('startsAt') ?? []), ...(errors('durationMinutes') ?? [])].join(' ')}
          </p>
        ) : (
          <p id="host-start-hint" className={`text-xs ${designThinking && duration < DESIGN_THINKING_MINUTES ? 'font-medium text-amber-800' : 'text-slate-500'}`}>
            {designThinking && duration < DESIGN_THINKING_MINUTES
              ? `The five phases need ${DESIGN_THINKING_MINUTES} minutes; choose 90 min or more, or plan to shorten the timeboxes.`
              : `Your time zone (${zoneCity(timeZone)}); everyone else sees the session in their own.`}
          </p>
        )}
      </fieldset>

      <div className="grid gap-4 sm:grid-cols-[10rem_minmax(0,1fr)]">
        <Field id="host-capacity" label="Seats" hint="Not counting you." errors={errors('capacity')}>
          <input id="host-capacity" name="capacity" type="number" inputMode="numeric" min={2} max={500} defaultValue={value('capacity', '8')} className={inputClass} {...describedBy('host-capacity', errors('capacity'))} />
        </Field>
        <Field id="host-location" label="Room or video link (optional)" hint="A link is shown clickable on the session page." errors={errors('location')}>
          <input id="host-location" name="location" maxLength={500} defaultValue={value('location', '')} placeholder="e.g. Lisbon · Room 4.12, or https://meet.example.com/…" className={inputClass} {...describedBy('host-location', errors('location'))} />
        </Field>
      </div>

      <div className="flex flex-col gap-2">
        {picked.length < maxSkills ? (
          <SkillPicker
            id="host-skills"
            label={`Skills (up to ${maxSkills})`}
            hint="People filter sessions by skill; picking a skill also lists the session under its category."
            choices={skills.filter((s) => !picked.some((p) => p.id === s.id))}
            onPick={(choice) => setPicked((list) => [...list, { id: choice.id, name: choice.name }])}
            errors={errors('skillIds')}
          />
        ) : (
          <p className="text-sm text-slate-700">
            <span className="font-medium text-slate-800">Skills</span> · {maxSkills} picked, the most a session can have.
          </p>
        )}
        {picked.length > 0 && (
          <ul className="flex flex-wrap gap-2" aria-label="Picked skills" data-testid="picked-skills">
            {picked.map((s) => (
              <li key={s.id} className="inline-flex items-center gap-1 rounded-full bg-brand-50 py-0.5 pr-1 pl-2.5 text-xs font-medium text-brand-700">
                {s.name}
                <button
                  type="button"
                  onClick={() => setPicked((list) => list.filter((p) => p.id !== s.id))}
                  className="rounded-full p-0.5 hover:bg-brand-100 focus-visible:outline-2 focus-visible:outline-brand-600"
                >
                  <X aria-hidden className="size-3.5" />
                  <span className="sr-only">Remove {s.name}</span>
                </button>
              </li>
            ))}
          </ul>
        )}
      </div>

      {communities.length > 0 && (
        <Field id="host-community" label="Community (optional)" hint="The session is listed with the community, and its notes can go to the community library." errors={errors('communityId')}>
          <select id="host-community" name="communityId" defaultValue={value('communityId', '')} className={inputClass} {...describedBy('host-community', errors('communityId'))}>
            <option value="">None</option>
            {communities.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </select>
        </Field>
      )}

      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" disabled={pending}>
          {pending ? <Loader2 aria-hidden className="size-4 animate-spin" /> : <CalendarPlus aria-hidden className="size-4" />}
          Create session
        </Button>
        <FormFeedback state={state?.ok ? null : state} />
      </div>
    </form>
  );
}
