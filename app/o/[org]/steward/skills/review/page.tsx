import { Inbox } from 'lucide-react';
import type { Metadata } from 'next';
import Link from 'next/link';
import { AccessDenied } from '@/components/shell/access-denied';
import { ReviewProposal } from '@/components/taxonomy/review-proposal';
import { StewardTabs } from '@/components/taxonomy/steward-tabs';
import { ButtonLink } from '@/components/ui/button';
import { EmptyState } from '@/components/ui/empty-state';
import { PageHeader } from '@/components/ui/page-header';
import { ROLE_LABELS, hasRole } from '@/lib/auth';
import { requireTenant } from '@/lib/auth/session';
import { listTaxonomy, taxonomyChoices } from '@/lib/skills';
import { approveSkillAction, mergeSkillsAction, rejectSkillAction } from '../actions';

export const metadata: Metadata = { title: 'Review queue' };

const day = new Intl.DateTimeFormat('en-US', { dateStyle: 'medium', timeZone: 'UTC' });

export default async function ReviewQueuePage({ params }: { params: Promise<{ org: string }> }) {
  const ctx = await requireTenant((await params).org);
  if (!hasRole(ctx.role, 'STEWARD')) return <AccessDenied area="The review queue" neededRole={ROLE_LABELS.STEWARD.toLowerCase()} homeHref={`/o/${ctx.orgSlug}`} />;
  const skills = await listTaxonomy(ctx);
  const proposals = skills.filter((s) => s.status === 'PROPOSED').sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime());
  // For a new skill, the related-skill choices are exactly the approved skills a proposal may merge into.
  const choices = taxonomyChoices(skills, null);
  const base = `/o/${ctx.orgSlug}/steward/skills`;

  return (
    <>
      <PageHeader title="Review queue" description="Skills employees proposed. They already use them on their profiles; approve, merge into an existing skill, or reject with a reason." />
      <StewardTabs orgSlug={ctx.orgSlug} current="review" pending={proposals.length} />
      {proposals.length === 0 ? (
        <EmptyState icon={Inbox} title="Nothing to review" action={<ButtonLink href={base} variant="secondary">Open the taxonomy</ButtonLink>}>
          When an employee proposes a skill that is not in the taxonomy, it shows up here.
        </EmptyState>
      ) : (
        <ol className="flex flex-col gap-4" data-testid="review-queue">
          {proposals.map((p) => (
            <li key={p.id} className="rounded-lg border border-slate-200 bg-white p-5 shadow-xs" data-testid={`proposal-${p.name}`}>
              <div className="mb-4 flex flex-col gap-1 sm:flex-row sm:items-start sm:justify-between sm:gap-4">
                <div className="min-w-0">
                  <h2 className="text-base font-semibold text-slate-900">
                    <Link href={`${base}/${p.id}`} className="hover:underline">{p.name}</Link>
                  </h2>
                  <p className="text-sm text-slate-600">
                    Proposed by {p.proposedBy ?? 'a former member'} on {day.format(p.createdAt)}
                  </p>
                  {p.description && <p className="mt-1 text-sm text-slate-700">{p.description}</p>}
                  {p.synonyms.length > 0 && <p className="mt-1 text-xs text-slate-500">also {p.synonyms.join(', ')}</p>}
                </div>
                <p className="shrink-0 text-sm tabular-nums text-slate-700">
                  On {p.people} {p.people === 1 ? 'profile' : 'profiles'} · {p.goals} {p.goals === 1 ? 'goal' : 'goals'}
                </p>
              </div>
              <ReviewProposal
                orgSlug={ctx.orgSlug}
                proposal={{ id: p.id, name: p.name, people: p.people, goals: p.goals, synonyms: p.synonyms, related: p.related, children: skills.filter((s) => s.parentId === p.id).length }}
                description={p.description}
                parentId={p.parentId}
                parents={choices.parents}
                targets={choices.related}
                approveAction={approveSkillAction}
                mergeAction={mergeSkillsAction}
                rejectAction={rejectSkillAction}
              />
            </li>
          ))}
        </ol>
      )}
    </>
  );
}
