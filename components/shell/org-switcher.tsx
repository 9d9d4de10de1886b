'use client';

import { Check, ChevronsUpDown, Plus } from 'lucide-react';
import { DropdownMenu } from 'radix-ui';
import { useRouter } from 'next/navigation';

export interface OrgOption {
  slug: string;
  name: string;
  roleLabel: string;
}

function OrgLabel({ org }: { org: OrgOption }) {
  return (
    <span className="flex min-w-0 flex-col text-left">
      <span className="truncate text-sm font-semibold text-slate-900">{org.name}</span>
      <span className="truncate text-xs text-slate-500">{org.roleLabel}</span>
    </span>
  );
}

/** Shows the current org and lists all of the user's orgs, plus the way to create or join another. */
export function OrgSwitcher({ current, orgs }: { current: OrgOption; orgs: OrgOption[] }) {
  const router = useRouter();
  // Non-modal: a modal menu marks the rest of the page aria-hidden while leaving it focusable, which axe
  // reports as a serious aria-hidden-focus violation. The menu still closes on Escape, Tab or an outside click.
  return (
    <DropdownMenu.Root modal={false}>
      <DropdownMenu.Trigger
        className="flex w-full items-center justify-between gap-2 rounded-md border border-slate-200 bg-white px-2.5 py-2 hover:bg-slate-50"
        aria-label={`Switch organization (current: ${current.name})`}
        data-testid="current-org"
      >
        <OrgLabel org={current} />
        <ChevronsUpDown aria-hidden className="size-4 shrink-0 text-slate-500" />
      </DropdownMenu.Trigger>
      <DropdownMenu.Portal>
        <DropdownMenu.Content align="start" sideOffset={6} className="z-50 w-(--radix-dropdown-menu-trigger-width) min-w-56 rounded-md border border-slate-200 bg-white p-1 shadow-lg">
          <DropdownMenu.Label className="px-2 py-1.5 text-xs font-semibold text-slate-500">Your organizations</DropdownMenu.Label>
          {orgs.map((org) => (
            <DropdownMenu.Item
              key={org.slug}
              onSelect={() => router.push(`/o/${org.slug}`)}
              className="flex cursor-pointer items-center justify-between gap-3 rounded px-2 py-1.5 outline-none data-[highlighted]:bg-slate-100"
            >
              <OrgLabel org={org} />
              {org.slug === current.slug && <Check aria-label="current" className="size-4 text-brand-600" />}
            </DropdownMenu.Item>
          ))}
          <DropdownMenu.Separator className="my-1 h-px bg-slate-100" />
          <DropdownMenu.Item
            onSelect={() => router.push('/orgs/new')}
            className="flex cursor-pointer items-center gap-2 rounded px-2 py-1.5 text-sm text-slate-700 outline-none data-[highlighted]:bg-slate-100"
          >
            <Plus aria-hidden className="size-4 text-slate-500" />
            Create or join an organization
          </DropdownMenu.Item>
        </DropdownMenu.Content>
      </DropdownMenu.Portal>
    </DropdownMenu.Root>
  );
}
