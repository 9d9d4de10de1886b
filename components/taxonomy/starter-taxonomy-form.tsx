'use client';

import { Loader2, Sparkles } from 'lucide-react';
import { useActionState, useId, type ReactNode } from 'react';
import type { FormAction } from '../ui/action-types';
import { Button } from '../ui/button';

/**
 * The empty taxonomy's main action: fill it with the starter taxonomy. On success the page re-renders with
 * the tree, so only a refusal is shown here.
 */
export function StarterTaxonomyForm<R>({ orgSlug, action, label, children }: { orgSlug: string; action: FormAction<R>; label: string; children: ReactNode }) {
  const [state, formAction, pending] = useActionState(action, null);
  const hintId = useId();
  return (
    <form action={formAction} className="flex flex-col items-center gap-1.5">
      <input type="hidden" name="orgSlug" value={orgSlug} />
      <Button type="submit" disabled={pending} aria-describedby={hintId}>
        {pending ? <Loader2 aria-hidden className="size-4 shrink-0 animate-spin" /> : <Sparkles aria-hidden className="size-4 shrink-0" />}
        {label}
      </Button>
      <p id={hintId} className="max-w-sm text-xs text-slate-500">
        {children}
      </p>
      <p role="alert" className="max-w-md text-sm text-red-700 empty:hidden">
        {state && !state.ok ? state.error : null}
      </p>
    </form>
  );
}
