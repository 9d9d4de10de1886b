import { Search, X } from 'lucide-react';
import { Button, ButtonLink } from '@/components/ui/button';
import { inputClass } from '@/components/ui/field';
import type { FindExpertsInput, FinderOptions } from '@/lib/people';
import { SKILL_LEVELS } from '@/lib/skills';

const labelClass = 'mb-1 block text-xs font-medium text-slate-700';
const checkClass = 'size-4 rounded border-slate-300 text-brand-600 accent-brand-600';

/** The finder's filters as a GET form: every search is a URL (shareable, back button works). */
export function PeopleFilters({ base, filters, options, filtered }: { base: string; filters: FindExpertsInput; options: FinderOptions; filtered: boolean }) {
  return (
    <form role="search" aria-label="Find people" action={base} className="mb-5 rounded-lg border border-slate-200 bg-white p-4 shadow-xs">
      <div className="grid grid-cols-2 gap-3 md:grid-cols-4 lg:grid-cols-[minmax(12rem,1.3fr)_minmax(10rem,1fr)_9rem_9rem_10rem]">
        <div className="col-span-2 md:col-span-2 lg:col-span-1">
          <label htmlFor="finder-skill" className={labelClass}>Skill</label>
          <input id="finder-skill" name="skill" type="text" list="finder-skill-names" defaultValue={filters.skill} placeholder="e.g. Kubernetes, React" autoComplete="off" className={inputClass} aria-describedby="finder-skill-hint" />
          <datalist id="finder-skill-names">
            {options.skillNames.map((name) => <option key={name} value={name} />)}
          </datalist>
          <p id="finder-skill-hint" className="sr-only">Synonyms work too, and a broad skill includes the skills under it.</p>
        </div>
        <div className="col-span-2 md:col-span-2 lg:col-span-1">
          <label htmlFor="finder-q" className={labelClass}>Name or title</label>
          <input id="finder-q" name="q" type="search" defaultValue={filters.q} placeholder="e.g. Maya, designer" className={inputClass} />
        </div>
        <div>
          <label htmlFor="finder-level" className={labelClass}>Minimum level</label>
          <select id="finder-level" name="level" defaultValue={filters.level ?? ''} className={inputClass}>
            <option value="">Any level</option>
            {SKILL_LEVELS.map((l) => <option key={l.level} value={l.level}>{l.level} · {l.name}</option>)}
          </select>
        </div>
        <div>
          <label htmlFor="finder-region" className={labelClass}>Region</label>
          <select id="finder-region" name="region" defaultValue={filters.region ?? ''} className={inputClass}>
            <option value="">All regions</option>
            {options.regions.map((r) => <option key={r} value={r}>{r}</option>)}
          </select>
        </div>
        <div className="col-span-2 md:col-span-2 lg:col-span-1">
          <label htmlFor="finder-department" className={labelClass}>Department</label>
          <select id="finder-department" name="department" defaultValue={filters.department ?? ''} className={inputClass}>
            <option value="">All departments</option>
            {options.departments.map((d) => <option key={d.id} value={d.id}>{d.name}</option>)}
          </select>
        </div>
      </div>
      <div className="mt-3 flex flex-wrap items-center gap-x-5 gap-y-3">
        <label className="inline-flex items-center gap-2 text-sm text-slate-800">
          <input type="checkbox" name="teach" value="1" defaultChecked={filters.teach} className={checkClass} />
          Can teach it
        </label>
        <label className="inline-flex items-center gap-2 text-sm text-slate-800">
          <input type="checkbox" name="overlap" value="1" defaultChecked={filters.overlap} className={checkClass} />
          Overlaps my hours (1 h+ a week)
        </label>
        <div className="ml-auto flex gap-2 max-sm:w-full">
          {filtered && (
            <ButtonLink href={base} variant="ghost" className="max-sm:flex-1">
              <X aria-hidden className="size-4" /> Clear
            </ButtonLink>
          )}
          <Button type="submit" className="max-sm:flex-1">
            <Search aria-hidden className="size-4" /> Search
          </Button>
        </div>
      </div>
    </form>
  );
}
