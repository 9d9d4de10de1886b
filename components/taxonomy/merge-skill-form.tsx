'use client';

import { GitMerge, Loader2 } from 'lucide-react';
import { useRouter } from 'next/navigation';
import { useActionState, useEffect, useState } from 'react';
import type { FormAction } from '../ui/action-types';
import { Button } from '../ui/button';
import { SkillPicker, type SkillOption } from './skill-picker';

export interface MergeSource {
  id: string;
  name: string;
  people: number;
  goals: number;
  synonyms: string[];
  /** Ids of its related skills. */
  related: string[];
  children: number;
}

export interface MergeTarget extends SkillOption {
  people: number;
}

const plural = (n: number, one: string, many = `${one}s`) => `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`;

/**
 * Merge this skill into another: choose the skill to keep, read what will move, then confirm. After the
 * merge this skill no longer exists, so the page moves on to the surviving skill.
 */
export function MergeSkillForm<R extends { targetId: string }>({
  orgSlug,
  action,
  source,
  targets,
  skillHref,
  submitLabel = 'Merge',
}: {
  orgSlug: string;
  action: FormAction<R>;
  source: MergeSource;
  targets: MergeTarget[];
  /** Skill pages live at `${skillHref}/<id>`: after merging, go to the surviving skill's page. Without it the current page refreshes. */
  skillHref?: string;
  submitLabel?: string;
}) {
  const [state, formAction, pending] = useActionState(action, null);
  const [targetId, setTargetId] = useState<string | null>(null);
  const router = useRouter();
  const target = targets.find((t) => t.id === targetId) ?? null;
  const failed = state && !state.ok ? state : null;
  // A relation between the two skills disappears rather than moving.
  const related = source.related.filter((id) => id !== target?.id).length;

  useEffect(() => {
    if (!state?.ok) return;
    if (skillHref) router.push(`${skillHref}/${state.data.targetId}?merged=${encodeURIComponent(source.name)}`);
    else router.refresh();
  }, [state, skillHref, source.name, router]);

  return (
    <form action={formAction} className="flex flex-col gap-4">
      <input type="hidden" name="orgSlug" value={orgSlug} />
      <input type="hidden" name="sourceId" value={source.id} />
      <SkillPicker name="targetId" label="Skill to keep" options={targets} onChange={(ids) => setTargetId(ids[0] ?? null)} errors={failed?.fieldErrors.targetId} hint="Only approved skills of the same kind can be kept." />
      {target && (
        <div className="rounded-md border border-amber-200 bg-amber-50 p-4 text-sm text-amber-950" data-testid="merge-summary">
          <p className="font-semibold">
            Merge “{source.name}” into “{target.name}”?
          </p>
          <ul className="mt-2 list-disc space-y-1 pl-5">
            <li>
              {plural(source.people, 'person', 'people')} and {plural(source.goals, 'learning goal')} move to {target.name} (which {target.people === 1 ? 'has 1 person' : `has ${target.people.toLocaleString('en-US')} people`}). Someone with both keeps one entry with the higher level.
            </li>
            <li>
              “{source.name}”{source.synonyms.length ? ` and its synonyms (${source.synonyms.join(', ')})` : ''} become synonyms of {target.name}, so searches for {source.synonyms.length ? 'them' : 'it'} still work.
            </li>
            {(related > 0 || source.children > 0) && (
              <li>
                {[related ? plural(related, 'related skill') : '', source.children ? plural(source.children, 'skill inside it', 'skills inside it') : ''].filter(Boolean).join(' and ')} move to {target.name}.
              </li>
            )}
            <li>“{source.name}” disappears from the taxonomy. This cannot be undone from here.</li>
          </ul>
          <Button type="submit" disabled={pending} className="mt-3">
            {pending ? <Loader2 aria-hidden className="size-4 animate-spin" /> : <GitMerge aria-hidden className="size-4" />}
            {submitLabel} into {target.name}
          </Button>
        </div>
      )}
      <div role="status" aria-live="polite" className="text-sm empty:sr-only">
        {failed && <span className="text-red-700">{failed.fieldErrors.targetId ? '' : failed.error}</span>}
        {state?.ok && <span className="text-emerald-700">{state.message}</span>}
      </div>
    </form>
  );
}
