import Link from 'next/link';

const TABS = [
  { key: 'general', label: 'General', path: '' },
  { key: 'members', label: 'Members', path: '/members' },
  { key: 'audit', label: 'Audit log', path: '/audit' },
] as const;

/** The sub-navigation of Org settings. */
export function SettingsTabs({ orgSlug, current }: { orgSlug: string; current: (typeof TABS)[number]['key'] }) {
  return (
    <nav aria-label="Settings" className="-mt-2 mb-6 border-b border-slate-200">
      <ul className="flex gap-4 overflow-x-auto">
        {TABS.map((tab) => {
          const active = tab.key === current;
          return (
            <li key={tab.key}>
              <Link
                href={`/o/${orgSlug}/settings${tab.path}`}
                aria-current={active ? 'page' : undefined}
                className={`-mb-px inline-block border-b-2 px-1 pb-2.5 text-sm font-medium ${active ? 'border-brand-600 text-brand-700' : 'border-transparent text-slate-600 hover:border-slate-300 hover:text-slate-900'}`}
              >
                {tab.label}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
