'use client';

import { Loader2 } from 'lucide-react';
import { useActionState, useState } from 'react';
import type { ActionResult } from '@/lib/auth/tenant-action';
import { MIN_TEACHING_LEVEL, SKILL_LEVELS, levelName } from '@/lib/skills/levels';
import type { FormAction } from '../ui/action-types';
import { Button } from '../ui/button';
import { inputClass } from '../ui/field';
import { FormFeedback, formErrors } from './form-feedback';

export interface SkillDraft {
  /** "1"–"5", "new", or "" before a choice. */
  level: string;
  canTeach: boolean;
  wantsToLearn: boolean;
  targetLevel: string;
}

export const EMPTY_DRAFT: SkillDraft = { level: '', canTeach: false, wantsToLearn: false, targetLevel: '' };

function FieldError({ id, messages }: { id: string; messages?: string[] }) {
  if (!messages?.length) return null;
  return (
    <p id={id} className="text-xs font-medium text-red-700">
      {messages.join(' ')}
    </p>
  );
}

/**
 * Level, teaching and learning for one skill. The choices keep each other valid as the person picks (no
 * "New to it" unless learning, no teaching below level 3, targets only above the level); the server checks
 * the same rules. Everything is controlled state, so a refused save keeps what was chosen.
 */
export function SkillDetailsForm({
  idPrefix,
  orgSlug,
  skill,
  initial,
  action,
  submitLabel,
  onSaved,
  onCancel,
}: {
  idPrefix: string;
  orgSlug: string;
  skill: { id: string; name: string };
  initial: SkillDraft;
  action: FormAction<{ skillId: string; name: string }>;
  submitLabel: string;
  onSaved: (message: string) => void;
  onCancel: () => void;
}) {
  const [draft, setDraft] = useState(initial);
  const [state, formAction, pending] = useActionState(async (previous: ActionResult<{ skillId: string; name: string }> | null, formData: FormData) => {
    const result = await action(previous, formData);
    if (result.ok) onSaved(`${result.data.name} saved on your profile.`);
    return result;
  }, null);
  const { errors } = formErrors(state);
  const level = draft.level === 'new' || draft.level === '' ? 0 : Number(draft.level);
  const canTeachAllowed = level >= MIN_TEACHING_LEVEL;
  const targets = SKILL_LEVELS.filter((l) => l.level > level);

  function update(change: Partial<SkillDraft>) {
    setDraft((current) => {
      const next = { ...current, ...change };
      const nextLevel = next.level === 'new' || next.level === '' ? 0 : Number(next.level);
      if (nextLevel < MIN_TEACHING_LEVEL) next.canTeach = false;
      if (!next.wantsToLearn) {
        next.targetLevel = '';
        if (next.level === 'new') next.level = '';
      }
      if (next.targetLevel && Number(next.targetLevel) <= nextLevel) next.targetLevel = '';
      return next;
    });
  }

  const id = (name: string) => `${idPrefix}-${name}`;
  return (
    <form action={formAction} className="flex flex-col gap-4" noValidate>
      <input type="hidden" name="orgSlug" value={orgSlug} />
      <input type="hidden" name="skillId" value={skill.id} />
      <FieldError id={id('skillId-error')} messages={errors('skillId')} />
      <div className="grid gap-5 md:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]">
        <fieldset aria-describedby={errors('level') ? id('level-error') : undefined}>
          <legend className="text-sm font-medium text-slate-800">Your level in {skill.name}</legend>
          <div className="mt-2 flex flex-col gap-1">
            {SKILL_LEVELS.map((l) => (
              <label key={l.level} className={`flex cursor-pointer items-start gap-2.5 rounded-md border px-3 py-2 text-sm ${draft.level === String(l.level) ? 'border-brand-600 bg-brand-50' : 'border-slate-200 hover:bg-slate-50'}`}>
                <input type="radio" name="level" value={l.level} checked={draft.level === String(l.level)} onChange={() => update({ level: String(l.level) })} className="mt-0.5 accent-brand-600" />
                <span>
                  <span className="font-medium text-slate-900">
                    {l.level} · {l.name}
                  </span>
                  <span className="block text-slate-600 sm:inline sm:before:content-['_—_']">{l.description}</span>
                </span>
              </label>
            ))}
            <label className={`flex items-start gap-2.5 rounded-md border px-3 py-2 text-sm ${draft.wantsToLearn ? 'cursor-pointer' : 'cursor-not-allowed bg-slate-50'} ${draft.level === 'new' ? 'border-brand-600 bg-brand-50' : 'border-slate-200'}`}>
              <input type="radio" name="level" value="new" checked={draft.level === 'new'} disabled={!draft.wantsToLearn} onChange={() => update({ level: 'new' })} className="mt-0.5 accent-brand-600" />
              <span>
                <span className={`font-medium ${draft.wantsToLearn ? 'text-slate-900' : 'text-slate-600'}`}>New to it</span>
                <span className="block text-slate-600 sm:inline sm:before:content-['_—_']">{draft.wantsToLearn ? 'You have not started yet.' : 'Only for a skill you want to learn: tick “I want to learn this”.'}</span>
              </span>
            </label>
          </div>
          <FieldError id={id('level-error')} messages={errors('level')} />
        </fieldset>

        <div className="flex flex-col gap-4">
          <div>
            <div className="flex items-start gap-2.5">
              <input id={id('wantsToLearn')} name="wantsToLearn" type="checkbox" checked={draft.wantsToLearn} onChange={(e) => update({ wantsToLearn: e.target.checked })} className="mt-0.5 size-4 shrink-0 accent-brand-600" />
              <label htmlFor={id('wantsToLearn')} className="text-sm font-medium text-slate-800">
                I want to learn this
              </label>
            </div>
            <div className="mt-2 ml-6.5 flex flex-col gap-1.5">
              <label htmlFor={id('targetLevel')} className={`text-sm ${draft.wantsToLearn ? 'text-slate-800' : 'text-slate-500'}`}>
                Target level
              </label>
              <select
                id={id('targetLevel')}
                name="targetLevel"
                value={draft.targetLevel}
                disabled={!draft.wantsToLearn || targets.length === 0}
                onChange={(e) => update({ targetLevel: e.target.value })}
                aria-invalid={errors('targetLevel') ? true : undefined}
                aria-describedby={errors('targetLevel') ? id('targetLevel-error') : id('targetLevel-hint')}
                className={`${inputClass} disabled:bg-slate-50 disabled:text-slate-500`}
              >
                <option value="">No target yet</option>
                {targets.map((l) => (
                  <option key={l.level} value={l.level}>
                    {l.level} · {l.name}
                  </option>
                ))}
              </select>
              {errors('targetLevel') ? (
                <FieldError id={id('targetLevel-error')} messages={errors('targetLevel')} />
              ) : (
                <p id={id('targetLevel-hint')} className="text-xs text-slate-500">
                  {targets.length === 0 ? 'You are at the top level already.' : `Above your current level${level ? ` (${levelName(level)})` : ''}.`}
                </p>
              )}
            </div>
          </div>
          <div>
            <div className="flex items-start gap-2.5">
              <input
                id={id('canTeach')}
                name="canTeach"
                type="checkbox"
                checked={draft.canTeach}
                disabled={!canTeachAllowed}
                onChange={(e) => update({ canTeach: e.target.checked })}
                aria-describedby={errors('canTeach') ? id('canTeach-error') : id('canTeach-hint')}
                className="mt-0.5 size-4 shrink-0 accent-brand-600"
              />
              <label htmlFor={id('canTeach')} className={`text-sm font-medium ${canTeachAllowed ? 'text-slate-800' : 'text-slate-500'}`}>
                I can teach this
              </label>
            </div>
            {errors('canTeach') ? (
              <div className="ml-6.5">
                <FieldError id={id('canTeach-error')} messages={errors('canTeach')} />
              </div>
            ) : (
              <p id={id('canTeach-hint')} className="mt-1 ml-6.5 text-xs text-slate-500">
                {canTeachAllowed ? 'Colleagues can find you as a mentor or session host for it.' : `Teaching needs level ${MIN_TEACHING_LEVEL} (${levelName(MIN_TEACHING_LEVEL)}) or higher.`}
              </p>
            )}
          </div>
        </div>
      </div>
      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" disabled={pending}>
          {pending && <Loader2 aria-hidden className="size-4 animate-spin" />}
          {pending ? 'Saving…' : submitLabel}
        </Button>
        <Button type="button" variant="ghost" onClick={onCancel}>
          Cancel
        </Button>
        <FormFeedback state={state?.ok ? null : state} />
      </div>
    </form>
  );
}
