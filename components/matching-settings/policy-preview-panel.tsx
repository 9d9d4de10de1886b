import { AlertTriangle, ArrowRight } from 'lucide-react';
import type { Ref } from 'react';
import type { PolicyPreview, PreviewFigures, PreviewPick, PreviewRow } from '@/lib/mentoring/preview-matching-policy';
import { Badge } from '../ui/badge';

const FIGURES: { key: keyof PreviewFigures; label: string; hint: string; format: (v: number) => string }[] = [
  { key: 'averageSharedHours', label: 'Shared hours with the top pick', hint: 'Average a week', format: (v) => `${v.toFixed(1)} h` },
  { key: 'crossDepartmentShare', label: 'Top picks from another department', hint: 'New connections across the org', format: (v) => `${Math.round(v * 100)}%` },
  { key: 'distinctTopMentors', label: 'Different people as top pick', hint: 'More means load spreads wider', format: (v) => String(v) },
  { key: 'withoutMentor', label: 'Requests nobody may mentor', hint: 'Ruled out by the rules', format: (v) => String(v) },
];

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** Before → after of the proposed weights on the sampled requests; changed top picks first. */
export function PolicyPreviewPanel({ preview, stale, headingRef }: { preview: PolicyPreview; stale: boolean; headingRef?: Ref<HTMLHeadingElement> }) {
  const requests = preview.rows.length - preview.fromGoals;
  const rows = [...preview.rows].sort((a, b) => Number(b.topChanged) - Number(a.topChanged));
  return (
    <section className="rounded-lg border border-slate-200 bg-white p-5 shadow-xs" aria-labelledby="preview-heading" data-testid="policy-preview">
      <h2 id="preview-heading" ref={headingRef} tabIndex={-1} className="scroll-mt-4 rounded-sm text-base font-semibold text-slate-900 focus-visible:outline-2 focus-visible:outline-brand-600">
        Preview: saved → proposed
      </h2>
      <p className="mt-1 text-sm text-slate-600" role="status">
        {preview.rows.length === 0 ? (
          'There are no open requests or active learning goals to try the weights on yet.'
        ) : (
          <>
            On {plural(requests, 'open request')}
            {preview.fromGoals > 0 && <> and {plural(preview.fromGoals, 'learning goal')} treated as requests</>}, the top suggestion changes for{' '}
            <strong className="font-semibold text-slate-900" data-testid="top-changed">
              {preview.topChanged} of {preview.rows.length}
            </strong>
            . Nothing is saved until you save.
          </>
        )}
      </p>
      {stale && (
        <p className="mt-3 flex items-start gap-2 rounded-md border border-amber-200 bg-amber-50 px-3 py-2 text-sm text-amber-900">
          <AlertTriangle aria-hidden className="mt-0.5 size-4 shrink-0" />
          You changed the form after this preview. Preview again to see the new values’ effect.
        </p>
      )}

      {preview.rows.length > 0 && (
        <>
          <dl className="mt-4 grid gap-3 sm:grid-cols-2 xl:grid-cols-4">
            {FIGURES.map((f) => {
              const before = preview.before[f.key];
              const after = preview.after[f.key];
              return (
                <div key={f.key} className="rounded-md border border-slate-200 px-3 py-2.5" data-testid={`figure-${f.key}`}>
                  <dt className="text-xs font-medium text-slate-600">{f.label}</dt>
                  <dd className="mt-1 flex items-center gap-1.5 text-lg font-semibold tabular-nums text-slate-900">
                    <span className="text-slate-500">{before === null ? '—' : f.format(before)}</span>
                    <ArrowRight aria-hidden className="size-4 text-slate-400" />
                    <span className="sr-only">to</span>
                    <span className={before !== after ? 'text-brand-700' : undefined}>{after === null ? '—' : f.format(after)}</span>
                  </dd>
                  <dd className="text-xs text-slate-500">{f.hint}</dd>
                </div>
              );
            })}
          </dl>

          <h3 className="mt-6 text-sm font-semibold text-slate-900">Top 3 suggestions per request</h3>
          <ul className="mt-2 divide-y divide-slate-100 border-y border-slate-100" data-testid="preview-rows">
            {rows.map((row) => (
              <PreviewRowItem key={row.id} row={row} />
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

function PreviewRowItem({ row }: { row: PreviewRow }) {
  return (
    <li className="grid gap-2 py-3 md:grid-cols-[minmax(0,14rem)_minmax(0,1fr)_auto_minmax(0,1fr)] md:items-start md:gap-4">
      <div className="min-w-0">
        <p className="truncate text-sm font-medium text-slate-900">{row.learnerName}</p>
        <p className="flex flex-wrap items-center gap-1.5 text-xs text-slate-600">
          {row.skillName}
          {row.source === 'GOAL' && <Badge>goal</Badge>}
          {row.topChanged && <Badge tone="brand">new top pick</Badge>}
        </p>
      </div>
      <Picks label="Saved" picks={row.before} />
      <ArrowRight aria-hidden className="hidden size-4 self-center text-slate-400 md:block" />
      <Picks label="Proposed" picks={row.after} highlightFirst={row.topChanged} />
    </li>
  );
}

function Picks({ label, picks, highlightFirst = false }: { label: string; picks: PreviewPick[]; highlightFirst?: boolean }) {
  return (
    <div className="min-w-0">
      <p className="text-xs font-medium text-slate-500 md:sr-only">{label}</p>
      {picks.length === 0 ? (
        <p className="text-sm text-slate-500">Nobody eligible</p>
      ) : (
        <ol className="flex flex-col gap-0.5 text-sm" aria-label={label}>
          {picks.map((pick, i) => (
            <li key={pick.id} className="flex items-baseline justify-between gap-3">
              <span className={`truncate ${i === 0 && highlightFirst ? 'font-semibold text-brand-700' : 'text-slate-800'}`}>
                {i + 1}. {pick.name}
              </span>
              <span className="shrink-0 tabular-nums text-slate-500">{pick.score.toFixed(1)}</span>
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
