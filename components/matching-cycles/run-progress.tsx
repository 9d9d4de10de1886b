'use client';

import { Loader2 } from 'lucide-react';
import { useRouter } from 'next/navigation';
import { useEffect } from 'react';

/**
 * A running optimizer's progress. The run goes on in the background after the action answered; this
 * refreshes the page every second until the run is no longer RUNNING (the page then shows its result).
 */
export function RunProgress({ progress }: { progress: number }) {
  const router = useRouter();
  useEffect(() => {
    const timer = setInterval(() => router.refresh(), 1000);
    return () => clearInterval(timer);
  }, [router]);
  return (
    <div className="flex flex-col gap-2" data-testid="run-progress">
      <p className="flex items-center gap-2 text-sm font-medium text-slate-800">
        <Loader2 aria-hidden className="size-4 animate-spin text-brand-600" />
        Optimizing… {progress}%
      </p>
      <div role="progressbar" aria-label="Optimizer progress" aria-valuemin={0} aria-valuemax={100} aria-valuenow={progress} className="h-2 w-full overflow-hidden rounded-full bg-slate-100">
        <div className="h-full rounded-full bg-brand-600 transition-[width]" style={{ width: `${progress}%` }} />
      </div>
      <p className="text-xs text-slate-500">You can leave this page; the run continues and its result appears here.</p>
    </div>
  );
}
