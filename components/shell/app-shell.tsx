import Link from 'next/link';
import type { ReactNode } from 'react';
import { Logo } from '../ui/logo';
import { MobileNav } from './mobile-nav';
import { SidebarContent, type ShellProps } from './sidebar-content';

/** The frame of every page inside an org: sidebar on desktop, a top bar with a menu on phones. */
export function AppShell({ children, ...shell }: ShellProps & { children: ReactNode }) {
  return (
    <div className="min-h-dvh lg:flex">
      <a href="#main" className="sr-only focus:not-sr-only focus:fixed focus:left-3 focus:top-3 focus:z-50 focus:rounded-md focus:bg-white focus:px-3 focus:py-2 focus:shadow">
        Skip to content
      </a>
      <aside className="hidden w-64 shrink-0 flex-col gap-5 border-r border-slate-200 bg-white px-3 py-4 lg:sticky lg:top-0 lg:flex lg:h-dvh">
        <Link href={shell.homeHref} className="px-2.5">
          <Logo />
        </Link>
        <SidebarContent {...shell} />
      </aside>
      <header className="sticky top-0 z-30 flex items-center justify-between border-b border-slate-200 bg-white/95 px-3 py-2 backdrop-blur lg:hidden">
        <Link href={shell.homeHref} aria-label="Peerbridge home">
          <Logo />
        </Link>
        <span className="ml-auto mr-2 truncate text-sm font-medium text-slate-600">{shell.currentOrg.name}</span>
        <MobileNav {...shell} />
      </header>
      <main id="main" className="min-w-0 flex-1 px-4 py-6 sm:px-6 lg:px-10 lg:py-8">
        <div className="mx-auto max-w-6xl">{children}</div>
      </main>
    </div>
  );
}
