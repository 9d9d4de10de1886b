import Link from 'next/link';
import type { ReactNode } from 'react';

const linkClass = 'rounded-md border border-slate-300 bg-white px-3 py-1.5 font-medium text-slate-700 hover:bg-slate-50';

/** The footer of a paged table: what is shown, and Previous / Next links. */
export function Pager({ summary, summaryTestId, page, pageCount, href }: { summary: ReactNode; summaryTestId?: string; page: number; pageCount: number; href: (page: number) => string }) {
  return (
    <nav aria-label="Pagination" className="flex items-center justify-between gap-3 border-t border-slate-200 px-4 py-3 text-sm">
      <p className="text-slate-600" data-testid={summaryTestId}>
        {summary}
      </p>
      <div className="flex gap-2">
        {page > 1 && (
          <Link className={linkClass} href={href(page - 1)}>
            Previous
          </Link>
        )}
        {page < pageCount && (
          <Link className={linkClass} href={href(page + 1)}>
            Next
          </Link>
        )}
      </div>
    </nav>
  );
}

/** "26–50 of 300", or "26–50 of 1,000+" when the total is only a lower bound. */
export function rangeSummary(page: number, pageSize: number, shown: number, total: number, totalIsLowerBound = false): string {
  const first = (page - 1) * pageSize + 1;
  return `${first}–${first + shown - 1} of ${total.toLocaleString('en-US')}${totalIsLowerBound ? '+' : ''}`;
}
