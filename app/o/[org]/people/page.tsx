import { SearchX, Users } from 'lucide-react';
import type { Metadata } from 'next';
import Link from 'next/link';
import { finderHref } from '@/components/people/finder-url';
import { PeopleFilters } from '@/components/people/people-filters';
import { PeopleTable } from '@/components/people/people-table';
import { SkillLinks } from '@/components/people/skill-links';
import { ButtonLink } from '@/components/ui/button';
import { EmptyState } from '@/components/ui/empty-state';
import { PageHeader } from '@/components/ui/page-header';
import { Pager, rangeSummary } from '@/components/ui/pager';
import { requireTenant } from '@/lib/auth/session';
import { PEOPLE_PAGE_SIZE, findExperts, findExpertsInput, getFinderOptions } from '@/lib/people';

export const metadata: Metadata = { title: 'People' };

export default async function PeoplePage({ params, searchParams }: { params: Promise<{ org: string }>; searchParams: Promise<Record<string, string | undefined>> }) {
  const ctx = await requireTenant((await params).org);
  const filters = findExpertsInput.parse(await searchParams);
  const [result, options] = await Promise.all([findExperts(ctx, filters), getFinderOptions(ctx)]);
  const base = `/o/${ctx.orgSlug}/people`;
  const personHref = (id: string) => `${base}/${id}`;
  const withSkill = (name: string) => finderHref(base, { ...filters, skill: name });
  const resolution = result.resolution;
  const skill = resolution?.skill ?? null;
  const narrowed = Boolean(filters.level || filters.teach || filters.region || filters.department || filters.overlap || filters.q);
  const filtered = Boolean(filters.skill) || narrowed;
  const textOnly = Boolean(filters.q) && !filters.skill && !(filters.level || filters.teach || filters.region || filters.department || filters.overlap);

  return (
    <>
      <PageHeader title="People" description={`Find a colleague who knows a skill, or browse everyone in ${ctx.orgName}.`} />
      <PeopleFilters base={base} filters={filters} options={options} filtered={filtered} />

      {resolution && !skill ? (
        <EmptyState icon={SearchX} title={`No skill called “${filters.skill}”`} action={<ButtonLink href={finderHref(base, { ...filters, skill: '' })} variant="secondary">Search without a skill</ButtonLink>}>
          {resolution.closeMatches.length > 0 ? (
            <p>
              Did you mean <SkillLinks skills={resolution.closeMatches} href={withSkill} />?
            </p>
          ) : (
            <p>Check the spelling, or pick a skill from the suggestions as you type.</p>
          )}
        </EmptyState>
      ) : result.total === 0 ? (
        <EmptyState
          icon={Users}
          title={skill ? `No one matches ${skill.name} with these filters` : textOnly ? `No one matches “${filters.q}”` : filtered ? 'No one matches these filters' : 'No people yet'}
          action={
            skill && narrowed ? (
              <ButtonLink href={finderHref(base, { skill: filters.skill })} variant="secondary">Show everyone with {skill.name}</ButtonLink>
            ) : filtered ? (
              <ButtonLink href={base} variant="secondary">{textOnly ? 'Clear search' : 'Clear filters'}</ButtonLink>
            ) : undefined
          }
        >
          {skill ? (
            <NoResultSuggestions parent={resolution!.parent} related={resolution!.related} siblings={resolution!.siblings} href={withSkill} />
          ) : filtered ? (
            'Try a shorter name, a job title such as “engineer”, or fewer filters.'
          ) : (
            'People appear here once they join the organization.'
          )}
        </EmptyState>
      ) : (
        <>
          {skill && (
            <div className="mb-3 space-y-1 text-sm text-slate-600" data-testid="finder-summary">
              <p>
                People who know <span className="font-medium text-slate-900">{skill.name}</span>
                {skill.matchedSynonym && <> (you typed “{skill.matchedSynonym}”)</>}
                {resolution!.includes.length > 0 && <> or a skill under it: {resolution!.includes.map((s) => s.name).join(', ')}</>}. Best level first, then those who teach it, then overlap with your hours.
              </p>
              {resolution!.related.length > 0 && (
                <p>
                  Related skills: <SkillLinks skills={resolution!.related} href={withSkill} />
                </p>
              )}
            </div>
          )}
          <div className="overflow-hidden rounded-lg border border-slate-200 bg-white">
            <PeopleTable rows={result.rows} personHref={personHref} showSkill={Boolean(skill)} myEmployeeId={ctx.employeeId} caption={result.totalIsLowerBound ? `People, page ${result.page}` : `People, page ${result.page} of ${result.pageCount}`} />
            <Pager summary={rangeSummary(result.page, PEOPLE_PAGE_SIZE, result.rows.length, result.total, result.totalIsLowerBound)} summaryTestId="people-count" page={result.page} pageCount={result.pageCount} href={(page) => finderHref(base, filters, page)} />
          </div>
          <p className="mt-3 text-xs text-slate-500">
            {result.usesDefaultHours ? (
              <>
                Overlap assumes you are free 09:00–17:00, Monday to Friday ({result.myTimeZone}), because you have not set your hours.{' '}
                <Link href={`/o/${ctx.orgSlug}/profile`} className="font-medium text-brand-700 hover:underline">Set your weekly hours</Link>
              </>
            ) : (
              <>Overlap counts the hours this week when you and they are both available.</>
            )}
          </p>
        </>
      )}
    </>
  );
}

function NoResultSuggestions({ parent, related, siblings, href }: { parent: { id: string; name: string } | null; related: { id: string; name: string }[]; siblings: { id: string; name: string }[]; href: (name: string) => string }) {
  const nearby = related.length > 0 ? related : siblings;
  if (!parent && nearby.length === 0) return <p>Try a lower minimum level, another region, or fewer filters.</p>;
  return (
    <div className="space-y-1">
      {parent && (
        <p>
          Try the broader skill <SkillLinks skills={[parent]} href={href} />.
        </p>
      )}
      {nearby.length > 0 && (
        <p>
          {related.length > 0 ? 'Related skills' : 'Nearby skills'}: <SkillLinks skills={nearby} href={href} />
        </p>
      )}
      <p>Or try a lower minimum level and fewer filters.</p>
    </div>
  );
}
