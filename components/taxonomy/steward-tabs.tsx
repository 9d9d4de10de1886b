import { TabNav } from '../ui/tab-nav';

const TABS = [
  { key: 'overview', label: 'Overview', path: '' },
  { key: 'skills', label: 'Skill taxonomy', path: '/skills' },
  { key: 'review', label: 'Review queue', path: '/skills/review' },
  { key: 'matching', label: 'Matching', path: '/matching' },
] as const;

export type StewardTab = (typeof TABS)[number]['key'];

/** The sub-navigation of the steward console; the review tab carries the number of pending proposals. */
export function StewardTabs({ orgSlug, current, pending }: { orgSlug: string; current: StewardTab | null; pending?: number }) {
  return (
    <TabNav
      label="Steward console"
      current={current}
      tabs={TABS.map((t) => ({
        key: t.key,
        label: t.label,
        href: `/o/${orgSlug}/steward${t.path}`,
        badge: t.key === 'review' && pending ? { count: pending, srLabel: 'pending' } : undefined,
      }))}
    />
  );
}
