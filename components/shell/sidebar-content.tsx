'use client';

import { NavLinks, type NavItem } from './nav-links';
import { OrgSwitcher, type OrgOption } from './org-switcher';
import { SignOutButton } from './sign-out-button';

export interface ShellProps {
  currentOrg: OrgOption;
  orgs: OrgOption[];
  items: NavItem[];
  homeHref: string;
  user: { name: string; email: string | null };
}

export function SidebarContent({ currentOrg, orgs, items, homeHref, user, onNavigate }: ShellProps & { onNavigate?: () => void }) {
  return (
    <div className="flex h-full flex-col gap-5">
      <OrgSwitcher current={currentOrg} orgs={orgs} />
      <NavLinks items={items} homeHref={homeHref} onNavigate={onNavigate} />
      <div className="mt-auto border-t border-slate-200 pt-4">
        <div className="px-2.5 pb-2">
          <p className="truncate text-sm font-medium text-slate-900" data-testid="user-name">
            {user.name}
          </p>
          {user.email && <p className="truncate text-xs text-slate-500">{user.email}</p>}
        </div>
        <SignOutButton />
      </div>
    </div>
  );
}
