import { ArrowLeft } from 'lucide-react';
import Link from 'next/link';
import type { ReactNode } from 'react';

/** The "← Parent page" link above a page's header; a long label is cut with an ellipsis on one line. */
export function BackLink({ href, children }: { href: string; children: ReactNode }) {
  return (
    <Link href={href} className="mb-4 inline-flex max-w-full items-center gap-1.5 rounded-sm text-sm font-medium text-slate-600 hover:text-slate-900 focus-visible:outline-2 focus-visible:outline-brand-600">
      <ArrowLeft aria-hidden className="size-4 shrink-0" /> <span className="truncate">{children}</span>
    </Link>
  );
}
