import type { GroupRate } from '@/lib/matching';

const percent = (matched: number, requests: number) => (requests > 0 ? Math.round((100 * matched) / requests) : 0);

/** Match rate per group (region or department) with counts and a bar, for the equity view. */
export function RateTable({ caption, groupLabel, rates }: { caption: string; groupLabel: string; rates: GroupRate[] }) {
  return (
    <table className="w-full self-start text-left text-sm">
      <caption className="mb-2 text-left text-sm font-semibold text-slate-900">{caption}</caption>
      <thead className="text-xs uppercase tracking-wide text-slate-500">
        <tr>
          <th scope="col" className="py-1.5 pr-3 font-semibold">{groupLabel}</th>
          <th scope="col" className="py-1.5 pr-3 text-right font-semibold">Matched</th>
          <th scope="col" className="w-2/5 py-1.5 font-semibold">
            <span className="sr-only">Rate</span>
          </th>
        </tr>
      </thead>
      <tbody className="divide-y divide-slate-100">
        {rates.map((r) => {
          const rate = percent(r.matched, r.requests);
          return (
            <tr key={r.name}>
              <th scope="row" className="py-1.5 pr-3 font-normal text-slate-800">{r.name}</th>
              <td className="whitespace-nowrap py-1.5 pr-3 text-right tabular-nums text-slate-700">
                {r.matched} of {r.requests}
              </td>
              <td className="py-1.5">
                <span className="flex items-center gap-2">
                  <span aria-hidden className="h-1.5 flex-1 overflow-hidden rounded-full bg-slate-100">
                    <span className={`block h-full rounded-full ${rate < 50 ? 'bg-amber-500' : 'bg-brand-600'}`} style={{ width: `${rate}%` }} />
                  </span>
                  <span className="w-10 text-right text-xs font-medium tabular-nums text-slate-700">{rate}%</span>
                </span>
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
