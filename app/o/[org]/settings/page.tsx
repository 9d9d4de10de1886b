import { History } from 'lucide-react';
import type { Metadata } from 'next';
import Link from 'next/link';
import { OrgSettingsForm } from '@/components/orgs/org-settings-form';
import { AccessDenied } from '@/components/shell/access-denied';
import { SettingsTabs } from '@/components/shell/settings-tabs';
import { Card } from '@/components/ui/card';
import { EmptyState } from '@/components/ui/empty-state';
import { PageHeader } from '@/components/ui/page-header';
import { auditActionLabel, listAuditEvents } from '@/lib/audit';
import { ROLE_LABELS, hasRole } from '@/lib/auth';
import { requireTenant } from '@/lib/auth/session';
import { TIME_ZONES, getOrganizationProfile } from '@/lib/orgs';
import { saveOrganizationSettings } from './actions';

export const metadata: Metadata = { title: 'Org settings' };

const when = new Intl.DateTimeFormat('en-US', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' });

export default async function SettingsPage({ params }: { params: Promise<{ org: string }> }) {
  const ctx = await requireTenant((await params).org);
  if (!hasRole(ctx.role, 'ADMIN')) return <AccessDenied area="Org settings" neededRole={ROLE_LABELS.ADMIN.toLowerCase()} homeHref={`/o/${ctx.orgSlug}`} />;
  const [profile, audit] = await Promise.all([getOrganizationProfile(ctx), listAuditEvents(ctx)]);
  const events = audit.rows.slice(0, 8);
  return (
    <>
      <PageHeader title="Org settings" description="How your organization appears and who may join it." />
      <SettingsTabs orgSlug={ctx.orgSlug} current="general" />
      <div className="grid gap-6 xl:grid-cols-5">
        <Card title="Organization" className="xl:col-span-3">
          <OrgSettingsForm orgSlug={ctx.orgSlug} current={profile} timeZones={TIME_ZONES} action={saveOrganizationSettings} />
        </Card>
        <Card title="Recent changes" description="Every administrative change is recorded." className="xl:col-span-2">
          {events.length ? (
            <>
            <ol className="flex flex-col gap-3" data-testid="audit-log">
              {events.map((e) => (
                <li key={e.id} className="text-sm">
                  <p className="font-medium text-slate-900">{auditActionLabel(e.action)}</p>
                  <p className="text-slate-600">
                    {e.actorName ?? 'System'} · <time dateTime={e.at.toISOString()}>{when.format(e.at)} UTC</time>
                  </p>
                </li>
              ))}
            </ol>
            <Link href={`/o/${ctx.orgSlug}/settings/audit`} className="mt-4 inline-block text-sm font-medium text-brand-700 hover:underline">
              View the full audit log
            </Link>
            </>
          ) : (
            <EmptyState icon={History} title="No changes yet" headingLevel={3} compact>
              Changes to settings, members and roles will be listed here.
            </EmptyState>
          )}
        </Card>
      </div>
    </>
  );
}
