// "Engineering › Frontend" for React: where a skill sits in the taxonomy (its categories, and a broader
// skill it belongs to, outermost first).

export interface TaxonomyNode {
  id: string;
  name: string;
  parentId: string | null;
}

/** The names of a node's ancestors, outermost first, joined with " › "; empty at the top level. */
export function categoryPath(parentId: string | null, nodesById: ReadonlyMap<string, TaxonomyNode>): string {
  const names: string[] = [];
  const seen = new Set<string>();
  for (let id = parentId; id && !seen.has(id); id = nodesById.get(id)?.parentId ?? null) {
    seen.add(id);
    const node = nodesById.get(id);
    if (!node) break;
    names.unshift(node.name);
  }
  return names.join(' › ');
}
