import { History } from 'lucide-react';
import type { Metadata } from 'next';
import { AccessDenied } from '@/components/shell/access-denied';
import { SettingsTabs } from '@/components/shell/settings-tabs';
import { Button, ButtonLink } from '@/components/ui/button';
import { EmptyState } from '@/components/ui/empty-state';
import { inputClass } from '@/components/ui/field';
import { PageHeader } from '@/components/ui/page-header';
import { Pager } from '@/components/ui/pager';
import { auditActionLabel, describeChange, listAuditEvents, listAuditEventsInput } from '@/lib/audit';
import { ROLE_LABELS, hasRole } from '@/lib/auth';
import { requireTenant } from '@/lib/auth/session';
import { pageHref } from '@/lib/pagination';

export const metadata: Metadata = { title: 'Audit log' };

const when = new Intl.DateTimeFormat('en-US', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' });

export default async function AuditLogPage({ params, searchParams }: { params: Promise<{ org: string }>; searchParams: Promise<Record<string, string | undefined>> }) {
  const ctx = await requireTenant((await params).org);
  if (!hasRole(ctx.role, 'ADMIN')) return <AccessDenied area="The audit log" neededRole={ROLE_LABELS.ADMIN.toLowerCase()} homeHref={`/o/${ctx.orgSlug}`} />;
  const filters = listAuditEventsInput.parse(await searchParams);
  const audit = await listAuditEvents(ctx, filters);
  const base = `/o/${ctx.orgSlug}/settings/audit`;
  const filtered = Boolean(filters.action || filters.from || filters.to);
  return (
    <>
      <PageHeader title="Audit log" description="Every administrative change in your organization: who, what and when (times in UTC)." />
      <SettingsTabs orgSlug={ctx.orgSlug} current="audit" />
      <form action={base} className="mb-4 grid grid-cols-2 gap-2 sm:grid-cols-4">
        <div className="col-span-2 flex flex-col gap-1 sm:col-span-1">
          <label htmlFor="audit-action" className="text-xs font-medium text-slate-600">Action</label>
          <select id="audit-action" name="action" defaultValue={filters.action ?? ''} className={inputClass}>
            <option value="">All actions</option>
            {audit.actions.map((a) => <option key={a} value={a}>{auditActionLabel(a)}</option>)}
          </select>
        </div>
        <div className="flex flex-col gap-1">
          <label htmlFor="audit-from" className="text-xs font-medium text-slate-600">From</label>
          <input id="audit-from" name="from" type="date" defaultValue={filters.from ?? ''} className={inputClass} />
        </div>
        <div className="flex flex-col gap-1">
          <label htmlFor="audit-to" className="text-xs font-medium text-slate-600">To</label>
          <input id="audit-to" name="to" type="date" defaultValue={filters.to ?? ''} className={inputClass} />
        </div>
        <div className="col-span-2 flex items-center gap-2 self-end sm:col-span-1">
          <Button type="submit" variant="secondary" className="max-sm:flex-1">Filter</Button>
          {filtered && <ButtonLink href={base} variant="ghost">Clear</ButtonLink>}
        </div>
      </form>
      {audit.total === 0 ? (
        <EmptyState icon={History} title={filtered ? 'Nothing matches these filters' : 'No changes yet'}>
          {filtered ? 'Try a wider date range or another action.' : 'Changes to settings, members, roles and invitations will be listed here.'}
        </EmptyState>
      ) : (
        <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
          <table className="w-full text-left text-sm" data-testid="audit-table">
            <caption className="sr-only">Audit events, page {audit.page} of {audit.pageCount}</caption>
            <thead className="border-b border-slate-200 bg-slate-50 text-xs uppercase tracking-wide text-slate-500">
              <tr>
                <th scope="col" className="px-4 py-2.5 font-semibold sm:w-52">When</th>
                <th scope="col" className="hidden px-4 py-2.5 font-semibold sm:table-cell sm:w-48">Who</th>
                <th scope="col" className="px-4 py-2.5 font-semibold">What</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {audit.rows.map((e) => (
                <tr key={e.id}>
                  <td className="w-32 px-4 py-2.5 align-top text-slate-600 sm:w-auto sm:whitespace-nowrap">
                    <time dateTime={e.at.toISOString()}>{when.format(e.at)}</time>
                    {/* Phones have no Who column: the actor goes under the time. */}
                    <span className="block text-slate-900 sm:hidden">{e.actorName ?? 'System'}</span>
                  </td>
                  <td className="hidden px-4 py-2.5 align-top text-slate-900 sm:table-cell">{e.actorName ?? 'System'}</td>
                  <td className="px-4 py-2.5 align-top">
                    <span className="font-medium text-slate-900">{auditActionLabel(e.action)}</span>
                    {describeChange(e.before, e.after).map((line) => <span key={line} className="block text-xs text-slate-600 wrap-anywhere">{line}</span>)}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <Pager summary={`${audit.total.toLocaleString('en-US')} events · page ${audit.page} of ${audit.pageCount}`} page={audit.page} pageCount={audit.pageCount} href={(page) => pageHref(base, filters, page)} />
        </div>
      )}
    </>
  );
}
