import { CheckCircle2 } from 'lucide-react';
import type { ActionResult } from '@/lib/auth/tenant-action';

/**
 * A form's result beside its submit button: the success message (announced politely), or the form-level
 * error when no field carries the problem (field messages sit under their fields).
 */
export function FormFeedback({ state, success }: { state: ActionResult<unknown> | null; success?: string }) {
  const failed = state && !state.ok && !Object.keys(state.fieldErrors).length ? state : null;
  return (
    <>
      <p role="status" aria-live="polite" className="text-sm empty:sr-only">
        {state?.ok && (
          <span className="inline-flex items-center gap-1.5 text-emerald-700">
            <CheckCircle2 aria-hidden className="size-4 shrink-0" /> {success ?? state.message}
          </span>
        )}
      </p>
      {failed && (
        <p role="alert" className="basis-full text-sm text-red-700">
          {failed.error}
        </p>
      )}
    </>
  );
}

/** The failed result's messages for one field, and what the person had typed into it. */
export function formErrors(state: ActionResult<unknown> | null) {
  const failed = state && !state.ok ? state : null;
  return {
    failed,
    errors: (name: string) => failed?.fieldErrors[name],
    value: (name: string, fallback: string) => failed?.values[name] ?? fallback,
  };
}
