import type { ScoreTerm } from '@/lib/matching';

const sign = (points: number) => (points > 0 ? `+${points}` : points < 0 ? `−${Math.abs(points)}` : '0');

/** A score's reasons as short lines with their points: gains green, penalties red, zero muted. */
export function ScoreTerms({ terms }: { terms: readonly ScoreTerm[] }) {
  return (
    <ul className="flex flex-col gap-1 text-sm" aria-label="Why this score">
      {terms.map((term) => (
        <li key={term.key} className="flex items-baseline justify-between gap-3">
          <span className={term.points === 0 ? 'text-slate-500' : 'text-slate-800'}>{term.label}</span>
          <span
            className={`shrink-0 rounded px-1.5 text-xs font-semibold tabular-nums ${term.points > 0 ? 'bg-emerald-50 text-emerald-800' : term.points < 0 ? 'bg-red-50 text-red-700' : 'bg-slate-100 text-slate-600'}`}
          >
            {sign(term.points)}
            <span className="sr-only"> points</span>
          </span>
        </li>
      ))}
    </ul>
  );
}

/** The total as a number and a thin bar against the most the org's weights allow. */
export function ScoreBar({ score, max }: { score: number; max: number }) {
  const share = max > 0 ? Math.max(0, Math.min(1, score / max)) : 0;
  return (
    <div className="flex items-center gap-2" title={`Score ${score} of ${max}`}>
      <span className="text-lg font-semibold tabular-nums text-slate-900">{score}</span>
      <span className="sr-only">points of {max}</span>
      <span aria-hidden className="h-1.5 w-16 overflow-hidden rounded-full bg-slate-100">
        <span className="block h-full rounded-full bg-brand-600" style={{ width: `${Math.round(share * 100)}%` }} />
      </span>
    </div>
  );
}
