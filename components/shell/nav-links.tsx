'use client';

import { BellRing, BookOpen, Home, LineChart, Network, Settings, ShieldCheck, UserCog, UserRound, Users, UsersRound } from 'lucide-react';
import Link from 'next/link';
import { usePathname } from 'next/navigation';

export interface NavItem {
  key: string;
  label: string;
  href: string;
  group: 'learn' | 'manage';
}

const ICONS = {
  home: Home,
  profile: UserRound,
  account: BellRing,
  people: Users,
  mentors: Network,
  sessions: BookOpen,
  communities: UsersRound,
  steward: ShieldCheck,
  insights: LineChart,
  members: UserCog,
  settings: Settings,
} as const;

const GROUP_LABELS = { learn: 'Learn', manage: 'Manage' } as const;

export function NavLinks({ items, homeHref, onNavigate }: { items: NavItem[]; homeHref: string; onNavigate?: () => void }) {
  const pathname = usePathname();
  // The longest link that the current path falls under is the active one (/settings vs /settings/members).
  const matches = (href: string) => (href === homeHref ? pathname === href : pathname === href || pathname.startsWith(`${href}/`));
  const activeHref = items.map((i) => i.href).filter(matches).sort((a, b) => b.length - a.length)[0];
  const isActive = (href: string) => href === activeHref;
  return (
    <nav aria-label="Main" className="flex flex-col gap-5">
      {(['learn', 'manage'] as const).map((group) => {
        const groupItems = items.filter((i) => i.group === group);
        if (!groupItems.length) return null;
        return (
          <div key={group}>
            <p className="px-2.5 pb-1.5 text-xs font-semibold uppercase tracking-wide text-slate-500">{GROUP_LABELS[group]}</p>
            <ul className="flex flex-col gap-0.5">
              {groupItems.map((item) => {
                const Icon = ICONS[item.key as keyof typeof ICONS] ?? Home;
                const active = isActive(item.href);
                return (
                  <li key={item.key}>
                    <Link
                      href={item.href}
                      onClick={onNavigate}
                      aria-current={active ? 'page' : undefined}
                      className={`flex items-center gap-2.5 rounded-md px-2.5 py-1.5 text-sm font-medium ${
                        active ? 'bg-brand-50 text-brand-700' : 'text-slate-700 hover:bg-slate-100 hover:text-slate-900'
                      }`}
                    >
                      <Icon aria-hidden className="size-4" />
                      {item.label}
                    </Link>
                  </li>
                );
              })}
            </ul>
          </div>
        );
      })}
    </nav>
  );
}
