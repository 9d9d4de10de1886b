'use client';

import { Loader2 } from 'lucide-react';
import { signIn } from 'next-auth/react';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { Button } from '../ui/button';

/** Accepting signs the person in (next-auth "invitation" provider), then opens their new org. */
export function AcceptInvitationButton({ token, orgSlug, orgName }: { token: string; orgSlug: string; orgName: string }) {
  const router = useRouter();
  const [pending, setPending] = useState(false);
  const [failed, setFailed] = useState(false);

  async function accept() {
    setPending(true);
    setFailed(false);
    const result = await signIn('invitation', { token, redirect: false, callbackUrl: `/o/${orgSlug}` });
    if (result?.ok && !result.error) {
      window.location.assign(`/o/${orgSlug}`);
      return;
    }
    setPending(false);
    setFailed(true);
    router.refresh();
  }

  return (
    <div className="flex flex-col gap-3">
      <Button type="button" onClick={accept} disabled={pending} className="self-start">
        {pending && <Loader2 aria-hidden className="size-4 animate-spin" />}
        {pending ? 'Joining…' : `Accept and join ${orgName}`}
      </Button>
      {failed && (
        <p role="alert" className="text-sm text-red-700">
          This invitation could not be accepted. It may have just been used, revoked or expired.
        </p>
      )}
    </div>
  );
}
