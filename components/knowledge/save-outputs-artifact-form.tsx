'use client';

import { FileDown, Loader2 } from 'lucide-react';
import Link from 'next/link';
import { useActionState } from 'react';
import type { FormAction } from '../ui/action-types';
import { Button } from '../ui/button';
import { FormFeedback } from '../profile/form-feedback';

/** Compiles the five phases' outputs into the session's design-outputs artifact, and links to it. */
export function SaveOutputsArtifactForm({ orgSlug, sessionId, artifactsHref, action }: { orgSlug: string; sessionId: string; artifactsHref: string; action: FormAction<{ artifactId: string; created: boolean }> }) {
  const [state, formAction, pending] = useActionState(action, null);
  const success = state?.ok ? (state.data.created ? 'Saved as an artifact of this session.' : 'The session’s outputs artifact is up to date.') : undefined;
  return (
    <form action={formAction} className="flex flex-wrap items-center gap-3">
      <input type="hidden" name="orgSlug" value={orgSlug} />
      <input type="hidden" name="sessionId" value={sessionId} />
      <Button type="submit" disabled={pending}>
        {pending ? <Loader2 aria-hidden className="size-4 animate-spin" /> : <FileDown aria-hidden className="size-4" />}
        Save outputs as an artifact
      </Button>
      <FormFeedback state={state} success={success} />
      {state?.ok && (
        <Link href={artifactsHref} className="text-sm font-medium text-brand-700 underline underline-offset-2">
          See it with the session’s artifacts
        </Link>
      )}
    </form>
  );
}
