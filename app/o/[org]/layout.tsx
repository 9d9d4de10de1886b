import type { ReactNode } from 'react';
import { AppShell } from '@/components/shell/app-shell';
import { ROLE_LABELS, sectionsFor } from '@/lib/auth';
import { getMyMemberships, requireTenant } from '@/lib/auth/session';

export default async function OrgLayout({ children, params }: { children: ReactNode; params: Promise<{ org: string }> }) {
  const { org } = await params;
  const ctx = await requireTenant(org);
  const memberships = await getMyMemberships();
  const homeHref = `/o/${ctx.orgSlug}`;
  return (
    <AppShell
      currentOrg={{ slug: ctx.orgSlug, name: ctx.orgName, roleLabel: ROLE_LABELS[ctx.role] }}
      orgs={memberships.map((m) => ({ slug: m.orgSlug, name: m.orgName, roleLabel: ROLE_LABELS[m.role] }))}
      items={sectionsFor(ctx.role).map((s) => ({ key: s.key, label: s.label, href: `${homeHref}${s.path}`, group: s.group }))}
      homeHref={homeHref}
      user={{ name: ctx.employeeName, email: null }}
    >
      {children}
    </AppShell>
  );
}
