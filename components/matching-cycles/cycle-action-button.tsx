'use client';

import { DoorClosed, DoorOpen, Loader2, Play, Send } from 'lucide-react';
import { useActionState } from 'react';
import type { FormAction } from '../ui/action-types';
import { Button } from '../ui/button';

// Icons by name: a server page cannot hand a component (a function) to a client component.
const ICONS = { open: DoorOpen, close: DoorClosed, run: Play, publish: Send } as const;

/** One full-size button that posts a round action (open, close, run, publish), with an optional confirmation and its result beside it. */
export function CycleActionButton<R>({
  action,
  fields,
  label,
  icon,
  variant = 'secondary',
  confirmText,
  disabled = false,
}: {
  action: FormAction<R>;
  fields: Record<string, string>;
  label: string;
  icon: keyof typeof ICONS;
  variant?: 'primary' | 'secondary';
  confirmText?: string;
  disabled?: boolean;
}) {
  const [state, formAction, pending] = useActionState(action, null);
  const Icon = ICONS[icon];
  return (
    <form
      action={formAction}
      onSubmit={(event) => {
        if (confirmText && !window.confirm(confirmText)) event.preventDefault();
      }}
      className="flex flex-wrap items-center gap-2"
    >
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <Button type="submit" variant={variant} disabled={pending || disabled}>
        {pending ? <Loader2 aria-hidden className="size-4 animate-spin" /> : <Icon aria-hidden className="size-4" />}
        {label}
      </Button>
      <span role="status" aria-live="polite" className="text-sm empty:sr-only">
        {state?.ok === false && <span className="text-red-700">{state.error}</span>}
      </span>
    </form>
  );
}
