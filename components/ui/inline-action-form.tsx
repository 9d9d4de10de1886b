'use client';

import { Loader2 } from 'lucide-react';
import { useActionState, type ReactNode } from 'react';
import type { FormAction } from './action-types';

/**
 * A one-button form for a row action (resend, revoke, deactivate…): hidden fields, an optional
 * confirmation, a pending state, and the result said next to the button.
 */
export function InlineActionForm<R>({
  action,
  fields,
  label,
  confirmText,
  tone = 'default',
  children,
}: {
  action: FormAction<R>;
  fields: Record<string, string>;
  label: string;
  confirmText?: string;
  tone?: 'default' | 'danger';
  children?: ReactNode;
}) {
  const [state, formAction, pending] = useActionState(action, null);
  return (
    <form
      action={formAction}
      onSubmit={(event) => {
        if (confirmText && !window.confirm(confirmText)) event.preventDefault();
      }}
      className="inline-flex flex-wrap items-center gap-2"
    >
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {children}
      <button
        type="submit"
        disabled={pending}
        className={`inline-flex items-center gap-1.5 rounded-md border px-2.5 py-1 text-xs font-medium disabled:opacity-60 ${
          tone === 'danger' ? 'border-red-200 text-red-700 hover:bg-red-50' : 'border-slate-300 text-slate-700 hover:bg-slate-50'
        }`}
      >
        {pending && <Loader2 aria-hidden className="size-3 animate-spin" />}
        {label}
      </button>
      <span role="status" aria-live="polite" className="text-xs">
        {state?.ok === false && <span className="text-red-700">{state.error}</span>}
        {state?.ok && <span className="text-emerald-700">{state.message}</span>}
      </span>
    </form>
  );
}
