'use client';

import { Loader2, Send } from 'lucide-react';
import { useActionState } from 'react';
import { SKILL_LEVELS } from '@/lib/skills/levels';
import { FormFeedback, formErrors } from '../profile/form-feedback';
import type { FormAction } from '../ui/action-types';
import { Button } from '../ui/button';
import { Field, describedBy, inputClass } from '../ui/field';

/** "Ask for a mentor in this round": a compact request form (the same input as a direct request, with the round's id). */
export function CycleAskForm<R>({ orgSlug, cycleId, skills, action }: { orgSlug: string; cycleId: string; skills: { id: string; name: string; group: string }[]; action: FormAction<R> }) {
  const [state, formAction, pending] = useActionState(action, null);
  const { errors, value } = formErrors(state);
  const id = (name: string) => `ask-${cycleId}-${name}`;
  const groups = [...new Set(skills.map((s) => s.group))];
  return (
    <form key={state?.ok ? JSON.stringify(state.data) : 'form'} action={formAction} className="flex flex-col gap-3" noValidate>
      <input type="hidden" name="orgSlug" value={orgSlug} />
      <input type="hidden" name="cycleId" value={cycleId} />
      <div className="grid gap-3 sm:grid-cols-[minmax(0,1fr)_12rem]">
        <Field id={id('skill')} label="Skill" errors={errors('skillId')}>
          <select id={id('skill')} name="skillId" defaultValue={value('skillId', '')} className={inputClass} {...describedBy(id('skill'), errors('skillId'), false)}>
            <option value="">Choose a skill…</option>
            {groups.map((group) => (
              <optgroup key={group} label={group}>
                {skills.filter((s) => s.group === group).map((s) => (
                  <option key={s.id} value={s.id}>
                    {s.name}
                  </option>
                ))}
              </optgroup>
            ))}
          </select>
        </Field>
        <Field id={id('target')} label="Level to reach" errors={errors('targetLevel')}>
          <select id={id('target')} name="targetLevel" defaultValue={value('targetLevel', '3')} className={inputClass} {...describedBy(id('target'), errors('targetLevel'), false)}>
            {SKILL_LEVELS.map((l) => (
              <option key={l.level} value={l.level}>
                {l.level} · {l.name}
              </option>
            ))}
          </select>
        </Field>
      </div>
      <Field id={id('outcome')} label="What do you want to achieve? (optional)" errors={errors('outcome')}>
        <textarea id={id('outcome')} name="outcome" rows={2} maxLength={1000} defaultValue={value('outcome', '')} className={inputClass} {...describedBy(id('outcome'), errors('outcome'), false)} />
      </Field>
      <div className="flex flex-col gap-2 text-sm sm:flex-row sm:gap-6">
        <label className="flex items-center gap-2">
          <input type="checkbox" name="preferOutsideTeam" defaultChecked={value('preferOutsideTeam', '') === 'on'} className="size-4 accent-brand-600" />
          Prefer someone outside my team
        </label>
        <label className="flex items-center gap-2">
          <input type="checkbox" name="acceptsAsync" defaultChecked={value('acceptsAsync', '') === 'on'} className="size-4 accent-brand-600" />
          Fine with async (no shared hours needed)
        </label>
      </div>
      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" disabled={pending}>
          {pending ? <Loader2 aria-hidden className="size-4 animate-spin" /> : <Send aria-hidden className="size-4" />}
          Sign up as a learner
        </Button>
        <FormFeedback state={state} />
      </div>
    </form>
  );
}
