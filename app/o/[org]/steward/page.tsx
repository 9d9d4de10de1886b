import { ArrowRight, HeartPulse, Inbox, ListTree, Shuffle, type LucideIcon } from 'lucide-react';
import type { Metadata } from 'next';
import Link from 'next/link';
import type { ReactNode } from 'react';
import { AccessDenied } from '@/components/shell/access-denied';
import { StewardTabs } from '@/components/taxonomy/steward-tabs';
import { PageHeader } from '@/components/ui/page-header';
import { ROLE_LABELS, hasRole } from '@/lib/auth';
import { requireTenant } from '@/lib/auth/session';
import { listMatchingCycles } from '@/lib/mentoring';
import { listTaxonomy } from '@/lib/skills';

export const metadata: Metadata = { title: 'Steward console' };

const plural = (n: number, one: string, many = `${one}s`) => `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`;

export default async function StewardPage({ params }: { params: Promise<{ org: string }> }) {
  const ctx = await requireTenant((await params).org);
  if (!hasRole(ctx.role, 'STEWARD')) return <AccessDenied area="The steward console" neededRole={ROLE_LABELS.STEWARD.toLowerCase()} homeHref={`/o/${ctx.orgSlug}`} />;
  const [taxonomy, { cycles }] = await Promise.all([listTaxonomy(ctx), listMatchingCycles(ctx)]);
  const base = `/o/${ctx.orgSlug}/steward`;
  const approved = taxonomy.filter((s) => s.status === 'APPROVED');
  const skills = approved.filter((s) => s.kind === 'SKILL').length;
  const categories = approved.filter((s) => s.kind === 'CATEGORY').length;
  const retired = taxonomy.filter((s) => s.status === 'RETIRED').length;
  const pending = taxonomy.filter((s) => s.status === 'PROPOSED');
  const unused = approved.filter((s) => s.kind === 'SKILL' && s.people === 0).length;
  const openCycles = cycles.filter((c) => c.status === 'OPEN').length;
  const lastRun = cycles.find((c) => c.lastRun?.status === 'DONE' && c.lastRun.requests > 0);

  return (
    <>
      <PageHeader title="Steward console" description="Keep the skill taxonomy clean, review what employees propose, and run batch matching rounds. Community health arrives here next." />
      <StewardTabs orgSlug={ctx.orgSlug} current="overview" pending={pending.length} />
      <div className="grid gap-4 md:grid-cols-2 lg:grid-cols-3">
        <ConsoleCard href={`${base}/skills`} icon={ListTree} title="Skill taxonomy" testId="card-taxonomy">
          <p className="text-2xl font-semibold tabular-nums text-slate-900">{skills.toLocaleString('en-US')}</p>
          <p className="text-sm text-slate-600">
            approved {skills === 1 ? 'skill' : 'skills'} in {plural(categories, 'category', 'categories')}
            {retired > 0 && <> · {retired.toLocaleString('en-US')} retired</>}
            {unused > 0 && <> · {unused.toLocaleString('en-US')} on nobody’s profile yet</>}
          </p>
        </ConsoleCard>
        <ConsoleCard href={`${base}/skills/review`} icon={Inbox} title="Review queue" testId="card-review">
          <p className="text-2xl font-semibold tabular-nums text-slate-900" data-testid="pending-count">
            {pending.length.toLocaleString('en-US')}
          </p>
          <p className="text-sm text-slate-600">
            {pending.length === 0
              ? 'No proposed skills are waiting. New proposals from employees show up here.'
              : `${pending.length === 1 ? 'proposed skill waits' : 'proposed skills wait'} for approval, a merge or a rejection${pending[0] ? ` (oldest: ${[...pending].sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime())[0]!.name})` : ''}.`}
          </p>
        </ConsoleCard>
        <ConsoleCard href={`${base}/matching`} icon={Shuffle} title="Matching rounds" testId="card-matching">
          <p className="text-2xl font-semibold tabular-nums text-slate-900">{openCycles.toLocaleString('en-US')}</p>
          <p className="text-sm text-slate-600">
            {openCycles === 1 ? 'round open for sign-up' : 'rounds open for sign-up'}
            {lastRun?.lastRun
              ? ` · last run: ${Math.round((100 * lastRun.lastRun.matched) / lastRun.lastRun.requests)}% of ${lastRun.lastRun.requests.toLocaleString('en-US')} requests matched in ${lastRun.name}`
              : cycles.length === 0
                ? ' · batch-match learners with mentors, exactly optimally'
                : ' · no finished run yet'}
          </p>
        </ConsoleCard>
      </div>

      <h2 className="mt-8 text-sm font-semibold uppercase tracking-wide text-slate-500">Coming with later issues</h2>
      <ul className="mt-3 grid gap-4 md:grid-cols-2">
        <Later icon={HeartPulse} title="Community health">
          Activity, objectives and equity alerts across regions for the communities you steward.
        </Later>
      </ul>
    </>
  );
}

function ConsoleCard({ href, icon: Icon, title, testId, children }: { href: string; icon: LucideIcon; title: string; testId: string; children: ReactNode }) {
  return (
    <Link href={href} data-testid={testId} className="group flex flex-col gap-3 rounded-lg border border-slate-200 bg-white p-5 shadow-xs hover:border-brand-300 hover:bg-slate-50 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-600">
      <span className="flex items-center gap-2 text-base font-semibold text-slate-900">
        <Icon aria-hidden className="size-5 text-brand-600" />
        {title}
        <ArrowRight aria-hidden className="ml-auto size-4 text-slate-400 group-hover:text-slate-700" />
      </span>
      <div className="flex flex-col gap-0.5">{children}</div>
    </Link>
  );
}

function Later({ icon: Icon, title, children }: { icon: LucideIcon; title: string; children: ReactNode }) {
  return (
    <li className="flex gap-3 rounded-lg border border-dashed border-slate-300 bg-white p-4">
      <Icon aria-hidden className="mt-0.5 size-5 shrink-0 text-slate-400" />
      <div>
        <p className="text-sm font-medium text-slate-900">{title}</p>
        <p className="mt-0.5 text-sm text-slate-600">{children}</p>
      </div>
    </li>
  );
}
