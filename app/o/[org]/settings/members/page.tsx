import { ChevronDown, Filter, Users, X } from 'lucide-react';
import type { Metadata } from 'next';
import { ImportEmployeesForm } from '@/components/members/import-employees-form';
import { InviteMemberForm } from '@/components/members/invite-member-form';
import { AccessDenied } from '@/components/shell/access-denied';
import { SettingsTabs } from '@/components/shell/settings-tabs';
import { Badge } from '@/components/ui/badge';
import { Button, ButtonLink } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { EmptyState } from '@/components/ui/empty-state';
import { inputClass } from '@/components/ui/field';
import { InlineActionForm } from '@/components/ui/inline-action-form';
import { PageHeader } from '@/components/ui/page-header';
import { Pager, rangeSummary } from '@/components/ui/pager';
import { ROLE_LABELS, hasRole } from '@/lib/auth';
import { requireTenant } from '@/lib/auth/session';
import { INVITATION_TTL_DAYS, ROLES, listInvitations } from '@/lib/invitations';
import { MEMBERS_PAGE_SIZE, canViewMembers, listMembers, listMembersInput } from '@/lib/members';
import { pageHref } from '@/lib/pagination';
import {
  changeMemberRoleAction,
  deactivateMemberAction,
  importEmployeesAction,
  inviteMemberAction,
  reactivateMemberAction,
  resendInvitationAction,
  revokeInvitationAction,
} from './actions';

export const metadata: Metadata = { title: 'Members' };

const day = new Intl.DateTimeFormat('en-US', { dateStyle: 'medium', timeZone: 'UTC' });
// Compact enough to sit on one line with its Save button, at the same height (h-7) as the row buttons.
const selectClass = 'h-7 rounded-md border border-slate-300 bg-white pl-2 pr-1 text-sm text-slate-900';

export default async function MembersPage({ params, searchParams }: { params: Promise<{ org: string }>; searchParams: Promise<Record<string, string | undefined>> }) {
  const ctx = await requireTenant((await params).org);
  if (!canViewMembers(ctx)) return <AccessDenied area="Members" neededRole={ROLE_LABELS.HR_ADMIN} homeHref={`/o/${ctx.orgSlug}`} />;
  const isAdmin = hasRole(ctx.role, 'ADMIN');
  const filters = listMembersInput.parse(await searchParams);
  const [members, invitations] = await Promise.all([listMembers(ctx, filters), isAdmin ? listInvitations(ctx) : Promise.resolve([])]);
  const base = `/o/${ctx.orgSlug}/settings/members`;
  const roleOptions = ROLES.map((r) => ({ value: r, label: ROLE_LABELS[r] }));
  const pending = invitations.filter((i) => i.status === 'PENDING');
  const filtered = Boolean(filters.q || filters.role || filters.status || filters.departmentId || filters.region);

  return (
    <>
      <PageHeader title="Members" description={isAdmin ? 'Everyone in your organization, their roles, and who is invited.' : 'Everyone in your organization and their roles.'} />
      {isAdmin && <SettingsTabs orgSlug={ctx.orgSlug} current="members" />}

      {isAdmin && (
        <Card title="Invite people" description={`They get an email with a link that works once and expires in ${INVITATION_TTL_DAYS} days.`} className="mb-6">
          <InviteMemberForm orgSlug={ctx.orgSlug} action={inviteMemberAction} roles={roleOptions} />
          {pending.length > 0 && (
            <div className="mt-5 border-t border-slate-100 pt-4">
              <h3 className="text-sm font-semibold text-slate-900">Pending invitations ({pending.length})</h3>
              <ul className="mt-2 divide-y divide-slate-100" data-testid="pending-invitations">
                {pending.map((inv) => (
                  <li key={inv.id} className="flex flex-col gap-2 py-2.5 sm:flex-row sm:items-center sm:justify-between">
                    <div className="min-w-0 text-sm">
                      <p className="truncate font-medium text-slate-900">{inv.email}</p>
                      <p className="text-slate-600">
                        {ROLE_LABELS[inv.role]} · sent {inv.sendCount > 1 ? `${inv.sendCount} times` : 'once'} ·{' '}
                        {inv.expired ? <span className="font-medium text-amber-700">expired {day.format(inv.expiresAt)}</span> : <>expires {day.format(inv.expiresAt)}</>}
                      </p>
                    </div>
                    <div className="flex flex-wrap gap-2">
                      <InlineActionForm action={resendInvitationAction} fields={{ orgSlug: ctx.orgSlug, invitationId: inv.id }} label="Resend" />
                      <InlineActionForm action={revokeInvitationAction} fields={{ orgSlug: ctx.orgSlug, invitationId: inv.id }} label="Revoke" tone="danger" confirmText={`Revoke the invitation for ${inv.email}? The link will stop working.`} />
                    </div>
                  </li>
                ))}
              </ul>
            </div>
          )}
        </Card>
      )}

      <details className="group mb-6 rounded-lg border border-slate-200 bg-white shadow-xs" open={!filtered && members.total < 5}>
        <summary className="flex cursor-pointer list-none items-center justify-between gap-3 rounded-lg px-5 py-4 hover:bg-slate-50 group-open:rounded-b-none [&::-webkit-details-marker]:hidden">
          <span>
            <span className="block text-base font-semibold text-slate-900">Import employees from a CSV file</span>
            <span className="mt-0.5 block text-sm text-slate-600">Add or update many people at once, e.g. from your HR system.</span>
          </span>
          <ChevronDown aria-hidden className="size-5 shrink-0 text-slate-500 transition-transform group-open:rotate-180" />
        </summary>
        <div className="border-t border-slate-100 px-5 py-4">
          <ImportEmployeesForm orgSlug={ctx.orgSlug} action={importEmployeesAction} />
        </div>
      </details>

      {/* Phones: search, then the four selects two by two. Tablets: the selects in one row. Wide screens: all in one row. */}
      <form role="search" action={base} className="mb-4 grid grid-cols-2 gap-2 sm:grid-cols-4 xl:grid-cols-[minmax(10rem,1fr)_repeat(4,9.5rem)_auto]">
        <label className="sr-only" htmlFor="members-q">Search members</label>
        <input id="members-q" name="q" type="search" defaultValue={filters.q} placeholder="Name, email or title" className={`${inputClass} col-span-2 sm:col-span-4 xl:col-span-1`} />
        <label className="sr-only" htmlFor="members-role">Filter by role</label>
        <select id="members-role" name="role" defaultValue={filters.role ?? ''} className={inputClass}>
          <option value="">All roles</option>
          {roleOptions.map((r) => <option key={r.value} value={r.value}>{r.label}</option>)}
        </select>
        <label className="sr-only" htmlFor="members-department">Filter by department</label>
        <select id="members-department" name="departmentId" defaultValue={filters.departmentId ?? ''} className={inputClass}>
          <option value="">All departments</option>
          {members.departments.map((d) => <option key={d.id} value={d.id}>{d.name}</option>)}
        </select>
        <label className="sr-only" htmlFor="members-region">Filter by region</label>
        <select id="members-region" name="region" defaultValue={filters.region ?? ''} className={inputClass}>
          <option value="">All regions</option>
          {members.regions.map((r) => <option key={r} value={r}>{r}</option>)}
        </select>
        <label className="sr-only" htmlFor="members-status">Filter by status</label>
        <select id="members-status" name="status" defaultValue={filters.status ?? ''} className={inputClass}>
          <option value="">Any status</option>
          <option value="ACTIVE">Active</option>
          <option value="DEACTIVATED">Deactivated</option>
        </select>
        <div className="col-span-2 flex items-center gap-2 sm:col-span-4 xl:col-span-1">
          <Button type="submit" variant="secondary" title="Apply filters" className="max-sm:flex-1">
            <Filter aria-hidden className="size-4" />
            <span className="xl:sr-only">Apply filters</span>
          </Button>
          {filtered && members.total > 0 && (
            <ButtonLink href={base} variant="ghost" title="Clear filters" className="xl:px-2">
              <X aria-hidden className="hidden size-4 xl:block" />
              <span className="xl:sr-only">Clear filters</span>
            </ButtonLink>
          )}
        </div>
      </form>

      {members.total === 0 ? (
        <EmptyState icon={Users} title={filtered ? 'No members match these filters' : 'No members yet'} action={filtered ? <ButtonLink href={base} variant="secondary">Clear filters</ButtonLink> : undefined}>
          {filtered ? 'Try fewer filters or a shorter search.' : 'Invite people above, or import them from a CSV file.'}
        </EmptyState>
      ) : (
        <div className="overflow-hidden rounded-lg border border-slate-200 bg-white">
          {/* A table from sm up. On phones each row is a small card (grid): name and status on top, role and
              actions below, so nothing scrolls sideways; the column headings stay for screen readers. */}
          <table className="w-full text-left text-sm" data-testid="members-table">
            <caption className="sr-only">Members, page {members.page} of {members.pageCount}</caption>
            <thead className="sr-only border-b border-slate-200 bg-slate-50 text-xs uppercase tracking-wide text-slate-500 sm:not-sr-only">
              <tr>
                <th scope="col" className="px-4 py-2.5 font-semibold">Member</th>
                <th scope="col" className="px-4 py-2.5 font-semibold">Role</th>
                <th scope="col" className="hidden whitespace-nowrap px-4 py-2.5 font-semibold md:table-cell">Department · location</th>
                <th scope="col" className="px-4 py-2.5 font-semibold">Status</th>
                {isAdmin && (
                  <th scope="col" className="px-4 py-2.5">
                    <span className="sr-only">Actions</span>
                  </th>
                )}
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {members.rows.map((m) => {
                const isYou = m.id === ctx.employeeId;
                return (
                  <tr key={m.id} data-testid={`member-${m.email}`} className="grid grid-cols-[minmax(0,1fr)_auto] items-center gap-x-3 gap-y-2 px-4 py-3 sm:table-row sm:p-0">
                    <td className="min-w-0 sm:px-4 sm:py-2.5">
                      <span className="block font-medium text-slate-900">{m.name}</span>
                      <span className="block text-slate-600 wrap-anywhere">
                        <EmailAddress email={m.email} />
                      </span>
                    </td>
                    <td className="row-start-2 sm:px-4 sm:py-2.5">
                      {isAdmin && !isYou ? (
                        <InlineActionForm action={changeMemberRoleAction} fields={{ orgSlug: ctx.orgSlug, employeeId: m.id }} label="Save">
                          <label className="sr-only" htmlFor={`role-${m.id}`}>Role of {m.name}</label>
                          {/* Keyed by the saved role: React resets the form after saving, and a fresh select resets to the new role, not the old one. */}
                          <select key={m.role} id={`role-${m.id}`} name="role" defaultValue={m.role} className={selectClass}>
                            {roleOptions.map((r) => <option key={r.value} value={r.value}>{r.label}</option>)}
                          </select>
                        </InlineActionForm>
                      ) : (
                        <span className="text-slate-700">{ROLE_LABELS[m.role]}{isYou ? ' (you)' : ''}</span>
                      )}
                    </td>
                    <td className="hidden px-4 py-2.5 text-slate-700 md:table-cell">
                      {m.department ?? '—'}
                      {m.location ? <span className="block text-slate-500">{m.location} · {m.region}</span> : null}
                    </td>
                    <td className="col-start-2 row-start-1 self-start sm:px-4 sm:py-2.5">
                      <div className="flex flex-col items-end gap-1 sm:items-start">
                        {m.status === 'ACTIVE' ? <Badge tone="green">Active</Badge> : <Badge tone="amber">Deactivated</Badge>}
                        {!m.hasSignedIn && m.status === 'ACTIVE' && <span className="whitespace-nowrap text-xs text-slate-500">Not signed in yet</span>}
                      </div>
                    </td>
                    {isAdmin && (
                      <td className="col-start-2 row-start-2 justify-self-end max-sm:max-w-28 sm:px-4 sm:py-2.5 sm:text-right">
                        {!isYou && (m.status === 'ACTIVE' ? (
                          <InlineActionForm action={deactivateMemberAction} fields={{ orgSlug: ctx.orgSlug, employeeId: m.id }} label="Deactivate" tone="danger" className="justify-end" confirmText={`Deactivate ${m.name}? They will lose access to ${ctx.orgName}; their history is kept.`} />
                        ) : (
                          <InlineActionForm action={reactivateMemberAction} fields={{ orgSlug: ctx.orgSlug, employeeId: m.id }} label="Reactivate" className="justify-end" />
                        ))}
                      </td>
                    )}
                  </tr>
                );
              })}
            </tbody>
          </table>
          <Pager summary={rangeSummary(members.page, MEMBERS_PAGE_SIZE, members.rows.length, members.total)} summaryTestId="members-count" page={members.page} pageCount={members.pageCount} href={(page) => pageHref(base, filters, page)} />
        </div>
      )}
    </>
  );
}

/** An address that, when it must wrap, wraps after the "@" rather than mid-word. */
function EmailAddress({ email }: { email: string }) {
  const at = email.lastIndexOf('@');
  if (at < 0) return <>{email}</>;
  return (
    <>
      {email.slice(0, at + 1)}
      <wbr />
      {email.slice(at + 1)}
    </>
  );
}
