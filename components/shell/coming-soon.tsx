import type { LucideIcon } from 'lucide-react';
import { EmptyState } from '../ui/empty-state';
import { PageHeader } from '../ui/page-header';

/** A section whose feature has not shipped yet: says what will be here, so the page is never blank. */
export function ComingSoon({ title, description, icon, emptyTitle, points }: { title: string; description: string; icon: LucideIcon; emptyTitle: string; points: string[] }) {
  return (
    <>
      <PageHeader title={title} description={description} />
      <EmptyState icon={icon} title={emptyTitle}>
        <ul className="mt-1 list-disc space-y-1 pl-5 text-left">
          {points.map((p) => (
            <li key={p}>{p}</li>
          ))}
        </ul>
      </EmptyState>
    </>
  );
}
