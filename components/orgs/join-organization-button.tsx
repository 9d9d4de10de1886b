'use client';

import { Loader2 } from 'lucide-react';
import { useActionState, useEffect } from 'react';
import type { FormAction } from '../ui/action-types';
import { Button } from '../ui/button';

export function JoinOrganizationButton<R extends { orgSlug: string }>({ orgSlug, orgName, action }: { orgSlug: string; orgName: string; action: FormAction<R> }) {
  const [state, formAction, pending] = useActionState(action, null);
  useEffect(() => {
    if (state?.ok) window.location.assign(`/o/${state.data.orgSlug}`);
  }, [state]);
  return (
    <form action={formAction} className="flex flex-col items-end gap-1">
      <input type="hidden" name="orgSlug" value={orgSlug} />
      <Button type="submit" variant="secondary" disabled={pending || state?.ok} aria-label={`Join ${orgName}`}>
        {pending && <Loader2 aria-hidden className="size-4 animate-spin" />}
        Join
      </Button>
      {state?.ok === false && (
        <p role="alert" className="text-xs text-red-700">
          {state.error}
        </p>
      )}
    </form>
  );
}
