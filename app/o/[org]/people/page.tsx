import { Search, Users } from 'lucide-react';
import type { Metadata } from 'next';
import { Button, ButtonLink } from '@/components/ui/button';
import { EmptyState } from '@/components/ui/empty-state';
import { inputClass } from '@/components/ui/field';
import { PageHeader } from '@/components/ui/page-header';
import { Pager, rangeSummary } from '@/components/ui/pager';
import { requireTenant } from '@/lib/auth/session';
import { pageHref } from '@/lib/pagination';
import { PEOPLE_PAGE_SIZE, listPeople, listPeopleInput } from '@/lib/people';

export const metadata: Metadata = { title: 'People' };

export default async function PeoplePage({ params, searchParams }: { params: Promise<{ org: string }>; searchParams: Promise<Record<string, string | undefined>> }) {
  const ctx = await requireTenant((await params).org);
  const input = listPeopleInput.parse(await searchParams);
  const people = await listPeople(ctx, input);
  const base = `/o/${ctx.orgSlug}/people`;
  return (
    <>
      <PageHeader title="People" description={`Everyone in ${ctx.orgName}'s learning network.`} />
      <form role="search" action={base} className="mb-4 flex gap-2">
        <label htmlFor="q" className="sr-only">
          Search people
        </label>
        <input id="q" name="q" type="search" defaultValue={input.q} placeholder="Name, title or department" className={`${inputClass} max-w-md`} />
        <Button type="submit" variant="secondary">
          <Search aria-hidden className="size-4" /> Search
        </Button>
      </form>
      {people.total === 0 ? (
        <EmptyState icon={Users} title={input.q ? `No one matches “${input.q}”` : 'No people yet'} action={input.q ? <ButtonLink href={base} variant="secondary">Clear search</ButtonLink> : undefined}>
          {input.q ? 'Try a shorter name, a job title such as “engineer”, or a department.' : 'People appear here once they join the organization.'}
        </EmptyState>
      ) : (
        <div className="overflow-hidden rounded-lg border border-slate-200 bg-white">
          <table className="w-full text-left text-sm">
            <caption className="sr-only">People, page {people.page} of {people.pageCount}</caption>
            <thead className="border-b border-slate-200 bg-slate-50 text-xs uppercase tracking-wide text-slate-500">
              <tr>
                <th scope="col" className="px-4 py-2.5 font-semibold">Name</th>
                <th scope="col" className="hidden px-4 py-2.5 font-semibold sm:table-cell">Department</th>
                <th scope="col" className="hidden px-4 py-2.5 font-semibold md:table-cell">Location</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {people.rows.map((person) => (
                <tr key={person.id}>
                  <td className="px-4 py-2.5">
                    <span className="block font-medium text-slate-900">{person.name}</span>
                    <span className="block text-slate-600">
                      {person.title ?? '—'}
                      {person.department && <span className="text-slate-500 sm:hidden"> · {person.department}</span>}
                    </span>
                  </td>
                  <td className="hidden px-4 py-2.5 text-slate-700 sm:table-cell">{person.department ?? '—'}</td>
                  <td className="hidden px-4 py-2.5 text-slate-700 md:table-cell">
                    {person.location ? `${person.location} · ${person.region}` : '—'}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <Pager summary={rangeSummary(people.page, PEOPLE_PAGE_SIZE, people.rows.length, people.total)} summaryTestId="people-count" page={people.page} pageCount={people.pageCount} href={(page) => pageHref(base, { q: input.q }, page)} />
        </div>
      )}
    </>
  );
}
