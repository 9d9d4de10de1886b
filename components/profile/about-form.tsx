'use client';

import { Loader2 } from 'lucide-react';
import { useActionState } from 'react';
import type { UpdateAboutInput } from '@/lib/profiles/update-about';
import type { FormAction } from '../ui/action-types';
import { Button } from '../ui/button';
import { Field, describedBy, inputClass } from '../ui/field';
import { FormFeedback, formErrors } from './form-feedback';

// Selects are keyed by the value they should show: React resets a form after its action, and a select goes
// back to the option selected when it mounted, so a refused save would otherwise lose the choice.

export function AboutForm({ orgSlug, current, timeZones, action }: { orgSlug: string; current: UpdateAboutInput; timeZones: readonly string[]; action: FormAction<UpdateAboutInput> }) {
  const [state, formAction, pending] = useActionState(action, null);
  const saved = state?.ok ? state.data : current;
  const { errors, value } = formErrors(state);
  return (
    <form action={formAction} className="grid gap-4 sm:grid-cols-2" noValidate>
      <input type="hidden" name="orgSlug" value={orgSlug} />
      <div className="sm:col-span-2">
        <Field id="about-headline" label="Headline" hint="One line colleagues see next to your name, up to 120 characters." errors={errors('headline')}>
          <input id="about-headline" name="headline" maxLength={120} placeholder="e.g. Platform engineer who likes teaching Terraform" defaultValue={value('headline', saved.headline ?? '')} className={inputClass} {...describedBy('about-headline', errors('headline'))} />
        </Field>
      </div>
      <div className="sm:col-span-2">
        <Field id="about-bio" label="Bio" hint="What you work on and what you enjoy helping with, up to 1,000 characters." errors={errors('bio')}>
          <textarea id="about-bio" name="bio" rows={4} maxLength={1000} defaultValue={value('bio', saved.bio ?? '')} className={inputClass} {...describedBy('about-bio', errors('bio'))} />
        </Field>
      </div>
      <Field id="about-languages" label="Languages" hint="Languages you can mentor in, separated by commas (up to 10)." errors={errors('languages')}>
        <input id="about-languages" name="languages" placeholder="English, Portuguese" defaultValue={value('languages', saved.languages.join(', '))} className={inputClass} {...describedBy('about-languages', errors('languages'))} />
      </Field>
      <Field id="about-timeZone" label="Time zone" hint="Your availability below is in this zone." errors={errors('timeZone')}>
        <select key={value('timeZone', saved.timeZone)} id="about-timeZone" name="timeZone" defaultValue={value('timeZone', saved.timeZone)} className={inputClass} {...describedBy('about-timeZone', errors('timeZone'))}>
          {timeZones.map((zone) => (
            <option key={zone} value={zone}>
              {zone.replaceAll('_', ' ')}
            </option>
          ))}
        </select>
      </Field>
      <div className="flex flex-wrap items-center gap-3 sm:col-span-2">
        <Button type="submit" disabled={pending}>
          {pending && <Loader2 aria-hidden className="size-4 animate-spin" />}
          {pending ? 'Saving…' : 'Save about you'}
        </Button>
        <FormFeedback state={state} />
      </div>
    </form>
  );
}
