import type { ReactNode } from 'react';

/** A labelled form control with its hint and validation messages, wired up for screen readers. */
export function Field({ id, label, hint, errors, children }: { id: string; label: string; hint?: string; errors?: string[]; children: ReactNode }) {
  return (
    <div className="flex flex-col gap-1.5">
      <label htmlFor={id} className="text-sm font-medium text-slate-800">
        {label}
      </label>
      {children}
      <FieldMessages id={id} hint={hint} errors={errors} />
    </div>
  );
}

/** A control's hint, or its validation messages when there are any, at the ids describedBy() points to. */
export function FieldMessages({ id, hint, errors }: { id: string; hint?: ReactNode; errors?: string[] }) {
  // One element per field (aria-describedby points at its id); a rule broken by several list items
  // (e.g. two bad domains) is said once.
  const messages = [...new Set(errors ?? [])];
  // Two rules broken at once read as two sentences, not "Use at least 3 characters Use lowercase letters…".
  const text = messages.length > 1 ? messages.map((m) => (/[.!?]$/.test(m) ? m : `${m}.`)).join(' ') : messages[0];
  return (
    <>
      {hint && messages.length === 0 && (
        <p id={`${id}-hint`} className="text-xs text-slate-500">
          {hint}
        </p>
      )}
      {messages.length > 0 && (
        <p id={`${id}-error`} className="text-xs font-medium text-red-700">
          {text}
        </p>
      )}
    </>
  );
}

export const inputClass =
  'w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-sm text-slate-900 shadow-xs placeholder:text-slate-400 focus:border-brand-600 focus:outline-2 focus:outline-brand-100 aria-invalid:border-red-600';

/** aria attributes for a control rendered inside <Field>; pass `hasHint: false` when the Field has no hint. */
export function describedBy(id: string, errors?: string[], hasHint = true) {
  if (errors?.length) return { 'aria-invalid': true as const, 'aria-describedby': `${id}-error` };
  return hasHint ? { 'aria-describedby': `${id}-hint` } : {};
}
