import Link from 'next/link';
import type { ReactNode } from 'react';
import { Logo } from '../ui/logo';

/** The frame of pages outside an org (sign-in, invitations, the dev outbox): the logo, then the content. */
export function PublicPage({ title, width = 'wide', children }: { title?: string; width?: 'wide' | 'narrow'; children: ReactNode }) {
  return (
    <div className="min-h-dvh bg-slate-50 px-4 py-10 sm:py-16">
      <main className={`mx-auto ${width === 'wide' ? 'max-w-3xl' : 'max-w-lg'}`}>
        <Link href="/" className="inline-block">
          <Logo />
        </Link>
        {title && <h1 className="mt-8 text-2xl font-semibold tracking-tight text-slate-900">{title}</h1>}
        {children}
      </main>
    </div>
  );
}
