import { AlertTriangle, ChevronDown } from 'lucide-react';
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import type { ReactNode } from 'react';
import { CycleActionButton } from '@/components/matching-cycles/cycle-action-button';
import { CycleForm } from '@/components/matching-cycles/cycle-form';
import { CyclePreview } from '@/components/matching-cycles/cycle-preview';
import { CycleStatusBadge } from '@/components/matching-cycles/cycle-status-badge';
import { RunProgress } from '@/components/matching-cycles/run-progress';
import { AccessDenied } from '@/components/shell/access-denied';
import { StewardTabs } from '@/components/taxonomy/steward-tabs';
import { BackLink } from '@/components/ui/back-link';
import { Card } from '@/components/ui/card';
import { InlineActionForm } from '@/components/ui/inline-action-form';
import { ROLE_LABELS, hasRole } from '@/lib/auth';
import { requireTenant } from '@/lib/auth/session';
import { DomainError } from '@/lib/errors';
import { CYCLE_TABLE_LIMIT, getMatchingCycle, toLocalInput } from '@/lib/mentoring';
import { levelName } from '@/lib/skills/levels';
import { publishCycleAction, runCycleOptimizerAction, setCycleStatusAction, setPairRuleAction, updateMatchingCycleAction } from '../actions';

export const metadata: Metadata = { title: 'Matching round' };

const plural = (n: number, one: string, many = `${one}s`) => `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`;

async function loadCycle(ctx: Parameters<typeof getMatchingCycle>[0], cycleId: string) {
  try {
    return await getMatchingCycle(ctx, cycleId);
  } catch (error) {
    if (error instanceof DomainError && error.code === 'NOT_FOUND') notFound();
    throw error;
  }
}

export default async function MatchingCyclePage({ params }: { params: Promise<{ org: string; cycleId: string }> }) {
  const { org, cycleId } = await params;
  const ctx = await requireTenant(org);
  if (!hasRole(ctx.role, 'STEWARD')) return <AccessDenied area="Matching rounds" neededRole={ROLE_LABELS.STEWARD.toLowerCase()} homeHref={`/o/${ctx.orgSlug}`} />;
  if (!/^[0-9a-f-]{36}$/i.test(cycleId)) notFound();
  const detail = await loadCycle(ctx, cycleId);
  const { cycle, run, zone } = detail;
  const base = `/o/${ctx.orgSlug}/steward/matching`;
  const when = new Intl.DateTimeFormat('en-US', { dateStyle: 'medium', timeStyle: 'short', timeZone: zone });
  const fields = { orgSlug: ctx.orgSlug, cycleId: cycle.id };
  const published = cycle.status === 'PUBLISHED';
  const running = run?.status === 'RUNNING';
  const result = run?.result ?? null;
  const learners = new Set(result?.assignments.map((a) => a.learnerId)).size;
  const mentorsWithMentees = new Set(result?.assignments.map((a) => a.mentorId)).size;
  const matchRate = result && result.stats.requests > 0 ? Math.round((100 * result.stats.matched) / result.stats.requests) : null;

  return (
    <>
      <BackLink href={base}>All rounds</BackLink>
      <div className="mb-6 flex flex-col gap-1">
        <div className="flex flex-wrap items-center gap-2">
          <h1 className="text-2xl font-semibold tracking-tight text-slate-900">{cycle.name}</h1>
          <CycleStatusBadge status={cycle.status} />
        </div>
        <p className="text-sm text-slate-600">
          {cycle.programName ?? 'Whole organization'} · sign-up {when.format(cycle.signupOpensAt)} – {when.format(cycle.signupClosesAt)} ({zone})
          {cycle.publishedAt && <> · published {when.format(cycle.publishedAt)}</>}
        </p>
        {cycle.description && <p className="max-w-2xl text-sm text-slate-600">{cycle.description}</p>}
      </div>
      <StewardTabs orgSlug={ctx.orgSlug} current="matching" />

      <section aria-label="Sign-up" className="mb-6 flex flex-col gap-4">
        <div className="grid grid-cols-3 gap-2 sm:gap-3">
          <Figure label="Requests" value={detail.requestCount} testId="figure-requests">
            {detail.withdrawn > 0 ? `${detail.withdrawn} withdrawn` : 'learners asking for a mentor'}
          </Figure>
          <Figure label="Mentors" value={detail.mentorCount} testId="figure-mentors">
            {plural(detail.slots, 'slot')} offered
          </Figure>
          <Figure label="Last run" value={matchRate === null ? '—' : `${matchRate}%`} testId="figure-rate">
            {result ? `${result.stats.matched} of ${plural(result.stats.requests, 'request')} matched` : 'not run yet'}
          </Figure>
        </div>
        {!published && (
          <div className="flex flex-wrap items-start gap-3">
            {cycle.status === 'DRAFT' && <CycleActionButton action={setCycleStatusAction} fields={{ ...fields, status: 'OPEN' }} label="Open sign-up" icon="open" variant="primary" />}
            {cycle.status === 'OPEN' && <CycleActionButton action={setCycleStatusAction} fields={{ ...fields, status: 'CLOSED' }} label="Close sign-up" icon="close" variant="primary" />}
            {cycle.status === 'CLOSED' && (
              <>
                <CycleActionButton action={runCycleOptimizerAction} fields={fields} label={run ? 'Run optimizer again' : 'Run optimizer'} icon="run" variant={result && !detail.stale ? 'secondary' : 'primary'} disabled={running} />
                <CycleActionButton action={setCycleStatusAction} fields={{ ...fields, status: 'OPEN' }} label="Reopen sign-up" icon="open" confirmText="Reopen sign-up? Learners and mentors can change their entries again, and you will need to run the optimizer again before publishing." />
              </>
            )}
          </div>
        )}
        {cycle.status === 'OPEN' && <p className="text-sm text-slate-600">Close sign-up to run the optimizer; learners and mentors can no longer change their entries then.</p>}
      </section>

      {run && (
        <Card title="Optimizer" className="mb-6">
          {running ? (
            <RunProgress progress={run.progress} />
          ) : run.status === 'FAILED' ? (
            <p role="alert" className="flex items-start gap-2 text-sm text-red-700">
              <AlertTriangle aria-hidden className="mt-0.5 size-4 shrink-0" /> {run.error}
            </p>
          ) : (
            <div className="flex flex-col gap-2 text-sm text-slate-700" data-testid="run-done">
              <p>
                Finished {when.format(run.finishedAt ?? run.startedAt)}
                {run.startedBy ? `, started by ${run.startedBy}` : ''}. The pairing below is exactly optimal: no other assignment within the capacities scores higher in total.
              </p>
              {detail.stale && !published && (
                <p role="status" className="flex items-start gap-2 rounded-md border border-amber-200 bg-amber-50 px-3 py-2 text-amber-900">
                  <AlertTriangle aria-hidden className="mt-0.5 size-4 shrink-0" /> Requests, mentors or pair rules changed after this run. Run the optimizer again before publishing.
                </p>
              )}
            </div>
          )}
        </Card>
      )}

      {result && run?.status === 'DONE' && (
        <CyclePreview
          result={result}
          orgSlug={ctx.orgSlug}
          cycleId={cycle.id}
          editable={!published}
          rules={detail.rules}
          mentors={detail.mentors}
          setPairRuleAction={setPairRuleAction}
          publish={
            !published && cycle.status === 'CLOSED' ? (
              <div className="flex flex-col gap-2 rounded-lg border border-slate-200 bg-white p-5 shadow-xs sm:flex-row sm:items-center sm:justify-between">
                <div>
                  <h2 className="text-base font-semibold text-slate-900">Publish</h2>
                  <p className="mt-1 text-sm text-slate-600">
                    {result.stats.matched === 0
                      ? 'No pairs to send. Publishing closes the round.'
                      : `Sends ${plural(result.stats.matched, 'proposal')}: ${plural(learners, 'learner')} and ${plural(mentorsWithMentees, 'mentor')} get an email; each mentor has ${plural(detail.expiryDays, 'day')} to accept or decline.`}
                  </p>
                </div>
                <CycleActionButton
                  action={publishCycleAction}
                  fields={fields}
                  label="Publish"
                  icon="publish"
                  variant="primary"
                  disabled={detail.stale || running}
                  confirmText={`Publish ${plural(result.stats.matched, 'proposal')}? ${plural(learners + mentorsWithMentees, 'email')} go out (${plural(learners, 'learner')}, ${plural(mentorsWithMentees, 'mentor')}). This cannot be undone.`}
                />
              </div>
            ) : null
          }
        />
      )}

      {detail.rules.length > 0 && (
        <Card title="Pair rules" description={published ? 'The steward’s overrides used for this round.' : 'Your overrides for the next run. Run the optimizer again after changing them.'} className="mb-6">
          <ul className="divide-y divide-slate-100 text-sm" data-testid="pair-rules">
            {detail.rules.map((r) => (
              <li key={`${r.requestId}-${r.mentorId}`} className="flex flex-wrap items-center justify-between gap-2 py-2">
                <span>
                  <span className={`mr-2 rounded px-1.5 py-0.5 text-xs font-semibold ${r.kind === 'LOCK' ? 'bg-brand-50 text-brand-700' : 'bg-red-50 text-red-700'}`}>{r.kind === 'LOCK' ? 'Locked' : 'Forbidden'}</span>
                  {r.learnerName} ({r.skillName}) → {r.mentorName}
                </span>
                {!published && <InlineActionForm action={setPairRuleAction} fields={{ ...fields, requestId: r.requestId, mentorId: r.mentorId, kind: 'NONE' }} label="Remove" context={`the rule for ${r.learnerName} and ${r.mentorName}`} />}
              </li>
            ))}
          </ul>
        </Card>
      )}

      <Collapsible title={`Requests (${detail.requestCount})`} open={!run && detail.requestCount > 0}>
        {detail.requestCount === 0 ? (
          <p className="text-sm text-slate-600">{cycle.status === 'DRAFT' ? 'Open sign-up so employees can ask for a mentor in this round.' : 'No requests yet.'}</p>
        ) : (
          <div className="overflow-x-auto">
            <table className="w-full text-left text-sm" data-testid="requests-table">
              <caption className="sr-only">Requests in this round</caption>
              <thead className="border-b border-slate-200 text-xs uppercase tracking-wide text-slate-500">
                <tr>
                  <th scope="col" className="py-2 pr-3 font-semibold">Learner</th>
                  <th scope="col" className="py-2 pr-3 font-semibold">Skill</th>
                  <th scope="col" className="hidden py-2 pr-3 font-semibold sm:table-cell">Department · region</th>
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-100">
                {detail.requests.map((r) => (
                  <tr key={r.id}>
                    <td className="py-2 pr-3 font-medium text-slate-900">{r.learnerName}</td>
                    <td className="py-2 pr-3 text-slate-700">
                      {r.skillName}
                      <span className="block text-xs text-slate-500">
                        {r.currentLevel ? `level ${r.currentLevel}` : 'new to it'} → {r.targetLevel} · {levelName(r.targetLevel)}
                        {r.acceptsAsync ? ' · fine with async' : ''}
                      </span>
                    </td>
                    <td className="hidden py-2 pr-3 text-slate-600 sm:table-cell">
                      {r.department ?? '—'} · {r.region ?? '—'}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
            {detail.requestCount > CYCLE_TABLE_LIMIT && <p className="mt-2 text-xs text-slate-500">Showing the first {CYCLE_TABLE_LIMIT} of {detail.requestCount.toLocaleString('en-US')} requests.</p>}
          </div>
        )}
      </Collapsible>

      <Collapsible title={`Mentors (${detail.mentorCount})`} open={!run && detail.mentorCount > 0}>
        {detail.mentorCount === 0 ? (
          <p className="text-sm text-slate-600">No mentor has offered capacity yet. Employees who can teach a skill offer it on Mentoring → Matching rounds.</p>
        ) : (
          <div className="overflow-x-auto">
            <table className="w-full text-left text-sm" data-testid="mentors-table">
              <caption className="sr-only">Mentors in this round</caption>
              <thead className="border-b border-slate-200 text-xs uppercase tracking-wide text-slate-500">
                <tr>
                  <th scope="col" className="py-2 pr-3 font-semibold">Mentor</th>
                  <th scope="col" className="py-2 pr-3 text-right font-semibold">Slots</th>
                  <th scope="col" className="hidden py-2 pr-3 font-semibold sm:table-cell">Department · region</th>
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-100">
                {detail.mentors.map((m) => (
                  <tr key={m.id}>
                    <td className="py-2 pr-3">
                      <span className="font-medium text-slate-900">{m.name}</span>
                      {m.title && <span className="block text-xs text-slate-500">{m.title}</span>}
                    </td>
                    <td className="py-2 pr-3 text-right tabular-nums text-slate-700">{m.capacity}</td>
                    <td className="hidden py-2 pr-3 text-slate-600 sm:table-cell">
                      {m.department ?? '—'} · {m.region ?? '—'}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
            {detail.mentorCount > CYCLE_TABLE_LIMIT && <p className="mt-2 text-xs text-slate-500">Showing the first {CYCLE_TABLE_LIMIT} of {detail.mentorCount.toLocaleString('en-US')} mentors.</p>}
          </div>
        )}
      </Collapsible>

      {!published && (
        <Collapsible title="Edit round" open={false}>
          <CycleForm
            orgSlug={ctx.orgSlug}
            action={updateMatchingCycleAction}
            zoneLabel={zone}
            initial={{
              cycleId: cycle.id,
              name: cycle.name,
              description: cycle.description ?? '',
              programName: cycle.programName ?? '',
              signupOpensAt: toLocalInput(cycle.signupOpensAt, zone),
              signupClosesAt: toLocalInput(cycle.signupClosesAt, zone),
            }}
          />
        </Collapsible>
      )}
    </>
  );
}

function Figure({ label, value, testId, children }: { label: string; value: number | string; testId: string; children: ReactNode }) {
  return (
    <div className="rounded-lg border border-slate-200 bg-white px-3 py-3 shadow-xs sm:px-4" data-testid={testId}>
      <p className="text-xs font-semibold uppercase tracking-wide text-slate-500">{label}</p>
      <p className="mt-1 text-xl font-semibold tabular-nums text-slate-900 sm:text-2xl">{typeof value === 'number' ? value.toLocaleString('en-US') : value}</p>
      <p className="text-xs text-slate-600 sm:text-sm">{children}</p>
    </div>
  );
}

function Collapsible({ title, open, children }: { title: string; open: boolean; children: ReactNode }) {
  return (
    <details className="group mb-4 rounded-lg border border-slate-200 bg-white shadow-xs" open={open}>
      <summary className="flex cursor-pointer list-none items-center justify-between gap-3 rounded-lg px-5 py-3 hover:bg-slate-50 group-open:rounded-b-none [&::-webkit-details-marker]:hidden">
        <h2 className="text-base font-semibold text-slate-900">{title}</h2>
        <ChevronDown aria-hidden className="size-5 shrink-0 text-slate-500 transition-transform group-open:rotate-180" />
      </summary>
      <div className="border-t border-slate-100 px-5 py-4">{children}</div>
    </details>
  );
}
