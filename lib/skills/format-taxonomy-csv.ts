import type { TaxonomyEntry } from './check-taxonomy';
import { TAXONOMY_COLUMNS } from './taxonomy-csv';

function quote(value: string): string {
  return /[",\r\n]|^\s|\s$/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/**
 * The taxonomy file (see taxonomy-csv.ts), parents before their children so that importing it into an
 * empty org works in one go; within a level, by name. CRLF line endings, as spreadsheets expect.
 */
export function formatTaxonomyCsv(entries: readonly TaxonomyEntry[]): string {
  const byId = new Map(entries.map((e) => [e.id, e]));
  const childrenOf = new Map<string | null, TaxonomyEntry[]>();
  for (const entry of entries) {
    const parent = entry.parentId && byId.has(entry.parentId) ? entry.parentId : null;
    childrenOf.set(parent, [...(childrenOf.get(parent) ?? []), entry]);
  }
  const byName = (a: TaxonomyEntry, b: TaxonomyEntry) => a.name.localeCompare(b.name, 'en', { sensitivity: 'base' });
  const lines = [TAXONOMY_COLUMNS.join(',')];
  const seen = new Set<string>();
  const write = (parentId: string | null) => {
    for (const entry of [...(childrenOf.get(parentId) ?? [])].sort(byName)) {
      if (seen.has(entry.id)) continue;
      seen.add(entry.id);
      const related = entry.related.map((id) => byId.get(id)?.name).filter((name): name is string => Boolean(name)).sort((a, b) => a.localeCompare(b));
      const cells = [
        entry.name,
        entry.kind.toLowerCase(),
        entry.parentId ? (byId.get(entry.parentId)?.name ?? '') : '',
        entry.description ?? '',
        [...entry.synonyms].sort((a, b) => a.localeCompare(b)).join('; '),
        related.join('; '),
        entry.status.toLowerCase(),
      ];
      lines.push(cells.map(quote).join(','));
      write(entry.id);
    }
  };
  write(null);
  return `${lines.join('\r\n')}\r\n`;
}
