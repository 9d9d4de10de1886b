import { ChevronDown } from 'lucide-react';
import Link from 'next/link';
import type { TaxonomyNode } from '@/lib/skills';
import { Badge } from '../ui/badge';

const plural = (n: number, one: string, many = `${one}s`) => `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`;

function StatusBadge({ status }: { status: TaxonomyNode['status'] }) {
  if (status === 'PROPOSED') return <Badge tone="amber">Proposed</Badge>;
  if (status === 'RETIRED') return <Badge>Retired</Badge>;
  return null;
}

/**
 * The taxonomy browser: one collapsible section per top-level category, its skills and child skills as
 * an indented list. Rows that only lead to a match (when filtering) are dimmed.
 */
export function TaxonomyTree({ roots, names, skillHref, open }: { roots: TaxonomyNode[]; names: Map<string, string>; skillHref: (id: string) => string; open: boolean }) {
  const categories = roots.filter((r) => r.kind === 'CATEGORY');
  const loose = roots.filter((r) => r.kind === 'SKILL');
  return (
    <div className="flex flex-col gap-3" data-testid="taxonomy-tree">
      {categories.map((category) => (
        <details key={category.id} open={open} className="group rounded-lg border border-slate-200 bg-white shadow-xs" data-testid={`category-${category.name}`}>
          <summary className="flex cursor-pointer list-none items-center gap-3 rounded-lg px-4 py-3 hover:bg-slate-50 group-open:rounded-b-none [&::-webkit-details-marker]:hidden">
            <ChevronDown aria-hidden className="size-4 shrink-0 -rotate-90 text-slate-500 transition-transform group-open:rotate-0" />
            <span className="min-w-0 flex-1">
              <span className={`font-semibold ${category.matches ? 'text-slate-900' : 'text-slate-500'}`}>{category.name}</span>
              <span className="ml-2 text-sm text-slate-500">{plural(category.skillCount, 'skill')}</span>
            </span>
            <StatusBadge status={category.status} />
          </summary>
          <div className="flex items-start justify-between gap-3 border-t border-slate-100 px-4 py-2 text-sm">
            <p className="text-slate-600">{category.description ?? <span className="text-slate-500">No description.</span>}</p>
            <Link href={skillHref(category.id)} className="shrink-0 font-medium text-brand-700 hover:underline">
              Edit category<span className="sr-only"> {category.name}</span>
            </Link>
          </div>
          {category.children.length > 0 ? (
            <SkillList nodes={category.children} names={names} skillHref={skillHref} depth={0} />
          ) : (
            <p className="border-t border-slate-100 px-4 py-3 text-sm text-slate-500">No skills in this category yet.</p>
          )}
        </details>
      ))}
      {loose.length > 0 && (
        <section aria-labelledby="uncategorized" className="rounded-lg border border-slate-200 bg-white shadow-xs">
          <h2 id="uncategorized" className="px-4 py-3 font-semibold text-slate-900">
            Not in a category <span className="ml-1 text-sm font-normal text-slate-500">{plural(loose.length, 'skill')}</span>
          </h2>
          <SkillList nodes={loose} names={names} skillHref={skillHref} depth={0} />
        </section>
      )}
    </div>
  );
}

function SkillList({ nodes, names, skillHref, depth }: { nodes: TaxonomyNode[]; names: Map<string, string>; skillHref: (id: string) => string; depth: number }) {
  return (
    <ul className={depth === 0 ? 'divide-y divide-slate-100 border-t border-slate-100' : 'mt-2 flex flex-col gap-2 border-l-2 border-slate-100 pl-3'}>
      {nodes.map((node) => (
        <li key={node.id} className={depth === 0 ? 'px-4 py-3' : ''} data-testid={`skill-${node.name}`}>
          <div className="flex flex-col gap-1 sm:flex-row sm:items-start sm:gap-4">
            <div className="min-w-0 flex-1">
              <p className="flex flex-wrap items-center gap-x-2 gap-y-1">
                <Link href={skillHref(node.id)} className={`font-medium hover:underline ${node.matches ? 'text-slate-900' : 'text-slate-500'}`}>
                  {node.name}
                </Link>
                <StatusBadge status={node.status} />
                {node.synonyms.length > 0 && <span className="text-xs text-slate-500">also {node.synonyms.join(', ')}</span>}
              </p>
              {node.description && <p className="mt-0.5 line-clamp-2 text-sm text-slate-600">{node.description}</p>}
              {node.related.length > 0 && (
                <p className="mt-0.5 text-xs text-slate-500">
                  Related:{' '}
                  {node.related
                    .map((id) => names.get(id))
                    .filter(Boolean)
                    .join(', ')}
                </p>
              )}
            </div>
            <p className="shrink-0 text-xs tabular-nums text-slate-600 sm:pt-0.5 sm:text-right">
              {plural(node.people, 'person', 'people')} · {plural(node.activeGoals, 'active goal')}
            </p>
          </div>
          {node.children.length > 0 && <SkillList nodes={node.children} names={names} skillHref={skillHref} depth={depth + 1} />}
        </li>
      ))}
    </ul>
  );
}
