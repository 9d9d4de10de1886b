'use client';

import { CheckCircle2, Loader2 } from 'lucide-react';
import Link from 'next/link';
import { useActionState, useState } from 'react';
import type { FormAction } from '../ui/action-types';
import { Button } from '../ui/button';
import { Field, describedBy, inputClass } from '../ui/field';
import { SkillPicker, type SkillOption } from './skill-picker';

export interface ParentOption {
  id: string;
  name: string;
  kind: 'CATEGORY' | 'SKILL';
  depth: number;
}

export interface SkillFormValues {
  id: string;
  name: string;
  kind: 'CATEGORY' | 'SKILL';
  parentId: string | null;
  description: string | null;
  synonyms: string[];
  related: string[];
}

/**
 * Adds a skill or category (no `skill`) or edits one. The parent list leaves out the skill itself and
 * everything inside it; the server still checks for cycles, duplicates and taken synonyms.
 */
export function SkillForm<R extends { id: string; name: string }>({
  orgSlug,
  action,
  skill,
  parents,
  relatedOptions,
  skillHref,
}: {
  orgSlug: string;
  action: FormAction<R>;
  skill?: SkillFormValues;
  parents: ParentOption[];
  relatedOptions: SkillOption[];
  skillHref: string;
}) {
  const [state, formAction, pending] = useActionState(action, null);
  const failed = state && !state.ok ? state : null;
  const errors = (name: string) => failed?.fieldErrors[name];
  const value = (name: string, fallback: string) => failed?.values[name] ?? fallback;
  const [kind, setKind] = useState<'CATEGORY' | 'SKILL'>((value('kind', skill?.kind ?? 'SKILL') as 'CATEGORY' | 'SKILL') ?? 'SKILL');
  const parentChoices = kind === 'CATEGORY' ? parents.filter((p) => p.kind === 'CATEGORY') : parents;
  // A new skill's form starts empty again after it is saved.
  const formKey = !skill && state?.ok ? `saved-${state.data.id}` : 'form';
  const word = kind === 'CATEGORY' ? 'category' : 'skill';

  return (
    <form key={formKey} action={formAction} className="flex flex-col gap-4" noValidate>
      <input type="hidden" name="orgSlug" value={orgSlug} />
      {skill && <input type="hidden" name="skillId" value={skill.id} />}
      {!skill && (
        <fieldset className="flex flex-col gap-1.5">
          <legend className="mb-1.5 text-sm font-medium text-slate-800">Kind</legend>
          <div className="flex gap-4">
            {(['SKILL', 'CATEGORY'] as const).map((k) => (
              <label key={k} className="flex items-center gap-2 text-sm text-slate-800">
                <input type="radio" name="kind" value={k} checked={kind === k} onChange={() => setKind(k)} className="size-4 accent-brand-600" />
                {k === 'SKILL' ? 'Skill' : 'Category'}
              </label>
            ))}
          </div>
        </fieldset>
      )}
      <div className="grid gap-4 sm:grid-cols-2">
        <Field id="skill-name" label="Name" errors={errors('name')}>
          <input id="skill-name" name="name" required maxLength={80} defaultValue={value('name', skill?.name ?? '')} className={inputClass} {...describedBy('skill-name', errors('name'), false)} />
        </Field>
        <Field id="skill-parent" label="Parent" hint={kind === 'CATEGORY' ? 'Categories sit at the top or inside another category.' : 'A category, or a broader skill.'} errors={errors('parent') ?? errors('parentId')}>
          <select id="skill-parent" name="parentId" defaultValue={value('parentId', skill?.parentId ?? '')} className={inputClass} {...describedBy('skill-parent', errors('parent') ?? errors('parentId'))}>
            <option value="">None (top level)</option>
            {parentChoices.map((p) => (
              <option key={p.id} value={p.id}>
                {`${'\u2003'.repeat(p.depth)}${p.name}`}
              </option>
            ))}
          </select>
        </Field>
      </div>
      <Field id="skill-description" label="Description" hint={`What this ${word} covers, in a sentence or two.`} errors={errors('description')}>
        <textarea id="skill-description" name="description" rows={2} maxLength={500} defaultValue={value('description', skill?.description ?? '')} className={inputClass} {...describedBy('skill-description', errors('description'))} />
      </Field>
      <Field id="skill-synonyms" label="Synonyms" hint="Other names people search for, separated by commas, e.g. K8s, kube." errors={errors('synonyms')}>
        <input id="skill-synonyms" name="synonyms" defaultValue={value('synonyms', skill?.synonyms.join(', ') ?? '')} autoComplete="off" className={inputClass} {...describedBy('skill-synonyms', errors('synonyms'))} />
      </Field>
      {kind === 'SKILL' && (
        <SkillPicker
          name="related"
          label="Related skills"
          hint="Skills that go together; matching uses them to suggest neighbours."
          options={relatedOptions}
          multiple
          defaultValue={value('related', skill?.related.join(',') ?? '').split(',').filter(Boolean)}
          errors={errors('related')}
        />
      )}
      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" disabled={pending}>
          {pending && <Loader2 aria-hidden className="size-4 animate-spin" />}
          {skill ? 'Save changes' : `Add ${word}`}
        </Button>
        <div role="status" aria-live="polite" className="text-sm empty:sr-only">
          {state?.ok && (
            <span className="inline-flex items-center gap-1.5 text-emerald-700">
              <CheckCircle2 aria-hidden className="size-4" />
              {skill ? (
                state.message
              ) : (
                <span>
                  Added <Link href={`${skillHref}/${state.data.id}`} className="font-medium underline">{state.data.name}</Link>.
                </span>
              )}
            </span>
          )}
          {failed && <span className="text-red-700">{failed.error}</span>}
        </div>
      </div>
    </form>
  );
}
