import { AlertTriangle, CheckCircle2, Lock } from 'lucide-react';
import type { ReactNode } from 'react';
import type { CycleRunResult } from '@/lib/matching';
import { ScoreTerms } from '../mentoring/score-terms';
import type { FormAction } from '../ui/action-types';
import { Card } from '../ui/card';
import { InlineActionForm } from '../ui/inline-action-form';
import { RateTable } from './rate-table';

const plural = (n: number, one: string, many = `${one}s`) => `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`;

/** Rows listed per section; a big round says how many more there are. */
const SHOWN = 200;

// Compact like the row buttons next to it (h-7).
const selectClass = 'h-7 max-w-44 rounded-md border border-slate-300 bg-white pl-2 pr-1 text-xs text-slate-900';

/**
 * A finished run as the steward reviews it: match rates overall and by region and department, mentor load,
 * the proposed pairs with their reasons (lock or forbid each), the unmatched requests with why, and publish.
 */
export function CyclePreview<R>({
  result,
  orgSlug,
  cycleId,
  editable,
  rules,
  mentors,
  setPairRuleAction,
  publish,
}: {
  result: CycleRunResult;
  orgSlug: string;
  cycleId: string;
  editable: boolean;
  rules: { requestId: string; mentorId: string; kind: 'LOCK' | 'FORBID' }[];
  mentors: { id: string; name: string }[];
  setPairRuleAction: FormAction<R>;
  publish: ReactNode;
}) {
  const { stats } = result;
  const rate = stats.requests > 0 ? Math.round((100 * stats.matched) / stats.requests) : 0;
  const ruleOf = new Map(rules.map((r) => [`${r.requestId}:${r.mentorId}`, r.kind]));
  const lockedRequests = new Set(rules.filter((r) => r.kind === 'LOCK').map((r) => r.requestId));
  const fields = (requestId: string, mentorId: string, kind: string) => ({ orgSlug, cycleId, requestId, mentorId, kind });

  return (
    <div className="mb-6 flex flex-col gap-6" data-testid="cycle-preview">
      <Card title="Preview">
        <p className="text-sm text-slate-700" data-testid="match-rate">
          <span className="text-2xl font-semibold tabular-nums text-slate-900">{rate}%</span> matched · {stats.matched} of {plural(stats.requests, 'request')}, {plural(stats.mentors, 'mentor')} with{' '}
          {plural(stats.slots, 'slot')}
        </p>
        <p className="mt-1 text-xs text-slate-500">
          The pairs’ scores add up to {stats.totalScore} points; minus {stats.loadPenalty} for giving mentors several mentees (load spreading), that is {stats.objective}, the most any
          pairing of this round can reach.
        </p>
        <div className="mt-5 grid gap-6 lg:grid-cols-3">
          <RateTable caption="By region" groupLabel="Region" rates={stats.byRegion} />
          <RateTable caption="By department" groupLabel="Department" rates={stats.byDepartment} />
          <table className="w-full self-start text-left text-sm">
            <caption className="mb-2 text-left text-sm font-semibold text-slate-900">Mentor load</caption>
            <thead className="text-xs uppercase tracking-wide text-slate-500">
              <tr>
                <th scope="col" className="py-1.5 pr-3 font-semibold">Mentees</th>
                <th scope="col" className="py-1.5 pr-3 text-right font-semibold">Mentors</th>
                <th scope="col" className="py-1.5 text-right font-semibold">At capacity</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {stats.mentorLoad.map((b) => (
                <tr key={b.mentees}>
                  <th scope="row" className="py-1.5 pr-3 font-normal tabular-nums text-slate-800">{b.mentees}</th>
                  <td className="py-1.5 pr-3 text-right tabular-nums text-slate-700">{b.mentors}</td>
                  <td className="py-1.5 text-right tabular-nums text-slate-700">{b.full}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        {result.warnings.length > 0 && (
          <ul className="mt-4 flex flex-col gap-1 rounded-md border border-amber-200 bg-amber-50 px-3 py-2 text-sm text-amber-900">
            {result.warnings.map((w) => (
              <li key={w} className="flex items-start gap-2">
                <AlertTriangle aria-hidden className="mt-0.5 size-4 shrink-0" /> {w}
              </li>
            ))}
          </ul>
        )}
      </Card>

      <Card title={`Proposed pairs (${result.assignments.length})`} description={editable ? 'Lock a pair to keep it in every run, or forbid it; then run the optimizer again.' : undefined}>
        {result.assignments.length === 0 ? (
          <p className="text-sm text-slate-600">No pairs: see the unmatched requests below.</p>
        ) : (
          <ul className="divide-y divide-slate-100" data-testid="assignments">
            {result.assignments.slice(0, SHOWN).map((a) => {
              const rule = ruleOf.get(`${a.requestId}:${a.mentorId}`);
              return (
                <li key={a.requestId} className="flex flex-col gap-2 py-3 sm:flex-row sm:items-start sm:justify-between">
                  <div className="min-w-0 text-sm">
                    <p className="text-slate-900">
                      <span className="font-medium">{a.learnerName}</span> <span className="text-slate-500">learns</span> {a.skillName} <span className="text-slate-500">with</span>{' '}
                      <span className="font-medium">{a.mentorName}</span>
                      {rule === 'LOCK' && (
                        <span className="ml-2 inline-flex items-center gap-1 rounded bg-brand-50 px-1.5 text-xs font-semibold text-brand-700">
                          <Lock aria-hidden className="size-3" /> Locked
                        </span>
                      )}
                    </p>
                    <details className="mt-1 text-slate-600">
                      <summary className="cursor-pointer rounded-sm text-xs font-medium text-brand-700 focus-visible:outline-2 focus-visible:outline-brand-600">
                        Score {a.score} · why
                      </summary>
                      <div className="mt-1.5 max-w-md">
                        <ScoreTerms terms={a.terms} />
                      </div>
                    </details>
                  </div>
                  {editable && (
                    <div className="flex shrink-0 flex-wrap gap-2">
                      {rule === 'LOCK' ? (
                        <InlineActionForm action={setPairRuleAction} fields={fields(a.requestId, a.mentorId, 'NONE')} label="Unlock" context={`${a.learnerName} and ${a.mentorName}`} />
                      ) : (
                        <InlineActionForm action={setPairRuleAction} fields={fields(a.requestId, a.mentorId, 'LOCK')} label="Lock" context={`${a.learnerName} and ${a.mentorName}`} />
                      )}
                      {rule !== 'LOCK' && <InlineActionForm action={setPairRuleAction} fields={fields(a.requestId, a.mentorId, 'FORBID')} label="Forbid" context={`${a.learnerName} and ${a.mentorName}`} tone="danger" />}
                    </div>
                  )}
                </li>
              );
            })}
          </ul>
        )}
        <MoreRows shown={SHOWN} total={result.assignments.length} what="pairs" />
      </Card>

      <Card title={`Unmatched (${result.unmatched.length})`} description={result.unmatched.length > 0 ? 'Every request without a mentor, and why.' : undefined}>
        {result.unmatched.length === 0 ? (
          <p className="flex items-center gap-2 text-sm text-emerald-700">
            <CheckCircle2 aria-hidden className="size-4" /> Every request found a mentor.
          </p>
        ) : (
          <ul className="divide-y divide-slate-100" data-testid="unmatched">
            {result.unmatched.slice(0, SHOWN).map((u) => (
              <li key={u.requestId} className="flex flex-col gap-2 py-3 text-sm sm:flex-row sm:items-center sm:justify-between">
                <p className="min-w-0 sm:flex-1">
                  <span className="font-medium text-slate-900">{u.learnerName}</span> · {u.skillName}
                  <span className="block text-slate-600">{u.words.charAt(0).toUpperCase() + u.words.slice(1)}.</span>
                </p>
                {editable && mentors.length > 0 && !lockedRequests.has(u.requestId) && (
                  <InlineActionForm action={setPairRuleAction} fields={{ orgSlug, cycleId, requestId: u.requestId, kind: 'LOCK' }} label="Lock" context={`a mentor for ${u.learnerName}`} className="sm:max-w-[55%] sm:justify-end">
                    <label className="sr-only" htmlFor={`lock-${u.requestId}`}>
                      Mentor to lock for {u.learnerName}
                    </label>
                    <select id={`lock-${u.requestId}`} name="mentorId" required defaultValue="" className={selectClass}>
                      <option value="" disabled>
                        Choose a mentor…
                      </option>
                      {mentors.map((m) => (
                        <option key={m.id} value={m.id}>
                          {m.name}
                        </option>
                      ))}
                    </select>
                  </InlineActionForm>
                )}
              </li>
            ))}
          </ul>
        )}
        <MoreRows shown={SHOWN} total={result.unmatched.length} what="unmatched requests" />
      </Card>

      {publish}
    </div>
  );
}

function MoreRows({ shown, total, what }: { shown: number; total: number; what: string }) {
  if (total <= shown) return null;
  return <p className="mt-2 text-xs text-slate-500">Showing the first {shown} of {total.toLocaleString('en-US')} {what}.</p>;
}
