'use client';

import { Loader2, Send } from 'lucide-react';
import { useActionState } from 'react';
import { Button } from '../ui/button';
import type { FormAction } from '../ui/action-types';
import { Field, describedBy, inputClass } from '../ui/field';
import { SuccessNotice } from '../ui/success-notice';

export function InviteMemberForm<R>({ orgSlug, action, roles }: { orgSlug: string; action: FormAction<R>; roles: { value: string; label: string }[] }) {
  const [state, formAction, pending] = useActionState(action, null);
  const failed = state && !state.ok ? state : null;
  const errors = (name: string) => failed?.fieldErrors[name];
  return (
    <form action={formAction} className="flex flex-col gap-2" noValidate>
      <input type="hidden" name="orgSlug" value={orgSlug} />
      <div className="flex flex-col gap-3 sm:flex-row sm:items-start">
      <div className="flex-1">
        <Field id="invite-email" label="Email" errors={errors('email')}>
          <input id="invite-email" name="email" type="email" autoComplete="off" required placeholder="colleague@company.com" defaultValue={failed?.values.email ?? ''} key={state?.ok ? 'sent' : 'draft'} className={inputClass} {...describedBy('invite-email', errors('email'), false)} />
        </Field>
      </div>
      <div className="sm:w-44">
        <Field id="invite-role" label="Role" errors={errors('role')}>
          <select id="invite-role" name="role" defaultValue={failed?.values.role ?? 'EMPLOYEE'} className={inputClass} {...describedBy('invite-role', errors('role'), false)}>
            {roles.map((r) => (
              <option key={r.value} value={r.value}>
                {r.label}
              </option>
            ))}
          </select>
        </Field>
      </div>
      {/* Level with the inputs: their label (20px) and the gap under it (6px) sit above them. */}
      <Button type="submit" disabled={pending} className="sm:mt-6.5">
        {pending ? <Loader2 aria-hidden className="size-4 animate-spin" /> : <Send aria-hidden className="size-4" />}
        Send invitation
      </Button>
      </div>
      <SuccessNotice message={state?.ok ? state.message : null} />
      {failed && !Object.keys(failed.fieldErrors).length && (
        <p role="alert" className="text-sm text-red-700">
          {failed.error}
        </p>
      )}
    </form>
  );
}
