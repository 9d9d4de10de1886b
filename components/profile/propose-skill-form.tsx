'use client';

import { Loader2 } from 'lucide-react';
import { useActionState } from 'react';
import type { ActionResult } from '@/lib/auth/tenant-action';
import type { SkillChoice } from '@/lib/profiles/list-skill-choices';
import { exactSkillChoice } from '@/lib/profiles/match-skill-choices';
import type { FormAction } from '../ui/action-types';
import { Button } from '../ui/button';
import { Field, describedBy, inputClass } from '../ui/field';
import { FormFeedback, formErrors } from './form-feedback';

type Proposed = { id: string; name: string };

/**
 * Proposes a skill the list lacks. On success the new (proposed) skill is picked at once; when the name
 * turns out to exist already, the existing skill is offered instead.
 */
export function ProposeSkillForm({
  orgSlug,
  name,
  choices,
  action,
  onProposed,
  onUseExisting,
  onCancel,
}: {
  orgSlug: string;
  name: string;
  choices: readonly SkillChoice[];
  action: FormAction<Proposed>;
  onProposed: (skill: Proposed) => void;
  onUseExisting: (choice: SkillChoice) => void;
  onCancel: () => void;
}) {
  const [state, formAction, pending] = useActionState(async (previous: ActionResult<Proposed> | null, formData: FormData) => {
    const result = await action(previous, formData);
    if (result.ok) onProposed(result.data);
    return result;
  }, null);
  const { failed, errors, value } = formErrors(state);
  const existing = failed?.fieldErrors.name ? exactSkillChoice(choices, failed.values.name ?? '') : undefined;
  return (
    <form action={formAction} className="flex flex-col gap-4 rounded-md border border-slate-200 bg-slate-50 p-4" noValidate>
      <input type="hidden" name="orgSlug" value={orgSlug} />
      <div>
        <h3 className="text-sm font-semibold text-slate-900">Propose a new skill</h3>
        <p className="mt-0.5 text-sm text-slate-600">You can use it on your profile right away, marked “proposed”, while a network steward reviews it.</p>
      </div>
      <Field id="propose-name" label="Skill name" errors={errors('name')}>
        <input id="propose-name" name="name" maxLength={80} defaultValue={value('name', name)} className={inputClass} {...describedBy('propose-name', errors('name'), false)} />
      </Field>
      {existing && (
        <p className="-mt-2 text-sm">
          <button type="button" onClick={() => onUseExisting(existing)} className="font-medium text-brand-700 underline underline-offset-2 hover:text-brand-800">
            Use “{existing.name}” instead
          </button>
        </p>
      )}
      <Field id="propose-description" label="What it covers (optional)" hint="A sentence that helps the steward place it, up to 500 characters." errors={errors('description')}>
        <textarea id="propose-description" name="description" rows={2} maxLength={500} defaultValue={value('description', '')} className={inputClass} {...describedBy('propose-description', errors('description'))} />
      </Field>
      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" disabled={pending}>
          {pending && <Loader2 aria-hidden className="size-4 animate-spin" />}
          Propose skill
        </Button>
        <Button type="button" variant="ghost" onClick={onCancel}>
          Cancel
        </Button>
        <FormFeedback state={state} />
      </div>
    </form>
  );
}
