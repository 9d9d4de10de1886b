'use client';

import { KeyRound, Loader2 } from 'lucide-react';
import { useActionState, useState } from 'react';
import type { ApiTokenScope, CreatedApiToken } from '@/lib/api-tokens';
import { FormFeedback, formErrors } from '../profile/form-feedback';
import type { FormAction } from '../ui/action-types';
import { Button } from '../ui/button';
import { Field, describedBy, inputClass } from '../ui/field';
import { NewApiToken } from './new-api-token';

export interface ScopeChoice {
  scope: ApiTokenScope;
  description: string;
}

const EXPIRY_LABELS: Record<string, string> = { '7': '7 days', '30': '30 days', '90': '90 days', '365': '1 year', '': 'Never' };

/**
 * The permission checkboxes post one comma-separated "scopes" field. Remounted (by key) after each result
 * with what was submitted, so a failed submit keeps the ticks and a success starts over.
 */
function ScopeCheckboxes({ scopes, initial, errors }: { scopes: ScopeChoice[]; initial: string[]; errors?: string[] }) {
  const [chosen, setChosen] = useState(initial);
  return (
    <fieldset aria-describedby={errors?.length ? 'token-scopes-error' : undefined}>
      <input type="hidden" name="scopes" value={chosen.join(',')} />
      <legend className="text-sm font-medium text-slate-800">Permissions</legend>
      <div className="mt-2 flex flex-col gap-2.5">
        {scopes.map(({ scope, description }) => {
          const id = `scope-${scope.replace(':', '-')}`;
          return (
            <label key={scope} htmlFor={id} className="flex items-start gap-2.5 text-sm">
              <input
                id={id}
                type="checkbox"
                defaultChecked={initial.includes(scope)}
                onChange={(event) => setChosen((current) => (event.target.checked ? [...current, scope] : current.filter((s) => s !== scope)))}
                aria-describedby={`${id}-hint`}
                className="mt-0.5 size-4 shrink-0 accent-brand-600"
              />
              <span>
                <code className="font-mono text-[13px] font-medium text-slate-900">{scope}</code>
                <span id={`${id}-hint`} className="block text-xs text-slate-600">
                  {description}
                </span>
              </span>
            </label>
          );
        })}
      </div>
      {errors?.length ? (
        <p id="token-scopes-error" className="mt-1.5 text-xs font-medium text-red-700">
          {errors.join(' ')}
        </p>
      ) : null}
    </fieldset>
  );
}

/** Name, permissions and lifetime of a new token; the token itself is shown once, right here. */
export function CreateApiTokenForm({
  orgSlug,
  action,
  scopes,
  expiryDays,
  apiBase,
}: {
  orgSlug: string;
  action: FormAction<CreatedApiToken>;
  scopes: ScopeChoice[];
  expiryDays: readonly number[];
  apiBase: string;
}) {
  const [state, formAction, pending] = useActionState(action, null);
  const { errors, value } = formErrors(state);
  const created = state?.ok ? state.data : null;
  const initialScopes = value('scopes', 'sessions:read').split(',').filter(Boolean);

  return (
    <div className="flex flex-col gap-5">
      {created && <NewApiToken token={created} apiBase={apiBase} />}
      <form action={formAction} className="flex flex-col gap-4" noValidate>
        <input type="hidden" name="orgSlug" value={orgSlug} />
        <div className="grid gap-4 sm:grid-cols-[minmax(0,1fr)_12rem]">
          <Field id="token-name" label="Name" hint="What will use it, e.g. “Team chat bot”." errors={errors('name')}>
            <input id="token-name" name="name" maxLength={80} autoComplete="off" defaultValue={value('name', '')} className={inputClass} {...describedBy('token-name', errors('name'))} />
          </Field>
          <Field id="token-expiry" label="Expires after" hint="It stops working then." errors={errors('expiresInDays')}>
            <select id="token-expiry" name="expiresInDays" defaultValue={value('expiresInDays', '90')} className={inputClass} {...describedBy('token-expiry', errors('expiresInDays'))}>
              {[...expiryDays.map(String), ''].map((days) => (
                <option key={days} value={days}>
                  {EXPIRY_LABELS[days] ?? `${days} days`}
                </option>
              ))}
            </select>
          </Field>
        </div>
        <ScopeCheckboxes key={`${initialScopes.join(',')}/${created?.id ?? ''}`} scopes={scopes} initial={initialScopes} errors={errors('scopes')} />
        <div className="flex flex-wrap items-center gap-3">
          <Button type="submit" disabled={pending}>
            {pending ? <Loader2 aria-hidden className="size-4 animate-spin" /> : <KeyRound aria-hidden className="size-4" />} Create token
          </Button>
          {!created && <FormFeedback state={state} />}
        </div>
      </form>
    </div>
  );
}
