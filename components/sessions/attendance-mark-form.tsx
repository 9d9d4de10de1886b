'use client';

import { Check, Loader2, UserX } from 'lucide-react';
import { useActionState } from 'react';
import type { FormAction } from '../ui/action-types';

/**
 * One attendee's attendance: two toggle buttons in one form (the pressed one is what is saved), so it is
 * two Tab stops and Enter or Space; the result is announced beside them.
 */
export function AttendanceMarkForm({
  orgSlug,
  sessionId,
  employeeId,
  name,
  attendance,
  noShowBlocked,
  action,
}: {
  orgSlug: string;
  sessionId: string;
  employeeId: string;
  name: string;
  attendance: 'ATTENDED' | 'NO_SHOW' | null;
  /** They gave feedback, so they were there. */
  noShowBlocked: boolean;
  action: FormAction<{ name: string }>;
}) {
  const [state, formAction, pending] = useActionState(action, null);
  const button = 'inline-flex h-8 items-center gap-1.5 rounded-md border px-2.5 text-xs font-medium focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-600 disabled:opacity-60';
  return (
    <form action={formAction} className="flex flex-wrap items-center gap-2">
      <input type="hidden" name="orgSlug" value={orgSlug} />
      <input type="hidden" name="sessionId" value={sessionId} />
      <input type="hidden" name="employeeId" value={employeeId} />
      <div role="group" aria-label={`Attendance of ${name}`} className="flex gap-1.5">
        <button
          type="submit"
          name="attendance"
          value="ATTENDED"
          aria-pressed={attendance === 'ATTENDED'}
          disabled={pending}
          className={`${button} ${attendance === 'ATTENDED' ? 'border-emerald-600 bg-emerald-50 text-emerald-800' : 'border-slate-300 bg-white text-slate-700 hover:bg-slate-50'}`}
        >
          <Check aria-hidden className="size-3.5" /> Attended
        </button>
        <button
          type="submit"
          name="attendance"
          value="NO_SHOW"
          aria-pressed={attendance === 'NO_SHOW'}
          disabled={pending || noShowBlocked}
          title={noShowBlocked ? `${name} gave feedback, so they were there.` : undefined}
          className={`${button} ${attendance === 'NO_SHOW' ? 'border-red-600 bg-red-50 text-red-800' : 'border-slate-300 bg-white text-slate-700 hover:bg-slate-50'}`}
        >
          <UserX aria-hidden className="size-3.5" /> No-show
        </button>
      </div>
      {pending && <Loader2 aria-hidden className="size-3.5 animate-spin text-slate-500" />}
      <span role="status" aria-live="polite" className="text-xs empty:sr-only">
        {state?.ok === false && <span className="text-red-700">{state.error}</span>}
        {state?.ok && <span className="text-emerald-700">Saved.</span>}
      </span>
    </form>
  );
}
