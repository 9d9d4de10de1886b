import { ShieldCheck } from 'lucide-react';
import type { Metadata } from 'next';
import { AccessDenied } from '@/components/shell/access-denied';
import { ComingSoon } from '@/components/shell/coming-soon';
import { ROLE_LABELS, hasRole } from '@/lib/auth';
import { requireTenant } from '@/lib/auth/session';

export const metadata: Metadata = { title: 'Steward console' };

export default async function StewardPage({ params }: { params: Promise<{ org: string }> }) {
  const ctx = await requireTenant((await params).org);
  if (!hasRole(ctx.role, 'STEWARD')) return <AccessDenied area="The steward console" neededRole={ROLE_LABELS.STEWARD.toLowerCase()} homeHref={`/o/${ctx.orgSlug}`} />;
  return (
    <ComingSoon
      title="Steward console"
      description="Curate the skill taxonomy and communities, run matching cycles, and keep access equitable."
      icon={ShieldCheck}
      emptyTitle="Your steward tools will appear here"
      points={[
        'Review proposed skills and communities.',
        'Open batch matching cycles and publish their results.',
        'Watch community health and equity alerts across regions.',
      ]}
    />
  );
}
