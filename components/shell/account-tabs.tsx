import { TabNav } from '../ui/tab-nav';

const TABS = [
  { key: 'notifications', label: 'Emails & calendar', path: '' },
  { key: 'api-tokens', label: 'API tokens', path: '/api-tokens' },
] as const;

/** The sub-navigation of a person's own settings (My settings). */
export function AccountTabs({ orgSlug, current }: { orgSlug: string; current: (typeof TABS)[number]['key'] }) {
  return <TabNav label="My settings" current={current} tabs={TABS.map((t) => ({ key: t.key, label: t.label, href: `/o/${orgSlug}/account${t.path}` }))} />;
}
