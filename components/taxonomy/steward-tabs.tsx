import Link from 'next/link';

const TABS = [
  { key: 'overview', label: 'Overview', path: '' },
  { key: 'skills', label: 'Skill taxonomy', path: '/skills' },
  { key: 'review', label: 'Review queue', path: '/skills/review' },
] as const;

export type StewardTab = (typeof TABS)[number]['key'];

/** The sub-navigation of the steward console; the review tab carries the number of pending proposals. */
export function StewardTabs({ orgSlug, current, pending }: { orgSlug: string; current: StewardTab | null; pending?: number }) {
  return (
    <nav aria-label="Steward console" className="-mt-2 mb-6 border-b border-slate-200">
      <ul className="flex gap-4 overflow-x-auto">
        {TABS.map((tab) => {
          const active = tab.key === current;
          return (
            <li key={tab.key}>
              <Link
                href={`/o/${orgSlug}/steward${tab.path}`}
                aria-current={active ? 'page' : undefined}
                className={`-mb-px inline-flex items-center gap-1.5 whitespace-nowrap border-b-2 px-1 pb-2.5 text-sm font-medium ${active ? 'border-brand-600 text-brand-700' : 'border-transparent text-slate-600 hover:border-slate-300 hover:text-slate-900'}`}
              >
                {tab.label}
                {tab.key === 'review' && pending ? (
                  <span className="rounded-full bg-amber-100 px-1.5 text-xs font-semibold tabular-nums text-amber-900">
                    {pending}
                    <span className="sr-only"> pending</span>
                  </span>
                ) : null}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
