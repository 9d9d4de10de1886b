import Link from 'next/link';
import { Badge } from '@/components/ui/badge';
import { formatWeeklyHours } from '@/lib/availability';
import type { ExpertRow } from '@/lib/people';
import { levelName } from '@/lib/skills';

function Overlap({ row }: { row: ExpertRow }) {
  if (!row.hasHours) return <span className="text-slate-500">No hours set</span>;
  if (row.overlapMinutes === 0) return <span className="text-slate-500">No overlap</span>;
  return <span className="text-slate-800">{formatWeeklyHours(row.overlapMinutes)} overlap</span>;
}

/**
 * Finder results and the directory. A table from sm up; on phones each row is a small card (grid) so
 * nothing scrolls sideways, the headings staying for screen readers.
 */
export function PeopleTable({ rows, personHref, showSkill, myEmployeeId, caption }: { rows: ExpertRow[]; personHref: (id: string) => string; showSkill: boolean; myEmployeeId: string; caption: string }) {
  return (
    <table className="w-full text-left text-sm" data-testid="people-table">
      <caption className="sr-only">{caption}</caption>
      <thead className="sr-only border-b border-slate-200 bg-slate-50 text-xs uppercase tracking-wide text-slate-500 sm:not-sr-only">
        <tr>
          <th scope="col" className="px-4 py-2.5 font-semibold">Person</th>
          {showSkill && <th scope="col" className="px-4 py-2.5 font-semibold">Skill</th>}
          <th scope="col" className="hidden px-4 py-2.5 font-semibold md:table-cell">Department · location</th>
          <th scope="col" className="px-4 py-2.5 font-semibold">Overlap with you</th>
        </tr>
      </thead>
      <tbody className="divide-y divide-slate-100">
        {rows.map((row) => (
          <tr key={row.id} className="grid grid-cols-[minmax(0,1fr)_auto] gap-x-3 gap-y-1 px-4 py-3 sm:table-row sm:p-0">
            <td className="min-w-0 sm:px-4 sm:py-2.5">
              <Link href={personHref(row.id)} className="block font-medium text-slate-900 hover:text-brand-700 hover:underline">
                {row.name}
                {row.id === myEmployeeId && <span className="font-normal text-slate-500"> (you)</span>}
              </Link>
              <span className="block text-slate-600">
                {row.title ?? '—'}
                <span className="text-slate-500 md:hidden">{row.department && ` · ${row.department}`}{row.location && ` · ${row.location}`}</span>
              </span>
            </td>
            {showSkill && (
              <td className="col-span-2 row-start-2 sm:px-4 sm:py-2.5">
                {row.skill && (
                  <span className="flex flex-wrap items-center gap-1.5">
                    <span className="font-medium text-slate-900">{row.skill.name}</span>{' '}
                    <span className="text-slate-600">· {levelName(row.skill.level)}</span>{' '}
                    {row.skill.canTeach && <Badge tone={row.mentoringCapacity > 0 ? 'green' : 'slate'}>{row.mentoringCapacity > 0 ? 'Teaches' : 'Teaches · no mentee slots'}</Badge>}
                  </span>
                )}
              </td>
            )}
            <td className="hidden px-4 py-2.5 text-slate-700 md:table-cell">
              {row.department ?? '—'}
              {row.location && <span className="block text-slate-500">{row.location} · {row.region}</span>}
            </td>
            <td className="col-start-2 row-start-1 text-right whitespace-nowrap sm:px-4 sm:py-2.5 sm:text-left">
              <Overlap row={row} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
