'use client';

import { AlertTriangle } from 'lucide-react';
import { Button } from '@/components/ui/button';

export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <main className="flex min-h-[60vh] flex-col items-center justify-center gap-4 px-4 text-center">
      <AlertTriangle aria-hidden className="size-10 text-amber-600" />
      <h1 className="text-2xl font-semibold text-slate-900">Something went wrong</h1>
      <p className="max-w-md text-sm text-slate-600">
        We could not load this page. Nothing you entered was lost. Please try again; if it keeps happening, tell your administrator
        {error.digest ? <> and mention reference <code className="font-mono">{error.digest}</code></> : null}.
      </p>
      <Button onClick={reset}>Try again</Button>
    </main>
  );
}
