import Link from 'next/link';

export interface TabLink {
  key: string;
  label: string;
  href: string;
  /** A count shown as a pill after the label (e.g. pending items), with its meaning for screen readers. */
  badge?: { count: number; srLabel: string };
}

/** An underlined row of links for a section's sub-pages (wrapping on a narrow screen rather than hiding the last ones); the current one is marked aria-current. */
export function TabNav({ label, tabs, current }: { label: string; tabs: readonly TabLink[]; current: string | null }) {
  return (
    <nav aria-label={label} className="-mt-2 mb-6 border-b border-slate-200">
      <ul className="flex flex-wrap gap-x-4 gap-y-1">
        {tabs.map((tab) => {
          const active = tab.key === current;
          return (
            <li key={tab.key}>
              <Link
                href={tab.href}
                aria-current={active ? 'page' : undefined}
                className={`-mb-px inline-flex items-center gap-1.5 whitespace-nowrap border-b-2 px-1 pb-2.5 text-sm font-medium ${active ? 'border-brand-600 text-brand-700' : 'border-transparent text-slate-600 hover:border-slate-300 hover:text-slate-900'}`}
              >
                {tab.label}
                {tab.badge && tab.badge.count > 0 ? (
                  <span className="rounded-full bg-amber-100 px-1.5 text-xs font-semibold tabular-nums text-amber-900">
                    {tab.badge.count}
                    <span className="sr-only"> {tab.badge.srLabel}</span>
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
