'use client';

import { ArrowRight, Loader2, Sparkles, Target } from 'lucide-react';
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useActionState, useState } from 'react';
import type { ActionResult } from '@/lib/auth/tenant-action';
import type { SkillChoice } from '@/lib/profiles/list-skill-choices';
import { SKILL_LEVELS, levelName } from '@/lib/skills/levels';
import { FormFeedback, formErrors } from '../profile/form-feedback';
import { SkillPicker } from '../profile/skill-picker';
import type { FormAction } from '../ui/action-types';
import { Button } from '../ui/button';
import { Field, describedBy, inputClass } from '../ui/field';

export interface RequestGoal {
  id: string;
  skillId: string;
  skillName: string;
  targetLevel: number;
}

export interface AskedAboutMentor {
  id: string;
  name: string;
  /** What they teach, best level first. */
  teaches: { id: string; name: string; level: number }[];
}

const FORMATS = [
  { value: 'ONE_TO_ONE', label: '1:1', hint: 'Just the two of you.' },
  { value: 'SMALL_GROUP', label: 'Small group', hint: 'Fine to learn alongside a few others.' },
] as const;

const OUTCOME_MAX = 1000;

/**
 * The "ask for a mentor" form: a skill (picked, or prefilled from a goal or a colleague's profile), the
 * level to reach, what for, and the preferences matching uses. On success it opens the request's suggestions.
 */
export function MentorRequestForm({
  orgSlug,
  choices,
  myLevels,
  goals,
  goalsWithoutMentor,
  initialSkill,
  initialGoalId,
  askedAbout,
  openRequests,
  action,
}: {
  orgSlug: string;
  choices: SkillChoice[];
  myLevels: Record<string, number>;
  goals: RequestGoal[];
  /** The goals offered as quick picks: those without an active mentor yet. */
  goalsWithoutMentor: RequestGoal[];
  initialSkill: { id: string; name: string } | null;
  initialGoalId: string | null;
  askedAbout: AskedAboutMentor | null;
  /** The learner's open requests: a skill with one opens it rather than asking twice. */
  openRequests: { id: string; skillId: string }[];
  action: FormAction<{ id: string }>;
}) {
  const router = useRouter();
  const [skill, setSkill] = useState(initialSkill);
  const [state, formAction, pending] = useActionState(async (previous: ActionResult<{ id: string }> | null, formData: FormData) => {
    const result = await action(previous, formData);
    if (result.ok) router.push(`/o/${orgSlug}/mentors/requests/${result.data.id}${askedAbout ? `?mentor=${askedAbout.id}` : ''}`);
    return result;
  }, null);
  const { errors, value } = formErrors(state);

  const current = skill ? (myLevels[skill.id] ?? null) : null;
  const goal = skill ? (goals.find((g) => g.id === initialGoalId && g.skillId === skill.id) ?? goals.find((g) => g.skillId === skill.id) ?? null) : null;
  const suggestedTarget = goal?.targetLevel ?? Math.min(5, Math.max(3, (current ?? 0) + 1));
  const teaches = new Map(askedAbout?.teaches.map((t) => [t.id, t]) ?? []);
  const pick = (next: { id: string; name: string }) => setSkill({ id: next.id, name: next.name });
  const alreadyOpen = skill ? (openRequests.find((r) => r.skillId === skill.id) ?? null) : null;

  return (
    <form action={formAction} className="flex flex-col gap-6" noValidate>
      <input type="hidden" name="orgSlug" value={orgSlug} />
      <input type="hidden" name="skillId" value={skill?.id ?? ''} />
      <input type="hidden" name="goalId" value={goal?.id ?? ''} />

      {skill ? (
        <div className="flex flex-col gap-1.5">
          <span className="text-sm font-medium text-slate-800">Skill</span>
          <p className="flex flex-wrap items-center gap-x-2 gap-y-1 text-sm">
            <span className="font-semibold text-slate-900" data-testid="chosen-skill">
              {skill.name}
            </span>
            <span className="text-slate-600">· {current ? `you are at ${current} · ${levelName(current)}` : 'new to you'}</span>
            <button type="button" onClick={() => setSkill(null)} className="rounded-sm font-medium text-brand-700 underline underline-offset-2 focus-visible:outline-2 focus-visible:outline-brand-600">
              Change<span className="sr-only"> skill</span>
            </button>
          </p>
          {goal && (
            <p className="inline-flex items-center gap-1.5 text-xs text-slate-600">
              <Target aria-hidden className="size-3.5 text-brand-600" /> Linked to your learning goal: {goal.skillName} to level {goal.targetLevel}
            </p>
          )}
          {errors('skillId') && <p className="text-xs font-medium text-red-700">{errors('skillId')!.join(' ')}</p>}
          {errors('goalId') && <p className="text-xs font-medium text-red-700">{errors('goalId')!.join(' ')}</p>}
        </div>
      ) : (
        <div className="flex flex-col gap-3">
          <SkillPicker
            id="request-skill"
            label="Skill"
            hint={askedAbout ? `Pick any skill; the ones ${askedAbout.name} teaches are marked.` : 'The skill you want a mentor for.'}
            choices={choices}
            onPick={pick}
            note={(c) => (teaches.has(c.id) ? `${askedAbout!.name} teaches it (level ${teaches.get(c.id)!.level})` : myLevels[c.id] ? `you are at ${myLevels[c.id]}` : null)}
            errors={errors('skillId')}
          />
          {(askedAbout?.teaches.length ?? 0) > 0 || goalsWithoutMentor.length > 0 ? (
            <div className="flex flex-col gap-2 text-sm">
              {askedAbout && askedAbout.teaches.length > 0 && (
                <QuickPicks label={`${askedAbout.name} teaches`} items={askedAbout.teaches.map((t) => ({ id: t.id, name: t.name, detail: `level ${t.level}` }))} onPick={pick} />
              )}
              {goalsWithoutMentor.length > 0 && <QuickPicks label="Your goals without a mentor" items={goalsWithoutMentor.map((g) => ({ id: g.skillId, name: g.skillName, detail: `to ${g.targetLevel}` }))} onPick={pick} />}
            </div>
          ) : null}
        </div>
      )}

      <fieldset className="flex flex-col gap-2" aria-describedby={errors('targetLevel') ? 'request-target-error' : 'request-target-hint'}>
        <legend className="text-sm font-medium text-slate-800">Level you want to reach</legend>
        <p id="request-target-hint" className="text-xs text-slate-500">
          Mentors are suggested at this level or above{current ? `, and above your level ${current}` : ''}.
        </p>
        <div key={`${skill?.id ?? 'none'}-${suggestedTarget}`} className="grid gap-2 sm:grid-cols-5">
          {SKILL_LEVELS.map((l) => {
            const reached = current !== null && l.level <= current;
            return (
              <label
                key={l.level}
                className={`flex cursor-pointer flex-col gap-0.5 rounded-md border px-3 py-2 text-sm has-checked:border-brand-600 has-checked:bg-brand-50 has-focus-visible:outline-2 has-focus-visible:outline-brand-600 ${reached ? 'cursor-not-allowed border-slate-200 bg-slate-50 text-slate-400' : 'border-slate-300 bg-white'}`}
              >
                <input type="radio" name="targetLevel" value={l.level} disabled={reached} defaultChecked={value('targetLevel', String(suggestedTarget)) === String(l.level)} className="sr-only" />
                <span className={`font-medium ${reached ? '' : 'text-slate-900'}`}>
                  {l.level} · {l.name}
                </span>
                <span className={`text-xs ${reached ? '' : 'text-slate-600'}`}>{reached ? 'You are here already' : l.description}</span>
              </label>
            );
          })}
        </div>
        {errors('targetLevel') && (
          <p id="request-target-error" className="text-xs font-medium text-red-700">
            {errors('targetLevel')!.join(' ')}
          </p>
        )}
      </fieldset>

      <Field id="request-outcome" label="What do you want to achieve? (optional)" hint={`Helps a mentor see whether they are the right person. Up to ${OUTCOME_MAX} characters.`} errors={errors('outcome')}>
        <textarea
          id="request-outcome"
          name="outcome"
          rows={3}
          maxLength={OUTCOME_MAX}
          defaultValue={value('outcome', '')}
          placeholder="e.g. Run our team's services on the shared cluster without help by March."
          className={inputClass}
          {...describedBy('request-outcome', errors('outcome'))}
        />
      </Field>

      <fieldset className="flex flex-col gap-2">
        <legend className="text-sm font-medium text-slate-800">Format</legend>
        <div className="grid gap-2 sm:grid-cols-2">
          {FORMATS.map((f) => (
            <label key={f.value} className="flex cursor-pointer items-start gap-2 rounded-md border border-slate-300 bg-white px-3 py-2 text-sm has-checked:border-brand-600 has-checked:bg-brand-50">
              <input type="radio" name="format" value={f.value} defaultChecked={value('format', 'ONE_TO_ONE') === f.value} className="mt-0.5 accent-brand-600" />
              <span>
                <span className="block font-medium text-slate-900">{f.label}</span>
                <span className="block text-xs text-slate-600">{f.hint}</span>
              </span>
            </label>
          ))}
        </div>
      </fieldset>

      <fieldset className="flex flex-col gap-3">
        <legend className="text-sm font-medium text-slate-800">Preferences</legend>
        <Checkbox name="preferOutsideTeam" label="Prefer someone outside my team" hint="Mentors from other departments score higher; a new connection across the org." checked={value('preferOutsideTeam', '') === 'on'} />
        <Checkbox name="acceptsAsync" label="Fine with async (no shared hours needed)" hint="Mostly written feedback and recorded walkthroughs, so mentors in far-away time zones qualify too." checked={value('acceptsAsync', '') === 'on'} />
      </fieldset>

      {alreadyOpen ? (
        <div className="flex flex-col gap-2 rounded-md border border-brand-100 bg-brand-50 px-3 py-3 text-sm text-slate-800 sm:flex-row sm:items-center sm:justify-between" data-testid="already-open">
          <p>You already have an open request for {skill!.name}; its suggestions are waiting for you.</p>
          <Link
            href={`/o/${orgSlug}/mentors/requests/${alreadyOpen.id}${askedAbout ? `?mentor=${askedAbout.id}` : ''}`}
            className="inline-flex shrink-0 items-center gap-1.5 rounded-sm font-medium text-brand-700 underline underline-offset-2 focus-visible:outline-2 focus-visible:outline-brand-600"
          >
            Open that request <ArrowRight aria-hidden className="size-4" />
          </Link>
        </div>
      ) : (
        <div className="flex flex-wrap items-center gap-3">
          <Button type="submit" disabled={pending}>
            {pending ? <Loader2 aria-hidden className="size-4 animate-spin" /> : <Sparkles aria-hidden className="size-4" />}
            Find mentors
          </Button>
          <FormFeedback state={state?.ok ? null : state} />
        </div>
      )}
    </form>
  );
}

function QuickPicks({ label, items, onPick }: { label: string; items: { id: string; name: string; detail: string }[]; onPick: (item: { id: string; name: string }) => void }) {
  return (
    <div className="flex flex-wrap items-center gap-2">
      <span className="text-xs font-medium text-slate-600">{label}:</span>
      {items.map((item) => (
        <button
          key={item.id}
          type="button"
          onClick={() => onPick(item)}
          className="rounded-full border border-slate-300 bg-white px-2.5 py-0.5 text-xs font-medium text-slate-800 hover:border-brand-600 hover:bg-brand-50 focus-visible:outline-2 focus-visible:outline-brand-600"
        >
          {item.name} <span className="font-normal text-slate-600">· {item.detail}</span>
        </button>
      ))}
    </div>
  );
}

function Checkbox({ name, label, hint, checked }: { name: string; label: string; hint: string; checked: boolean }) {
  return (
    <label className="flex items-start gap-2.5 text-sm">
      <input type="checkbox" name={name} defaultChecked={checked} aria-describedby={`${name}-hint`} className="mt-0.5 size-4 accent-brand-600" />
      <span>
        <span className="block font-medium text-slate-900">{label}</span>
        <span id={`${name}-hint`} className="block text-xs text-slate-600">
          {hint}
        </span>
      </span>
    </label>
  );
}
