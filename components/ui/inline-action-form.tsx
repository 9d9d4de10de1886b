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
  context,
  confirmText,
  tone = 'default',
  className = '',
  children,
}: {
  action: FormAction<R>;
  fields: Record<string, string>;
  label: string;
  /** Read after the label by screen readers only, so rows of identical buttons say what each acts on. */
  context?: string;
  confirmText?: string;
  tone?: 'default' | 'danger';
  className?: string;
  children?: ReactNode;
}) {
  const [state, formAction, pending] = useActionState(action, null);
  return (
    <form
      action={formAction}
      onSubmit={(event) => {
        if (confirmText && !window.confirm(confirmText)) event.preventDefault();
      }}
      className={`inline-flex flex-wrap items-center gap-2 ${className}`}
    >
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {children}
      <button
        type="submit"
        disabled={pending}
        className={`inline-flex h-7 shrink-0 items-center gap-1.5 rounded-md border bg-white px-2.5 text-xs font-medium disabled:opacity-60 ${
          tone === 'danger' ? 'border-slate-300 text-red-700 hover:border-red-300 hover:bg-red-50' : 'border-slate-300 text-slate-700 hover:bg-slate-50'
        }`}
      >
        {pending && <Loader2 aria-hidden className="size-3 animate-spin" />}
        {label}
        {context && <span className="sr-only"> {context}</span>}
      </button>
      {/* Out of the flow while empty, so an idle row's buttons line up (no gap for a message that is not there). */}
      <span role="status" aria-live="polite" className="text-xs empty:sr-only">
        {state?.ok === false && <span className="text-red-700">{state.error}</span>}
        {state?.ok && <span className="text-emerald-700">{state.message}</span>}
      </span>
    </form>
  );
}
