import { TabNav } from '../ui/tab-nav';

const TABS = [
  { key: 'learn', label: 'Find a mentor', path: '' },
  { key: 'mentor', label: 'Mentoring others', path: '/mentoring' },
  { key: 'cycles', label: 'Matching rounds', path: '/cycles' },
] as const;

export type MentoringTab = (typeof TABS)[number]['key'];

/** The sub-navigation of /mentors; "Mentoring others" carries the number of requests waiting for an answer. */
export function MentoringTabs({ orgSlug, current, waiting }: { orgSlug: string; current: MentoringTab | null; waiting?: number }) {
  return (
    <TabNav
      label="Mentoring"
      current={current}
      tabs={TABS.map((t) => ({
        key: t.key,
        label: t.label,
        href: `/o/${orgSlug}/mentors${t.path}`,
        badge: t.key === 'mentor' && waiting ? { count: waiting, srLabel: 'waiting for your answer' } : undefined,
      }))}
    />
  );
}
