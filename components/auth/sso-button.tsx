'use client';

import { Building2, Loader2 } from 'lucide-react';
import { signIn } from 'next-auth/react';
import { useState } from 'react';
import { Button } from '@/components/ui/button';

/** "Continue with <company SSO>": next-auth posts for the authorization URL, then the browser goes there. */
export function SsoButton({ providerId, name, callbackUrl }: { providerId: string; name: string; callbackUrl: string }) {
  const [pending, setPending] = useState(false);
  return (
    <Button
      type="button"
      variant="secondary"
      className="w-full"
      disabled={pending}
      onClick={() => {
        setPending(true);
        void signIn(providerId, { callbackUrl }).catch(() => setPending(false));
      }}
    >
      {pending ? <Loader2 aria-hidden className="size-4 animate-spin" /> : <Building2 aria-hidden className="size-4" />}
      Continue with {name}
    </Button>
  );
}
