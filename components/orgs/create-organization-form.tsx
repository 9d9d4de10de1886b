'use client';

import { Loader2 } from 'lucide-react';
import { useActionState, useEffect, useState } from 'react';
import type { FormAction } from '../ui/action-types';
import { Button } from '../ui/button';
import { Field, describedBy, inputClass } from '../ui/field';

/** "Acme Global, Inc." → "acme-global-inc" */
function slugify(name: string): string {
  return name
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40)
    .replace(/-+$/, '');
}

export function CreateOrganizationForm<R extends { slug: string }>({ action, suggestedDomain }: { action: FormAction<R>; suggestedDomain: string }) {
  const [state, formAction, pending] = useActionState(action, null);
  const failed = state && !state.ok ? state : null;
  const errors = (name: string) => failed?.fieldErrors[name];
  const [name, setName] = useState(failed?.values.name ?? '');
  const [slug, setSlug] = useState(failed?.values.slug ?? '');
  const [slugEdited, setSlugEdited] = useState(false);

  useEffect(() => {
    if (state?.ok) window.location.assign(`/o/${state.data.slug}`);
  }, [state]);

  return (
    <form action={formAction} className="flex flex-col gap-5" noValidate>
      <Field id="org-name" label="Organization name" errors={errors('name')}>
        <input
          id="org-name"
          name="name"
          required
          maxLength={80}
          value={name}
          onChange={(event) => {
            setName(event.target.value);
            if (!slugEdited) setSlug(slugify(event.target.value));
          }}
          placeholder="Acme Global"
          className={inputClass}
          {...describedBy('org-name', errors('name'), false)}
        />
      </Field>
      <Field id="org-slug" label="Address" hint="Lowercase letters, digits and hyphens. Your pages live at /o/<address>." errors={errors('slug')}>
        <div className="flex items-center rounded-md border border-slate-300 bg-white shadow-xs focus-within:border-brand-600 focus-within:outline-2 focus-within:outline-brand-100 has-aria-invalid:border-red-600">
          <span aria-hidden className="select-none pl-3 text-sm text-slate-500">/o/</span>
          <input
            id="org-slug"
            name="slug"
            required
            maxLength={40}
            value={slug}
            onChange={(event) => {
              setSlug(event.target.value);
              setSlugEdited(true);
            }}
            placeholder="acme-global"
            className="w-full rounded-md border-0 bg-transparent px-1 py-2 text-sm text-slate-900 outline-none"
            {...describedBy('org-slug', errors('slug'))}
          />
        </div>
      </Field>
      <Field id="org-domains" label="Allowed email domains" hint="Colleagues with a verified address on these domains can join without an invitation. One per line; leave empty for invitation only." errors={errors('allowedEmailDomains')}>
        <textarea id="org-domains" name="allowedEmailDomains" rows={2} defaultValue={failed?.values.allowedEmailDomains ?? suggestedDomain} className={inputClass} {...describedBy('org-domains', errors('allowedEmailDomains'))} />
      </Field>
      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" disabled={pending || state?.ok}>
          {pending && <Loader2 aria-hidden className="size-4 animate-spin" />}
          Create organization
        </Button>
        {failed && (
          <p role="alert" className="text-sm text-red-700">
            {failed.error}
          </p>
        )}
      </div>
    </form>
  );
}
