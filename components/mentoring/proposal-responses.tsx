'use client';

import { Check, CheckCircle2, Loader2, X } from 'lucide-react';
import Link from 'next/link';
import { createContext, use, useActionState, useState, type ReactNode } from 'react';
import type { ActionResult } from '@/lib/auth/tenant-action';
import type { ProposalAnswer } from '@/lib/mentoring';
import type { FormAction } from '../ui/action-types';
import { Button } from '../ui/button';
import { Field, describedBy, inputClass } from '../ui/field';

const MESSAGE_MAX = 2000;

interface Responses {
  orgSlug: string;
  state: ActionResult<ProposalAnswer> | null;
  formAction: (formData: FormData) => void;
  pending: boolean;
}

const ResponsesContext = createContext<Responses | null>(null);

/**
 * Holds the answers to the proposals inside it. An answered proposal leaves the list when the page refreshes,
 * so what was done (and the link to the new match) is said here, above the list, where it stays.
 */
export function ProposalResponses({ orgSlug, action, children }: { orgSlug: string; action: FormAction<ProposalAnswer>; children: ReactNode }) {
  const [state, formAction, pending] = useActionState(action, null);
  const answer = state?.ok ? state.data : null;
  return (
    <ResponsesContext value={{ orgSlug, state, formAction, pending }}>
      <p role="status" aria-live="polite" className="text-sm empty:sr-only">
        {answer && (
          <span className="inline-flex flex-wrap items-center gap-x-1.5 text-emerald-700">
            <CheckCircle2 aria-hidden className="size-4 shrink-0" />
            {answer.status === 'ACCEPTED' ? (
              <>
                You accepted {answer.learnerName}’s request; they have been emailed.{' '}
                <Link href={`/o/${orgSlug}/mentors/matches/${answer.matchId}`} className="font-medium underline underline-offset-2">
                  Open the match
                </Link>
              </>
            ) : (
              <>You declined {answer.learnerName}’s request; they have been emailed and can ask someone else.</>
            )}
          </span>
        )}
      </p>
      {children}
    </ResponsesContext>
  );
}

/** Accept or decline one proposal, with an optional note to the learner; declining can also block them. */
export function ProposalResponseForm({ matchId, learnerName }: { matchId: string; learnerName: string }) {
  const responses = use(ResponsesContext);
  const [clicked, setClicked] = useState<'accept' | 'decline' | null>(null);
  if (!responses) throw new Error('ProposalResponseForm needs a ProposalResponses around it');
  const { orgSlug, state, formAction, pending } = responses;
  const failed = state && !state.ok && state.values.matchId === matchId ? state : null;
  const errors = failed?.fieldErrors.message;
  const first = learnerName.split(' ')[0];
  const id = `reply-${matchId}`;
  const busy = (decision: 'accept' | 'decline') => pending && clicked === decision;
  return (
    <form action={formAction} className="flex flex-col gap-3" noValidate>
      <input type="hidden" name="orgSlug" value={orgSlug} />
      <input type="hidden" name="matchId" value={matchId} />
      <Field id={id} label={`Message to ${first} (optional)`} hint="Sent with your answer, e.g. when you could start." errors={errors}>
        <textarea id={id} name="message" rows={2} maxLength={MESSAGE_MAX} defaultValue={failed?.values.message ?? ''} className={inputClass} {...describedBy(id, errors)} />
      </Field>
      <label className="flex items-start gap-2 text-sm text-slate-700">
        <input type="checkbox" name="block" defaultChecked={failed?.values.block === 'on'} className="mt-0.5 size-4 rounded border-slate-300 accent-brand-600" />
        <span>When I decline, don’t suggest {first} and me to each other again</span>
      </label>
      <div className="flex flex-wrap items-center gap-2">
        <Button type="submit" name="decision" value="accept" disabled={pending} onClick={() => setClicked('accept')}>
          {busy('accept') ? <Loader2 aria-hidden className="size-4 animate-spin" /> : <Check aria-hidden className="size-4" />}
          Accept
        </Button>
        <Button type="submit" name="decision" value="decline" variant="secondary" disabled={pending} onClick={() => setClicked('decline')}>
          {busy('decline') ? <Loader2 aria-hidden className="size-4 animate-spin" /> : <X aria-hidden className="size-4" />}
          Decline
        </Button>
        {failed && !errors?.length && (
          <p role="alert" className="basis-full text-sm text-red-700">
            {failed.error}
          </p>
        )}
      </div>
    </form>
  );
}
