import { LineChart } from 'lucide-react';
import type { Metadata } from 'next';
import { AccessDenied } from '@/components/shell/access-denied';
import { ComingSoon } from '@/components/shell/coming-soon';
import { ROLE_LABELS, hasRole } from '@/lib/auth';
import { requireTenant } from '@/lib/auth/session';

export const metadata: Metadata = { title: 'HR insights' };

export default async function InsightsPage({ params }: { params: Promise<{ org: string }> }) {
  const ctx = await requireTenant((await params).org);
  if (!hasRole(ctx.role, 'HR_ADMIN')) return <AccessDenied area="HR insights" neededRole={ROLE_LABELS.HR_ADMIN} homeHref={`/o/${ctx.orgSlug}`} />;
  return (
    <ComingSoon
      title="HR insights"
      description="Engagement, skills supply and demand, and equity across regions — always as groups, never individuals."
      icon={LineChart}
      emptyTitle="Dashboards fill in as people learn"
      points={[
        'Participation and learning hours over time.',
        'Skill gaps: who can teach against who wants to learn.',
        'Equity by region and department, with small groups suppressed.',
      ]}
    />
  );
}
