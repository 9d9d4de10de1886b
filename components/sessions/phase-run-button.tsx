'use client';

import { CheckCircle2, Loader2, Play } from 'lucide-react';
import { useActionState } from 'react';
import type { FormAction } from '../ui/action-types';
import { Button } from '../ui/button';

/** The host's Start / Complete button for one phase; a refusal is said beside it. */
export function PhaseRunButton({ orgSlug, sessionId, phase, label, intent, variant = 'primary', action }: { orgSlug: string; sessionId: string; phase: string; label: string; intent: 'start' | 'complete'; variant?: 'primary' | 'secondary'; action: FormAction<void> }) {
  const [state, formAction, pending] = useActionState(action, null);
  const Icon = pending ? Loader2 : intent === 'start' ? Play : CheckCircle2;
  return (
    <form action={formAction} className="inline-flex flex-wrap items-center gap-2">
      <input type="hidden" name="orgSlug" value={orgSlug} />
      <input type="hidden" name="sessionId" value={sessionId} />
      <input type="hidden" name="phase" value={phase} />
      <Button type="submit" variant={variant} disabled={pending}>
        <Icon aria-hidden className={`size-4 ${pending ? 'animate-spin' : ''}`} /> {label}
      </Button>
      {state?.ok === false && (
        <p role="alert" className="text-sm text-red-700">
          {state.error}
        </p>
      )}
    </form>
  );
}
