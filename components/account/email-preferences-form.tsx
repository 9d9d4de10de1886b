'use client';

import { Loader2 } from 'lucide-react';
import { useActionState } from 'react';
import { FormFeedback } from '../profile/form-feedback';
import type { SessionEmailKind } from '@/lib/notifications';
import type { FormAction } from '../ui/action-types';
import { Button } from '../ui/button';

interface Kind {
  kind: SessionEmailKind;
  label: string;
  description: string;
}

/** One checkbox per kind of session email; the unticked ones are muted when saved. */
export function EmailPreferencesForm({ orgSlug, kinds, muted, action }: { orgSlug: string; kinds: readonly Kind[]; muted: SessionEmailKind[]; action: FormAction<{ muted: SessionEmailKind[] }> }) {
  const [state, formAction, pending] = useActionState(action, null);
  return (
    // Remounted when the saved choice changes, so the boxes show what is stored.
    <form key={muted.join()} action={formAction} className="flex flex-col gap-4">
      <input type="hidden" name="orgSlug" value={orgSlug} />
      <fieldset>
        <legend className="sr-only">Send me these emails</legend>
        <ul className="-my-1 divide-y divide-slate-100">
          {kinds.map((k) => (
            <li key={k.kind} className="py-2.5">
              <label className="flex cursor-pointer items-start gap-3">
                <input
                  type="checkbox"
                  name={k.kind}
                  defaultChecked={!muted.includes(k.kind)}
                  aria-describedby={`${k.kind}-description`}
                  className="mt-0.5 size-4 shrink-0 rounded border-slate-300 accent-brand-600 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-600"
                />
                <span className="min-w-0">
                  <span className="block text-sm font-medium text-slate-900">{k.label}</span>
                  <span id={`${k.kind}-description`} className="block text-sm text-slate-600">
                    {k.description}
                  </span>
                </span>
              </label>
            </li>
          ))}
        </ul>
      </fieldset>
      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" disabled={pending}>
          {pending && <Loader2 aria-hidden className="size-4 animate-spin" />} Save email preferences
        </Button>
        <FormFeedback state={state} />
      </div>
    </form>
  );
}
