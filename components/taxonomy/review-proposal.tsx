'use client';

import { Check, Loader2, X } from 'lucide-react';
import { useActionState, useState } from 'react';
import type { FormAction } from '../ui/action-types';
import { Button } from '../ui/button';
import { Field, describedBy, inputClass } from '../ui/field';
import { MergeSkillForm, type MergeSource, type MergeTarget } from './merge-skill-form';
import type { ParentOption } from './skill-form';

type Decision = 'approve' | 'merge' | 'reject';

const DECISIONS: { key: Decision; label: string }[] = [
  { key: 'approve', label: 'Approve' },
  { key: 'merge', label: 'Merge into existing' },
  { key: 'reject', label: 'Reject' },
];

/** The three ways to settle one proposal; one form shows at a time. */
export function ReviewProposal<A, M extends { targetId: string }, R>({
  orgSlug,
  proposal,
  description,
  parentId,
  parents,
  targets,
  approveAction,
  mergeAction,
  rejectAction,
}: {
  orgSlug: string;
  proposal: MergeSource;
  description: string | null;
  /** Where the proposer placed it; the approve form starts there. */
  parentId: string | null;
  parents: ParentOption[];
  targets: MergeTarget[];
  approveAction: FormAction<A>;
  mergeAction: FormAction<M>;
  rejectAction: FormAction<R>;
}) {
  const [decision, setDecision] = useState<Decision>('approve');
  return (
    <div className="flex flex-col gap-4">
      <div role="group" aria-label={`Decision for ${proposal.name}`} className="inline-flex w-fit max-w-full flex-wrap rounded-md border border-slate-300 bg-slate-50 p-0.5">
        {DECISIONS.map((d) => (
          <button
            key={d.key}
            type="button"
            aria-pressed={decision === d.key}
            onClick={() => setDecision(d.key)}
            className={`rounded px-3 py-1.5 text-sm font-medium ${decision === d.key ? 'bg-white text-slate-900 shadow-xs' : 'text-slate-600 hover:text-slate-900'}`}
          >
            {d.label}
          </button>
        ))}
      </div>
      {decision === 'approve' && <ApproveForm orgSlug={orgSlug} proposal={proposal} description={description} parentId={parentId} parents={parents} action={approveAction} />}
      {decision === 'merge' &&
        (targets.length ? (
          <MergeSkillForm orgSlug={orgSlug} action={mergeAction} source={proposal} targets={targets} />
        ) : (
          <p className="text-sm text-slate-600">There are no approved skills to merge into yet.</p>
        ))}
      {decision === 'reject' && <RejectForm orgSlug={orgSlug} proposal={proposal} action={rejectAction} />}
    </div>
  );
}

function ApproveForm<A>({ orgSlug, proposal, description, parentId, parents, action }: { orgSlug: string; proposal: MergeSource; description: string | null; parentId: string | null; parents: ParentOption[]; action: FormAction<A> }) {
  const [state, formAction, pending] = useActionState(action, null);
  const failed = state && !state.ok ? state : null;
  const id = `approve-${proposal.id}`;
  return (
    <form action={formAction} className="flex flex-col gap-3" noValidate>
      <input type="hidden" name="orgSlug" value={orgSlug} />
      <input type="hidden" name="skillId" value={proposal.id} />
      <div className="grid gap-3 sm:grid-cols-2">
        <Field id={`${id}-parent`} label="Place it under" errors={failed?.fieldErrors.parentId}>
          <select id={`${id}-parent`} name="parentId" defaultValue={failed?.values.parentId ?? parentId ?? ''} className={inputClass} {...describedBy(`${id}-parent`, failed?.fieldErrors.parentId, false)}>
            <option value="">None (top level)</option>
            {parents.map((p) => (
              <option key={p.id} value={p.id}>{`${'\u2003'.repeat(p.depth)}${p.name}`}</option>
            ))}
          </select>
        </Field>
        <Field id={`${id}-description`} label="Description (optional)" errors={failed?.fieldErrors.description}>
          <input id={`${id}-description`} name="description" defaultValue={failed?.values.description ?? description ?? ''} maxLength={500} className={inputClass} {...describedBy(`${id}-description`, failed?.fieldErrors.description, false)} />
        </Field>
      </div>
      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" disabled={pending}>
          {pending ? <Loader2 aria-hidden className="size-4 animate-spin" /> : <Check aria-hidden className="size-4" />}
          Approve “{proposal.name}”
        </Button>
        <p role="status" aria-live="polite" className="text-sm text-red-700 empty:sr-only">
          {failed && !failed.fieldErrors.parentId ? failed.error : ''}
        </p>
      </div>
    </form>
  );
}

function RejectForm<R>({ orgSlug, proposal, action }: { orgSlug: string; proposal: MergeSource; action: FormAction<R> }) {
  const [state, formAction, pending] = useActionState(action, null);
  const failed = state && !state.ok ? state : null;
  const id = `reject-${proposal.id}`;
  const used = proposal.people > 0 || proposal.goals > 0;
  const usage = [proposal.people ? `${proposal.people} ${proposal.people === 1 ? 'profile' : 'profiles'}` : '', proposal.goals ? `${proposal.goals} learning ${proposal.goals === 1 ? 'goal' : 'goals'}` : ''].filter(Boolean).join(' and ');
  return (
    <form action={formAction} className="flex flex-col gap-3" noValidate>
      <input type="hidden" name="orgSlug" value={orgSlug} />
      <input type="hidden" name="skillId" value={proposal.id} />
      <Field id={`${id}-reason`} label="Reason" hint="The proposer sees this." errors={failed?.fieldErrors.reason}>
        <textarea id={`${id}-reason`} name="reason" rows={2} required maxLength={500} defaultValue={failed?.values.reason ?? ''} className={inputClass} {...describedBy(`${id}-reason`, failed?.fieldErrors.reason)} />
      </Field>
      {used && (
        <div className="rounded-md border border-amber-200 bg-amber-50 p-3 text-sm text-amber-950">
          <p>
            “{proposal.name}” is on {usage}. To keep {proposal.people + proposal.goals === 1 ? 'that' : 'those'}, merge it into an existing skill instead. Rejecting removes it (the audit log records what was removed).
          </p>
          <label className="mt-2 flex items-start gap-2 font-medium">
            <input type="checkbox" name="removeFromProfiles" className="mt-0.5 size-4 accent-red-700" aria-describedby={failed?.fieldErrors.removeFromProfiles ? `${id}-remove-error` : undefined} />
            Remove it from {usage}
          </label>
          {failed?.fieldErrors.removeFromProfiles && (
            <p id={`${id}-remove-error`} className="mt-1 text-xs font-medium text-red-700">
              {failed.fieldErrors.removeFromProfiles[0]}
            </p>
          )}
        </div>
      )}
      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" variant="secondary" disabled={pending} className="text-red-700 hover:border-red-300 hover:bg-red-50">
          {pending ? <Loader2 aria-hidden className="size-4 animate-spin" /> : <X aria-hidden className="size-4" />}
          Reject “{proposal.name}”
        </Button>
        <p role="status" aria-live="polite" className="text-sm text-red-700 empty:sr-only">
          {failed && !Object.keys(failed.fieldErrors).length ? failed.error : ''}
        </p>
      </div>
    </form>
  );
}
