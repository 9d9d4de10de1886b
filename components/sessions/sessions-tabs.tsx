import { TabNav } from '../ui/tab-nav';

const TABS = [
  { key: 'mine', label: 'My sessions', path: '' },
  { key: 'calendar', label: 'Calendar', path: '/calendar' },
  { key: 'browse', label: 'Browse', path: '/browse' },
  { key: 'new', label: 'Host a session', path: '/new' },
] as const;

export type SessionsTab = (typeof TABS)[number]['key'];

/** The sub-navigation of the sessions area. */
export function SessionsTabs({ orgSlug, current }: { orgSlug: string; current: SessionsTab | null }) {
  return <TabNav label="Session pages" current={current} tabs={TABS.map((t) => ({ key: t.key, label: t.label, href: `/o/${orgSlug}/sessions${t.path}` }))} />;
}
