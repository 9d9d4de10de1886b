import { CheckCircle2 } from 'lucide-react';

/** A polite live region that announces what just saved; empty (and visually gone) otherwise. */
export function SuccessNotice({ message }: { message: string | null | undefined }) {
  return (
    <p role="status" aria-live="polite" className="text-sm empty:sr-only">
      {message && (
        <span className="inline-flex items-center gap-1.5 text-emerald-700">
          <CheckCircle2 aria-hidden className="size-4 shrink-0" /> {message}
        </span>
      )}
    </p>
  );
}
