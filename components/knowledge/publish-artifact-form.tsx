'use client';

import { Loader2, Share2 } from 'lucide-react';
import { useActionState } from 'react';
import type { FormAction } from '../ui/action-types';
import { Button } from '../ui/button';
import { inputClass } from '../ui/field';
import { SuccessNotice } from '../ui/success-notice';

/** The host picks an active community and publishes the artifact to its library (or moves it there). */
export function PublishArtifactForm({ orgSlug, artifactId, title, communities, currentCommunityId, action }: { orgSlug: string; artifactId: string; title: string; communities: { id: string; name: string }[]; currentCommunityId: string | null; action: FormAction<{ communityName: string }> }) {
  const [state, formAction, pending] = useActionState(action, null);
  const id = `publish-${artifactId}`;
  const error = state?.ok === false ? (state.fieldErrors.communityId?.[0] ?? state.error) : null;
  return (
    <form action={formAction} className="flex flex-wrap items-end gap-2">
      <input type="hidden" name="orgSlug" value={orgSlug} />
      <input type="hidden" name="artifactId" value={artifactId} />
      <div className="flex min-w-0 flex-col gap-1">
        <label htmlFor={id} className="text-xs font-medium text-slate-700">
          {currentCommunityId ? 'Move to another community' : 'Publish to a community'}
          <span className="sr-only">: {title}</span>
        </label>
        <select id={id} name="communityId" defaultValue={currentCommunityId ?? ''} className={`${inputClass} py-1.5 sm:w-56`} aria-invalid={error ? true : undefined} aria-describedby={error ? `${id}-error` : undefined}>
          <option value="" disabled>
            Choose a community
          </option>
          {communities.map((c) => (
            <option key={c.id} value={c.id}>
              {c.name}
            </option>
          ))}
        </select>
      </div>
      <Button type="submit" variant="secondary" disabled={pending}>
        {pending ? <Loader2 aria-hidden className="size-4 animate-spin" /> : <Share2 aria-hidden className="size-4" />}
        {currentCommunityId ? 'Move' : 'Publish'}
        <span className="sr-only"> {title}</span>
      </Button>
      <SuccessNotice message={state?.ok ? `Published to ${state.data.communityName}.` : null} />
      {error && (
        <p id={`${id}-error`} role="alert" className="basis-full text-xs font-medium text-red-700">
          {error}
        </p>
      )}
    </form>
  );
}
