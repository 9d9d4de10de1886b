import { ArrowRight, BookOpen, Building2, CheckCircle2, Circle, Globe2, Network, Users, UsersRound } from 'lucide-react';
import type { Metadata } from 'next';
import Link from 'next/link';
import { Card } from '@/components/ui/card';
import { PageHeader } from '@/components/ui/page-header';
import { ROLE_LABELS, sectionsFor } from '@/lib/auth';
import { requireTenant } from '@/lib/auth/session';
import { getOrgOverview } from '@/lib/orgs';
import { getProfileChecklist } from '@/lib/profiles';

export const metadata: Metadata = { title: 'Home' };

const NEXT_STEPS = {
  people: { icon: Users, text: 'Browse colleagues across teams and regions.' },
  mentors: { icon: Network, text: 'Find a mentor for a skill you want to grow.' },
  sessions: { icon: BookOpen, text: 'Book or host a peer session.' },
  communities: { icon: UsersRound, text: 'Join a community of practice.' },
} as const;

export default async function OrgHomePage({ params }: { params: Promise<{ org: string }> }) {
  const ctx = await requireTenant((await params).org);
  const [overview, checklist] = await Promise.all([getOrgOverview(ctx), getProfileChecklist(ctx)]);
  const open = checklist.filter((item) => !item.done);
  const firstName = ctx.employeeName.split(' ')[0];
  const base = `/o/${ctx.orgSlug}`;
  const learn = sectionsFor(ctx.role).filter((s) => s.key in NEXT_STEPS);
  const stats = [
    { label: 'People in the network', value: overview.activeEmployees.toLocaleString('en-US'), icon: Users },
    { label: 'Departments', value: overview.departments.toLocaleString('en-US'), icon: Building2 },
    { label: 'Regions', value: overview.regions.length.toLocaleString('en-US'), icon: Globe2 },
  ];
  return (
    <>
      <PageHeader title={`Welcome, ${firstName}`} description={`You are signed in to ${ctx.orgName} as ${ROLE_LABELS[ctx.role].toLowerCase()}.`} />
      <dl className="grid grid-cols-3 gap-3 sm:gap-4">
        {stats.map(({ label, value, icon: Icon }) => (
          <div key={label} className="rounded-lg border border-slate-200 bg-white p-3 sm:p-4">
            <dt className="flex items-center gap-2 text-xs text-slate-600 sm:text-sm">
              <Icon aria-hidden className="hidden size-4 shrink-0 text-slate-400 sm:block" />
              {label}
            </dt>
            <dd className="mt-1 text-xl font-semibold tabular-nums text-slate-900 sm:text-2xl" data-testid={`stat-${label}`}>
              {value}
            </dd>
          </div>
        ))}
      </dl>
      {open.length > 0 && (
        <Card title="Complete your skills map" className="mt-6">
          <p className="text-sm text-slate-600" data-testid="profile-checklist-progress">
            {checklist.length - open.length} of {checklist.length} done. Colleagues and mentor matching find you by what is on your profile.
          </p>
          <ul className="mt-3 grid gap-1 sm:grid-cols-2">
            {checklist.map((item) => (
              <li key={item.key}>
                {item.done ? (
                  <span className="flex items-center gap-2 px-1 py-1.5 text-sm text-slate-500">
                    <CheckCircle2 aria-hidden className="size-4 shrink-0 text-emerald-600" />
                    <span>
                      {item.label} <span className="sr-only">(done)</span>
                    </span>
                  </span>
                ) : (
                  <Link href={`${base}/profile#${item.anchor}`} className="flex items-center gap-2 rounded-md px-1 py-1.5 text-sm font-medium text-slate-900 hover:bg-slate-50">
                    <Circle aria-hidden className="size-4 shrink-0 text-slate-400" />
                    {item.label}
                    <ArrowRight aria-hidden className="ml-auto size-4 text-slate-400" />
                  </Link>
                )}
              </li>
            ))}
          </ul>
        </Card>
      )}
      <div className="mt-6 grid gap-6 lg:grid-cols-3">
        <Card title="Where to start" className="lg:col-span-2">
          <ul className="divide-y divide-slate-100">
            {learn.map((section) => {
              const { icon: Icon, text } = NEXT_STEPS[section.key as keyof typeof NEXT_STEPS];
              return (
                <li key={section.key}>
                  <Link href={`${base}${section.path}`} className="group flex items-center gap-3 rounded-md px-1 py-3 hover:bg-slate-50">
                    <Icon aria-hidden className="size-5 text-brand-600" />
                    <span className="flex-1">
                      <span className="block text-sm font-medium text-slate-900">{section.label}</span>
                      <span className="block text-sm text-slate-600">{text}</span>
                    </span>
                    <ArrowRight aria-hidden className="size-4 text-slate-400 group-hover:text-slate-700" />
                  </Link>
                </li>
              );
            })}
          </ul>
        </Card>
        <Card title="People by region">
          {overview.regions.length ? (
            <ul className="flex flex-col gap-3">
              {overview.regions.map((r) => (
                <li key={r.region}>
                  <div className="flex justify-between text-sm">
                    <span className="text-slate-700">{r.region}</span>
                    <span className="tabular-nums text-slate-900">{r.employees}</span>
                  </div>
                  <div className="mt-1 h-1.5 rounded-full bg-slate-100" aria-hidden>
                    <div className="h-1.5 rounded-full bg-brand-500" style={{ width: `${Math.round((r.employees / Math.max(1, overview.activeEmployees)) * 100)}%` }} />
                  </div>
                </li>
              ))}
            </ul>
          ) : (
            <p className="text-sm text-slate-600">No one has an office location yet.</p>
          )}
        </Card>
      </div>
    </>
  );
}
