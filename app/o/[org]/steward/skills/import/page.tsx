import { ChevronLeft } from 'lucide-react';
import type { Metadata } from 'next';
import Link from 'next/link';
import { AccessDenied } from '@/components/shell/access-denied';
import { ImportTaxonomyForm } from '@/components/taxonomy/import-taxonomy-form';
import { StewardTabs } from '@/components/taxonomy/steward-tabs';
import { Card } from '@/components/ui/card';
import { PageHeader } from '@/components/ui/page-header';
import { ROLE_LABELS, hasRole } from '@/lib/auth';
import { requireTenant } from '@/lib/auth/session';
import { listTaxonomy } from '@/lib/skills';
import { importTaxonomyAction } from '../actions';

export const metadata: Metadata = { title: 'Import the taxonomy' };

export default async function ImportTaxonomyPage({ params }: { params: Promise<{ org: string }> }) {
  const ctx = await requireTenant((await params).org);
  if (!hasRole(ctx.role, 'STEWARD')) return <AccessDenied area="The skill taxonomy" neededRole={ROLE_LABELS.STEWARD.toLowerCase()} homeHref={`/o/${ctx.orgSlug}`} />;
  const pending = (await listTaxonomy(ctx)).filter((s) => s.status === 'PROPOSED').length;
  const base = `/o/${ctx.orgSlug}/steward/skills`;
  return (
    <>
      <Link href={base} className="mb-2 inline-flex items-center gap-1 text-sm text-slate-600 hover:text-slate-900">
        <ChevronLeft aria-hidden className="size-4" /> Skill taxonomy
      </Link>
      <PageHeader title="Import the taxonomy" description="Add or update many skills at once from a CSV file, for example one exported from here and edited in a spreadsheet." />
      <StewardTabs orgSlug={ctx.orgSlug} current="skills" pending={pending} />
      <Card className="max-w-4xl">
        <ImportTaxonomyForm orgSlug={ctx.orgSlug} action={importTaxonomyAction} />
        <p className="mt-4 border-t border-slate-100 pt-3 text-sm text-slate-600">
          Start from the current taxonomy:{' '}
          <a href={`${base}/export`} download className="font-medium text-brand-700 hover:underline">
            export it as CSV
          </a>
          .
        </p>
      </Card>
    </>
  );
}
