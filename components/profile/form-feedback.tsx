import { SuccessNotice } from '@/components/ui/success-notice';
import type { ActionResult } from '@/lib/auth/tenant-action';

/**
 * A form's result beside its submit button: the success message (announced politely), or the form-level
 * error when no field carries the problem (field messages sit under their fields).
 */
export function FormFeedback({ state, success }: { state: ActionResult<unknown> | null; success?: string }) {
  const failed = state && !state.ok && !Object.keys(state.fieldErrors).length ? state : null;
  return (
    <>
      <SuccessNotice message={state?.ok ? (success ?? state.message) : null} />
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
