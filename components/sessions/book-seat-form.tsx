'use client';

import { Loader2, Ticket } from 'lucide-react';
import { useActionState } from 'react';
import type { FormAction } from '../ui/action-types';
import { Button } from '../ui/button';
import { FormFeedback } from '../profile/form-feedback';

/** "Book a seat", or "Join the waitlist" when the session is full; says which one the person got. */
export function BookSeatForm({ orgSlug, sessionId, full, action }: { orgSlug: string; sessionId: string; full: boolean; action: FormAction<{ status: 'BOOKED' | 'WAITLISTED'; repeated: boolean }> }) {
  const [state, formAction, pending] = useActionState(action, null);
  const success = state?.ok ? (state.data.status === 'BOOKED' ? 'You have a seat. See you there!' : 'The session is full: you are on the waitlist and get the next free seat.') : undefined;
  return (
    <form action={formAction} className="flex flex-col gap-2">
      <input type="hidden" name="orgSlug" value={orgSlug} />
      <input type="hidden" name="sessionId" value={sessionId} />
      <Button type="submit" disabled={pending} variant={full ? 'secondary' : 'primary'} className="w-full">
        {pending ? <Loader2 aria-hidden className="size-4 animate-spin" /> : <Ticket aria-hidden className="size-4" />}
        {full ? 'Join the waitlist' : 'Book a seat'}
      </Button>
      <FormFeedback state={state} success={success} />
    </form>
  );
}
