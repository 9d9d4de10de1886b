import { z } from 'zod';
import { optionalParam } from '../pagination';
import type { TaxonomySkill } from './list-taxonomy';

/** The taxonomy browser's filters, from the URL. */
export const taxonomyFilterInput = z.object({
  q: optionalParam(z.string().trim().max(80)),
  status: optionalParam(z.enum(['approved', 'retired', 'proposed'])),
  /** Open every category (they start collapsed in a large taxonomy). */
  expand: z.preprocess((value) => value === '1', z.boolean()).catch(false),
});

export type TaxonomyFilter = z.output<typeof taxonomyFilterInput>;

export interface TaxonomyNode extends TaxonomySkill {
  /** False for an ancestor shown only because something inside it matches the filter. */
  matches: boolean;
  children: TaxonomyNode[];
  /** Skills (not categories) inside, at any depth, among the shown nodes. */
  skillCount: number;
}

export interface TaxonomyTree {
  roots: TaxonomyNode[];
  /** Skills and categories that match the filter. */
  matchCount: number;
}

/**
 * The taxonomy as a tree (category → skill → child skill), sorted by name, limited to what matches the
 * filter (name or synonym contains the search, and the status) plus the ancestors that lead to it.
 */
export function buildTaxonomyTree(skills: readonly TaxonomySkill[], filter: Pick<TaxonomyFilter, 'q' | 'status'>): TaxonomyTree {
  const q = filter.q?.toLowerCase();
  const status = filter.status?.toUpperCase();
  const matches = (s: TaxonomySkill) =>
    (!status || s.status === status) && (!q || s.name.toLowerCase().includes(q) || s.synonyms.some((syn) => syn.toLowerCase().includes(q)));
  const ids = new Set(skills.map((s) => s.id));
  const childrenOf = new Map<string | null, TaxonomySkill[]>();
  for (const skill of skills) {
    // A parent that is no longer live (merged or rejected data) leaves the skill at the top.
    const parent = skill.parentId && ids.has(skill.parentId) ? skill.parentId : null;
    const list = childrenOf.get(parent);
    if (list) list.push(skill);
    else childrenOf.set(parent, [skill]);
  }
  let matchCount = 0;
  const visited = new Set<string>();
  const build = (parentId: string | null): TaxonomyNode[] =>
    (childrenOf.get(parentId) ?? [])
      .filter((s) => !visited.has(s.id) && visited.add(s.id))
      .sort((a, b) => a.name.localeCompare(b.name, 'en', { sensitivity: 'base' }))
      .flatMap((skill) => {
        const children = build(skill.id);
        const own = matches(skill);
        if (own) matchCount++;
        if (!own && children.length === 0) return [];
        const skillCount = children.reduce((n, c) => n + c.skillCount + (c.kind === 'SKILL' && c.matches ? 1 : 0), 0);
        return [{ ...skill, matches: own, children, skillCount }];
      });
  return { roots: build(null), matchCount };
}
