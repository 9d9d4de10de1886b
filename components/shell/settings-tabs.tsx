import { TabNav } from '../ui/tab-nav';

const TABS = [
  { key: 'general', label: 'General', path: '' },
  { key: 'members', label: 'Members', path: '/members' },
  { key: 'audit', label: 'Audit log', path: '/audit' },
] as const;

/** The sub-navigation of Org settings. */
export function SettingsTabs({ orgSlug, current }: { orgSlug: string; current: (typeof TABS)[number]['key'] }) {
  return <TabNav label="Settings" current={current} tabs={TABS.map((t) => ({ key: t.key, label: t.label, href: `/o/${orgSlug}/settings${t.path}` }))} />;
}
