import type { Metadata } from 'next';
import { AccessDenied } from '@/components/shell/access-denied';
import { SkillForm } from '@/components/taxonomy/skill-form';
import { StewardTabs } from '@/components/taxonomy/steward-tabs';
import { Card } from '@/components/ui/card';
import { PageHeader } from '@/components/ui/page-header';
import { ROLE_LABELS, hasRole } from '@/lib/auth';
import { requireTenant } from '@/lib/auth/session';
import { listTaxonomy, taxonomyChoices } from '@/lib/skills';
import { createSkillAction } from '../actions';

export const metadata: Metadata = { title: 'Add to the taxonomy' };

export default async function NewSkillPage({ params }: { params: Promise<{ org: string }> }) {
  const ctx = await requireTenant((await params).org);
  if (!hasRole(ctx.role, 'STEWARD')) return <AccessDenied area="The skill taxonomy" neededRole={ROLE_LABELS.STEWARD.toLowerCase()} homeHref={`/o/${ctx.orgSlug}`} />;
  const skills = await listTaxonomy(ctx);
  const choices = taxonomyChoices(skills, null);
  const base = `/o/${ctx.orgSlug}/steward/skills`;
  return (
    <>
      <PageHeader title="Add to the taxonomy" description="A new approved skill or category. Employees can pick it at once." />
      <StewardTabs orgSlug={ctx.orgSlug} current="skills" pending={skills.filter((s) => s.status === 'PROPOSED').length} />
      <Card className="max-w-3xl">
        <SkillForm orgSlug={ctx.orgSlug} action={createSkillAction} parents={choices.parents} relatedOptions={choices.related} skillHref={base} />
      </Card>
    </>
  );
}
