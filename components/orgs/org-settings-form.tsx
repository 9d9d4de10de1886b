'use client';

import { Loader2 } from 'lucide-react';
import { useActionState } from 'react';
import type { ActionResult } from '@/lib/auth/tenant-action';
import type { OrganizationProfile } from '@/lib/orgs/update-organization-settings';
import { Button } from '../ui/button';
import { Field, describedBy, inputClass } from '../ui/field';
import { SuccessNotice } from '../ui/success-notice';

type SaveAction = (previous: ActionResult<OrganizationProfile> | null, formData: FormData) => Promise<ActionResult<OrganizationProfile>>;

export function OrgSettingsForm({ orgSlug, current, timeZones, action }: { orgSlug: string; current: OrganizationProfile; timeZones: readonly string[]; action: SaveAction }) {
  const [state, formAction, pending] = useActionState(action, null);
  const failed = state && !state.ok ? state : null;
  const saved = state?.ok ? state.data : current;
  const value = (name: string, fallback: string) => failed?.values[name] ?? fallback;
  const errors = (name: string) => failed?.fieldErrors[name];

  return (
    <form action={formAction} className="flex max-w-xl flex-col gap-5" noValidate>
      <input type="hidden" name="orgSlug" value={orgSlug} />
      <Field id="name" label="Organization name" errors={errors('name')}>
        <input id="name" name="name" required minLength={2} maxLength={80} defaultValue={value('name', saved.name)} className={inputClass} {...describedBy('name', errors('name'), false)} />
      </Field>
      <Field id="defaultTimeZone" label="Default time zone" hint="Used for people who have not set their own." errors={errors('defaultTimeZone')}>
        {/* Keyed by its value: after a refused save React resets the form, and a select would fall back to its first render's choice. */}
        <select key={value('defaultTimeZone', saved.settings.defaultTimeZone)} id="defaultTimeZone" name="defaultTimeZone" defaultValue={value('defaultTimeZone', saved.settings.defaultTimeZone)} className={inputClass} {...describedBy('defaultTimeZone', errors('defaultTimeZone'))}>
          {timeZones.map((zone) => (
            <option key={zone} value={zone}>
              {zone.replaceAll('_', ' ')}
            </option>
          ))}
        </select>
      </Field>
      <Field id="allowedEmailDomains" label="Allowed email domains" hint="Your company’s email domains, e.g. acme.com. One per line, or separated by commas." errors={errors('allowedEmailDomains')}>
        <textarea
          id="allowedEmailDomains"
          name="allowedEmailDomains"
          rows={3}
          defaultValue={value('allowedEmailDomains', saved.settings.allowedEmailDomains.join('\n'))}
          className={inputClass}
          {...describedBy('allowedEmailDomains', errors('allowedEmailDomains'))}
        />
      </Field>
      <div className="flex items-start gap-2.5">
        <input
          id="allowDomainJoin"
          name="allowDomainJoin"
          type="checkbox"
          defaultChecked={failed ? failed.values.allowDomainJoin === 'on' : saved.settings.allowDomainJoin}
          className="mt-0.5 size-4 shrink-0 rounded border-slate-300 accent-brand-600"
          aria-describedby="allowDomainJoin-hint"
        />
        <div>
          <label htmlFor="allowDomainJoin" className="text-sm font-medium text-slate-800">
            Let people on these domains join without an invitation
          </label>
          <p id="allowDomainJoin-hint" className="mt-0.5 text-xs text-slate-500">
            They join as employees once their email address is verified. Turn off to admit people by invitation only.
          </p>
        </div>
      </div>
      <Field id="minGroupSize" label="Smallest group shown in HR insights" hint="Figures about fewer people than this are hidden, to protect privacy (3–50)." errors={errors('minGroupSize')}>
        <input id="minGroupSize" name="minGroupSize" type="number" min={3} max={50} required defaultValue={value('minGroupSize', String(saved.settings.minGroupSize))} className={`${inputClass} max-w-32`} {...describedBy('minGroupSize', errors('minGroupSize'))} />
      </Field>
      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" disabled={pending}>
          {pending && <Loader2 aria-hidden className="size-4 animate-spin" />}
          {pending ? 'Saving…' : 'Save settings'}
        </Button>
        <SuccessNotice message={state?.ok ? state.message : null} />
      </div>
      {failed && (
        <p role="alert" className="rounded-md border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800">
          {failed.error}
        </p>
      )}
    </form>
  );
}
