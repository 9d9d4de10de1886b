'use client';

import { Loader2, XCircle } from 'lucide-react';
import { useActionState, useState } from 'react';
import type { FormAction } from '../ui/action-types';
import { Button } from '../ui/button';
import { Field, describedBy, inputClass } from '../ui/field';
import { FormFeedback, formErrors } from '../profile/form-feedback';

/** "Cancel session" opens a reason field; the reason goes to the others by email. */
export function CancelSessionForm({ orgSlug, sessionId, title, action }: { orgSlug: string; sessionId: string; title: string; action: FormAction<{ notified: number }> }) {
  const [open, setOpen] = useState(false);
  const [state, formAction, pending] = useActionState(action, null);
  const { errors, value } = formErrors(state);
  const id = `reason-${sessionId}`;
  if (!open)
    return (
      <Button type="button" variant="secondary" onClick={() => setOpen(true)} aria-label={`Cancel ${title}`}>
        <XCircle aria-hidden className="size-4" /> Cancel session
      </Button>
    );
  return (
    <form action={formAction} className="flex w-full flex-col gap-3 rounded-md border border-slate-200 bg-slate-50 p-3" noValidate>
      <input type="hidden" name="orgSlug" value={orgSlug} />
      <input type="hidden" name="sessionId" value={sessionId} />
      <Field id={id} label="Why are you canceling?" hint="The others get this by email." errors={errors('reason')}>
        <textarea id={id} name="reason" rows={2} maxLength={1000} autoFocus defaultValue={value('reason', '')} className={inputClass} {...describedBy(id, errors('reason'))} />
      </Field>
      <div className="flex flex-wrap items-center gap-2">
        <Button type="submit" disabled={pending}>
          {pending && <Loader2 aria-hidden className="size-4 animate-spin" />} Cancel the session
        </Button>
        <Button type="button" variant="ghost" onClick={() => setOpen(false)}>
          Keep it
        </Button>
        <FormFeedback state={state} />
      </div>
    </form>
  );
}
