'use client';

import { Loader2, Send } from 'lucide-react';
import { useActionState, useEffect, useRef, useState } from 'react';
import type { FormAction } from '../ui/action-types';
import { Button } from '../ui/button';
import { Field, describedBy, inputClass } from '../ui/field';
import { FormFeedback, formErrors } from '../profile/form-feedback';

const MESSAGE_MAX = 2000;

/**
 * "Send request" on a suggestion: opens an inline form for a note to the mentor (focus moves into it;
 * Escape or Cancel closes it and returns focus to the button).
 */
export function SendRequestForm({ orgSlug, requestId, mentor, action }: { orgSlug: string; requestId: string; mentor: { id: string; name: string }; action: FormAction<{ matchId: string }> }) {
  const [open, setOpen] = useState(false);
  const [state, formAction, pending] = useActionState(action, null);
  const { errors, value } = formErrors(state);
  const textarea = useRef<HTMLTextAreaElement>(null);
  const opener = useRef<HTMLButtonElement>(null);
  const id = `message-${mentor.id}`;
  const first = mentor.name.split(' ')[0];

  useEffect(() => {
    if (open) textarea.current?.focus();
  }, [open]);

  const close = () => {
    setOpen(false);
    requestAnimationFrame(() => opener.current?.focus());
  };

  if (!open)
    return (
      <Button ref={opener} type="button" variant="secondary" onClick={() => setOpen(true)} aria-label={`Send request to ${mentor.name}`}>
        <Send aria-hidden className="size-4" /> Send request
      </Button>
    );

  return (
    <form
      action={formAction}
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.preventDefault();
          close();
        }
      }}
      className="flex w-full flex-col gap-3 rounded-md border border-slate-200 bg-slate-50 p-3"
      noValidate
    >
      <input type="hidden" name="orgSlug" value={orgSlug} />
      <input type="hidden" name="requestId" value={requestId} />
      <input type="hidden" name="mentorId" value={mentor.id} />
      <Field id={id} label={`Message to ${first} (optional)`} hint={`Say what you hope to get from it. ${first} has a few days to answer.`} errors={errors('message')}>
        <textarea ref={textarea} id={id} name="message" rows={3} maxLength={MESSAGE_MAX} defaultValue={value('message', '')} className={inputClass} {...describedBy(id, errors('message'))} />
      </Field>
      <div className="flex flex-wrap items-center gap-2">
        <Button type="submit" disabled={pending}>
          {pending ? <Loader2 aria-hidden className="size-4 animate-spin" /> : <Send aria-hidden className="size-4" />}
          Send to {first}
        </Button>
        <Button type="button" variant="ghost" onClick={close}>
          Cancel
        </Button>
        <FormFeedback state={state} />
      </div>
    </form>
  );
}
