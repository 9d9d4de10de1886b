import type { LucideIcon } from 'lucide-react';
import type { ReactNode } from 'react';

/**
 * What a page or panel shows when it has nothing to list. `headingLevel` 1 when it is the whole page
 * (every page needs an h1); `compact` inside a card, where a second dashed box would be too heavy.
 */
export function EmptyState({
  icon: Icon,
  title,
  children,
  action,
  headingLevel = 2,
  compact = false,
}: {
  icon: LucideIcon;
  title: string;
  children: ReactNode;
  action?: ReactNode;
  headingLevel?: 1 | 2 | 3;
  compact?: boolean;
}) {
  const Heading = `h${headingLevel}` as const;
  return (
    <div className={`flex flex-col items-center text-center ${compact ? 'px-2 py-6' : 'rounded-lg border border-dashed border-slate-300 bg-white px-6 py-12'}`}>
      <span className={`flex items-center justify-center rounded-full bg-brand-50 text-brand-600 ${compact ? 'size-10' : 'size-12'}`}>
        <Icon aria-hidden className={compact ? 'size-5' : 'size-6'} />
      </span>
      <Heading className={`${compact ? 'mt-3 text-sm' : 'mt-4 text-base'} font-semibold text-slate-900`}>{title}</Heading>
      <div className="mt-2 max-w-md text-sm text-slate-600">{children}</div>
      {action && <div className="mt-5">{action}</div>}
    </div>
  );
}
