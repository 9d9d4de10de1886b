import { ChevronDown, Settings2, Shuffle } from 'lucide-react';
import type { Metadata } from 'next';
import Link from 'next/link';
import { CycleForm } from '@/components/matching-cycles/cycle-form';
import { CycleStatusBadge } from '@/components/matching-cycles/cycle-status-badge';
import { AccessDenied } from '@/components/shell/access-denied';
import { StewardTabs } from '@/components/taxonomy/steward-tabs';
import { ButtonLink } from '@/components/ui/button';
import { EmptyState } from '@/components/ui/empty-state';
import { PageHeader } from '@/components/ui/page-header';
import { ROLE_LABELS, hasRole } from '@/lib/auth';
import { requireTenant } from '@/lib/auth/session';
import { listMatchingCycles, toLocalInput } from '@/lib/mentoring';
import { createMatchingCycleAction } from './actions';

export const metadata: Metadata = { title: 'Matching rounds' };

const DAY_MS = 86_400_000;

export default async function MatchingCyclesPage({ params }: { params: Promise<{ org: string }> }) {
  const ctx = await requireTenant((await params).org);
  if (!hasRole(ctx.role, 'STEWARD')) return <AccessDenied area="Matching rounds" neededRole={ROLE_LABELS.STEWARD.toLowerCase()} homeHref={`/o/${ctx.orgSlug}`} />;
  const { cycles, zone } = await listMatchingCycles(ctx);
  const base = `/o/${ctx.orgSlug}/steward/matching`;
  const day = new Intl.DateTimeFormat('en-US', { dateStyle: 'medium', timeZone: zone });
  const now = Date.now();
  const initial = { name: '', description: '', programName: '', signupOpensAt: toLocalInput(new Date(now), zone).slice(0, 11) + '09:00', signupClosesAt: toLocalInput(new Date(now + 14 * DAY_MS), zone).slice(0, 11) + '17:00' };

  return (
    <>
      <PageHeader
        title="Matching rounds"
        description="Batch mentoring rounds: learners sign up, mentors confirm capacity, and the optimizer finds the best pairing for everyone at once."
        actions={
          <ButtonLink href={`${base}/settings`} variant="secondary">
            <Settings2 aria-hidden className="size-4" /> Scoring weights
          </ButtonLink>
        }
      />
      <StewardTabs orgSlug={ctx.orgSlug} current="matching" />

      <details className="group mb-6 rounded-lg border border-slate-200 bg-white shadow-xs" open={cycles.length === 0}>
        <summary className="flex cursor-pointer list-none items-center justify-between gap-3 rounded-lg px-5 py-4 hover:bg-slate-50 group-open:rounded-b-none [&::-webkit-details-marker]:hidden">
          <span>
            <span className="block text-base font-semibold text-slate-900">New round</span>
            <span className="mt-0.5 block text-sm text-slate-600">Starts as a draft; employees see it once you open sign-up.</span>
          </span>
          <ChevronDown aria-hidden className="size-5 shrink-0 text-slate-500 transition-transform group-open:rotate-180" />
        </summary>
        <div className="border-t border-slate-100 px-5 py-4">
          <CycleForm orgSlug={ctx.orgSlug} action={createMatchingCycleAction} initial={initial} zoneLabel={zone} />
        </div>
      </details>

      {cycles.length === 0 ? (
        <EmptyState icon={Shuffle} title="No matching rounds yet">
          Create a round above. Learners ask for a mentor in it, mentors say how many learners they can take, and you run the optimizer when sign-up closes.
        </EmptyState>
      ) : (
        <ul className="divide-y divide-slate-100 overflow-hidden rounded-lg border border-slate-200 bg-white" data-testid="cycle-list">
          {cycles.map((c) => (
            <li key={c.id}>
              <Link href={`${base}/${c.id}`} className="flex flex-col gap-2 px-4 py-3 hover:bg-slate-50 focus-visible:outline-2 focus-visible:-outline-offset-2 focus-visible:outline-brand-600 sm:flex-row sm:items-center sm:justify-between">
                <span className="min-w-0">
                  <span className="flex flex-wrap items-center gap-2">
                    <span className="font-medium text-slate-900">{c.name}</span>
                    <CycleStatusBadge status={c.status} />
                  </span>
                  <span className="mt-0.5 block text-sm text-slate-600">
                    {c.programName ?? 'Whole organization'} · sign-up {day.format(c.signupOpensAt)} – {day.format(c.signupClosesAt)}
                  </span>
                </span>
                <span className="flex shrink-0 gap-4 text-sm text-slate-600 tabular-nums">
                  <span>
                    <span className="font-semibold text-slate-900">{c.requests}</span> {c.requests === 1 ? 'request' : 'requests'}
                  </span>
                  <span>
                    <span className="font-semibold text-slate-900">{c.mentors}</span> {c.mentors === 1 ? 'mentor' : 'mentors'} ({c.slots} {c.slots === 1 ? 'slot' : 'slots'})
                  </span>
                  {c.lastRun?.status === 'DONE' && c.lastRun.requests > 0 && (
                    <span>
                      <span className="font-semibold text-slate-900">{Math.round((100 * c.lastRun.matched) / c.lastRun.requests)}%</span> matched
                    </span>
                  )}
                </span>
              </Link>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
