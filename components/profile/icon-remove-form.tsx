'use client';

import { Loader2, X } from 'lucide-react';
import { useActionState } from 'react';
import type { FormAction } from '../ui/action-types';

/** A small "×" that removes one item (e.g. an availability window), after a confirmation. */
export function IconRemoveForm({ action, fields, label, confirmText }: { action: FormAction<void>; fields: Record<string, string>; label: string; confirmText: string }) {
  const [state, formAction, pending] = useActionState(action, null);
  return (
    <form
      action={formAction}
      onSubmit={(event) => {
        if (!window.confirm(confirmText)) event.preventDefault();
      }}
      className="inline-flex items-center"
    >
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <button type="submit" disabled={pending} aria-label={label} title={label} className="rounded p-1 text-slate-500 hover:bg-red-50 hover:text-red-700 disabled:opacity-60">
        {pending ? <Loader2 aria-hidden className="size-3.5 animate-spin" /> : <X aria-hidden className="size-3.5" />}
      </button>
      <span role="status" aria-live="polite" className="text-xs text-red-700 empty:sr-only">
        {state?.ok === false && state.error}
      </span>
    </form>
  );
}
