import { Download, Filter, ListTree, Plus, Upload, X } from 'lucide-react';
import type { Metadata } from 'next';
import Link from 'next/link';
import { AccessDenied } from '@/components/shell/access-denied';
import { StarterTaxonomyForm } from '@/components/taxonomy/starter-taxonomy-form';
import { StewardTabs } from '@/components/taxonomy/steward-tabs';
import { TaxonomyTree } from '@/components/taxonomy/taxonomy-tree';
import { Button, ButtonLink } from '@/components/ui/button';
import { EmptyState } from '@/components/ui/empty-state';
import { inputClass } from '@/components/ui/field';
import { PageHeader } from '@/components/ui/page-header';
import { ROLE_LABELS, hasRole } from '@/lib/auth';
import { requireTenant } from '@/lib/auth/session';
import { STARTER_TAXONOMY, buildTaxonomyTree, listTaxonomy, taxonomyFilterInput } from '@/lib/skills';
import { addStarterTaxonomyAction } from './actions';

export const metadata: Metadata = { title: 'Skill taxonomy' };

// Up to this many skills, categories start open; beyond it they start collapsed (filtering opens them).
const OPEN_UP_TO = 40;
const starterSkills = STARTER_TAXONOMY.skills.filter((s) => s.kind === 'SKILL').length;
const starterCategories = STARTER_TAXONOMY.skills.length - starterSkills;

export default async function SkillTaxonomyPage({ params, searchParams }: { params: Promise<{ org: string }>; searchParams: Promise<Record<string, string | undefined>> }) {
  const ctx = await requireTenant((await params).org);
  if (!hasRole(ctx.role, 'STEWARD')) return <AccessDenied area="The skill taxonomy" neededRole={ROLE_LABELS.STEWARD.toLowerCase()} homeHref={`/o/${ctx.orgSlug}`} />;
  const filter = taxonomyFilterInput.parse(await searchParams);
  const skills = await listTaxonomy(ctx);
  const tree = buildTaxonomyTree(skills, filter);
  const base = `/o/${ctx.orgSlug}/steward/skills`;
  const filtered = Boolean(filter.q || filter.status);
  const names = new Map(skills.map((s) => [s.id, s.name]));
  const pending = skills.filter((s) => s.status === 'PROPOSED').length;
  const approved = skills.filter((s) => s.status === 'APPROVED');
  const skillCount = approved.filter((s) => s.kind === 'SKILL').length;
  const categoryCount = approved.length - skillCount;
  const retired = skills.filter((s) => s.status === 'RETIRED').length;
  const expanded = filtered || filter.expand || skills.length <= OPEN_UP_TO;

  return (
    <>
      <PageHeader
        title="Skill taxonomy"
        description="Categories, skills and the words people use for them. Employees pick from the approved skills; the expert finder searches names and synonyms."
        actions={
          <>
            <ButtonLink href={`${base}/new`}>
              <Plus aria-hidden className="size-4" /> Add
            </ButtonLink>
            <ButtonLink href={`${base}/import`} variant="secondary">
              <Upload aria-hidden className="size-4" /> Import
            </ButtonLink>
            <a href={`${base}/export`} download className="inline-flex items-center whitespace-nowrap justify-center gap-2 rounded-md border border-slate-300 bg-white px-3.5 py-2 text-sm font-medium text-slate-800 hover:bg-slate-50 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-600">
              <Download aria-hidden className="size-4" /> Export CSV
            </a>
          </>
        }
      />
      <StewardTabs orgSlug={ctx.orgSlug} current="skills" pending={pending} />

      {skills.length === 0 ? (
        <EmptyState
          icon={ListTree}
          title="The taxonomy is empty"
          action={
            <div className="flex flex-col items-center gap-4">
              <StarterTaxonomyForm orgSlug={ctx.orgSlug} action={addStarterTaxonomyAction} label={`Start with the starter taxonomy (${starterSkills} skills in ${starterCategories} categories)`}>
                Engineering, data, design, product, sales, leadership and people skills, with synonyms. Everything can be edited, merged or retired afterwards.
              </StarterTaxonomyForm>
              <div className="flex flex-wrap justify-center gap-2">
                <ButtonLink href={`${base}/import`} variant="secondary">
                  <Upload aria-hidden className="size-4" /> Import a CSV
                </ButtonLink>
                <ButtonLink href={`${base}/new`} variant="secondary">
                  <Plus aria-hidden className="size-4" /> Add a skill
                </ButtonLink>
              </div>
            </div>
          }
        >
          Employees pick their skills from this list. Start from a ready-made taxonomy, import your own CSV file, or add skills one by one.
        </EmptyState>
      ) : (
        <>
          <form role="search" action={base} className="mb-4 grid grid-cols-[1fr_auto] gap-2 sm:grid-cols-[minmax(12rem,1fr)_11rem_auto]">
            <label className="sr-only" htmlFor="taxonomy-q">Search skills by name or synonym</label>
            <input id="taxonomy-q" name="q" type="search" defaultValue={filter.q} placeholder="Search a name or synonym, e.g. K8s" className={`${inputClass} col-span-2 sm:col-span-1`} />
            <label className="sr-only" htmlFor="taxonomy-status">Filter by status</label>
            <select id="taxonomy-status" name="status" defaultValue={filter.status ?? ''} className={inputClass}>
              <option value="">Any status</option>
              <option value="approved">Approved</option>
              <option value="proposed">Proposed</option>
              <option value="retired">Retired</option>
            </select>
            <div className="flex gap-2">
              <Button type="submit" variant="secondary">
                <Filter aria-hidden className="size-4" /> Apply
              </Button>
              {filtered && (
                <ButtonLink href={base} variant="ghost" title="Clear filters">
                  <X aria-hidden className="size-4" />
                  <span className="sr-only sm:not-sr-only">Clear</span>
                </ButtonLink>
              )}
            </div>
          </form>

          <div className="mb-3 flex flex-wrap items-baseline justify-between gap-2 text-sm">
            <p className="text-slate-600" data-testid="taxonomy-count">
              {filtered
                ? `${tree.matchCount.toLocaleString('en-US')} ${tree.matchCount === 1 ? 'match' : 'matches'}`
                : [
                    `${skillCount.toLocaleString('en-US')} approved ${skillCount === 1 ? 'skill' : 'skills'} in ${categoryCount.toLocaleString('en-US')} ${categoryCount === 1 ? 'category' : 'categories'}`,
                    pending ? `${pending} proposed` : '',
                    retired ? `${retired} retired` : '',
                  ]
                    .filter(Boolean)
                    .join(' · ')}
            </p>
            {!filtered && skills.length > OPEN_UP_TO && (
              <Link href={expanded ? base : `${base}?expand=1`} className="font-medium text-brand-700 hover:underline">
                {expanded ? 'Collapse all' : 'Expand all'}
              </Link>
            )}
          </div>

          {tree.roots.length === 0 ? (
            <EmptyState icon={ListTree} title="Nothing matches" action={<ButtonLink href={base} variant="secondary">Clear filters</ButtonLink>}>
              Try a shorter search or another status. Synonyms count too: “K8s” finds Kubernetes.
            </EmptyState>
          ) : (
            <TaxonomyTree roots={tree.roots} names={names} skillHref={(id) => `${base}/${id}`} open={expanded} />
          )}
        </>
      )}
    </>
  );
}
