import { checkTaxonomy, type TaxonomyEntry } from './check-taxonomy';
import type { ParsedTaxonomyCsv, TaxonomyCsvError } from './taxonomy-csv';

// What importing a taxonomy file would do, worked out without the database from the parsed file and the
// org's live taxonomy. Rows match skills by name, ignoring case; a row creates a skill or updates it, and
// nothing is ever deleted. Any error blocks the whole import: the preview shows every line's outcome so
// the file can be fixed and tried again.
//
// Relations are symmetric: with a "related" column, each row's list is that skill's full list. A pair
// stays when either of its rows lists it (or, for a skill not in the file, when it existed before).

export type ImportOutcome = 'new' | 'changed' | 'unchanged' | 'error';

export interface TaxonomyImportLine {
  line: number;
  name: string;
  outcome: ImportOutcome;
  /** For a changed row: one line per field, e.g. "parent: Engineering → Data". */
  changes: string[];
  errors: string[];
}

export interface TaxonomyImportPlan {
  lines: TaxonomyImportLine[];
  /** Every problem, by line; line 0 is the file as a whole. */
  errors: TaxonomyCsvError[];
  blocked: boolean;
  creates: TaxonomyEntry[];
  /** Existing entries whose final state differs, including a skill whose relations change because another row lists it. */
  updates: TaxonomyEntry[];
}

const key = (name: string) => name.toLowerCase();
const sorted = (list: readonly string[]) => [...list].sort((a, b) => a.localeCompare(b));
const show = (value: string | null) => value ?? '—';
const showList = (list: readonly string[]) => (list.length ? sorted(list).join('; ') : '—');

export function planTaxonomyImport(parsed: ParsedTaxonomyCsv, existing: readonly TaxonomyEntry[], makeId: () => string = () => crypto.randomUUID()): TaxonomyImportPlan {
  const errorsByLine = new Map<number, string[]>();
  const fail = (line: number, message: string) => errorsByLine.set(line, [...(errorsByLine.get(line) ?? []), message]);
  for (const error of parsed.errors) fail(error.line, error.message);
  if (parsed.fatal) return { lines: [], errors: parsed.errors, blocked: true, creates: [], updates: [] };

  const has = (column: ParsedTaxonomyCsv['columns'][number]) => parsed.columns.includes(column);
  const byName = new Map(existing.map((e) => [key(e.name), e]));
  const before = new Map(existing.map((e) => [e.id, e]));
  const final = new Map(existing.map((e) => [e.id, { ...e, synonyms: [...e.synonyms], related: [...e.related] }]));
  const rejectedLine = new Map(parsed.rejected.filter((r) => r.name).map((r) => [key(r.name!), r.line]));

  // Each row's skill: the existing one with its name, or a new one.
  const idOfRow = new Map<number, string>();
  const idOfName = new Map(existing.map((e) => [key(e.name), e.id]));
  for (const row of parsed.rows) {
    const current = byName.get(key(row.name));
    const id = current?.id ?? makeId();
    idOfRow.set(row.line, id);
    idOfName.set(key(row.name), id);
    if (current) {
      if (row.kind && row.kind !== current.kind) fail(row.line, `“${current.name}” is a ${current.kind === 'CATEGORY' ? 'category' : 'skill'} in the taxonomy; its kind cannot change`);
      if (row.status === 'PROPOSED' && current.status !== 'PROPOSED') fail(row.line, `“${current.name}” is ${current.status.toLowerCase()}; it cannot go back to proposed`);
    } else if (row.status === 'PROPOSED') fail(row.line, 'A new skill cannot be imported as proposed; use “approved”');
  }
  const resolve = (line: number, name: string, what: string): string | null => {
    const id = idOfName.get(key(name));
    if (id) return id;
    const broken = rejectedLine.get(key(name));
    fail(line, broken !== undefined ? `${what} “${name}” is on line ${broken}, which has errors` : `${what} “${name}” is not in the file or the taxonomy`);
    return null;
  };

  for (const row of parsed.rows) {
    const id = idOfRow.get(row.line)!;
    const current = final.get(id);
    const kind = current?.kind ?? row.kind ?? 'SKILL';
    const parentId = has('parent') ? (row.parent ? resolve(row.line, row.parent, 'Parent') : null) : (current?.parentId ?? null);
    if (kind === 'CATEGORY' && has('related') && row.related.length) fail(row.line, 'A category has no related skills; leave “related” empty');
    final.set(id, {
      id,
      name: row.name,
      kind,
      status: row.status ?? current?.status ?? 'APPROVED',
      parentId,
      description: has('description') ? row.description : (current?.description ?? null),
      synonyms: has('synonyms') ? row.synonyms : (current?.synonyms ?? []),
      related: current?.related ?? [],
    });
  }

  if (has('related')) {
    const listed = new Set(parsed.rows.map((row) => idOfRow.get(row.line)!));
    const pairs = new Set<string>();
    const pair = (a: string, b: string) => (a < b ? `${a}|${b}` : `${b}|${a}`);
    for (const entry of existing) for (const other of entry.related) if (!listed.has(entry.id) && !listed.has(other)) pairs.add(pair(entry.id, other));
    for (const row of parsed.rows) {
      const id = idOfRow.get(row.line)!;
      for (const name of row.related) {
        const other = resolve(row.line, name, 'Related skill');
        if (other && other !== id) pairs.add(pair(id, other));
        else if (other === id) fail(row.line, `“${row.name}” cannot be related to itself`);
      }
    }
    for (const entry of final.values()) entry.related = [];
    for (const p of pairs) {
      const [a, b] = p.split('|') as [string, string];
      final.get(a)?.related.push(b);
      final.get(b)?.related.push(a);
    }
  }

  const rowIds = new Set(parsed.rows.map((row) => idOfRow.get(row.line)!));
  const problems = checkTaxonomy([...final.values()], rowIds);
  const nameOf = (id: string | null) => (id ? (final.get(id)?.name ?? null) : null);
  const oldNameOf = (id: string | null) => (id ? (before.get(id)?.name ?? null) : null);
  const changesOf = (old: TaxonomyEntry, next: TaxonomyEntry): string[] => {
    const changes: string[] = [];
    if (old.name !== next.name) changes.push(`name: ${old.name} → ${next.name}`);
    if (old.parentId !== next.parentId) changes.push(`parent: ${show(oldNameOf(old.parentId))} → ${show(nameOf(next.parentId))}`);
    if ((old.description ?? '') !== (next.description ?? '')) changes.push('description');
    if (showList(old.synonyms) !== showList(next.synonyms)) changes.push(`synonyms: ${showList(old.synonyms)} → ${showList(next.synonyms)}`);
    const oldRelated = old.related.map((id) => oldNameOf(id) ?? '?');
    const newRelated = next.related.map((id) => nameOf(id) ?? '?');
    if (showList(oldRelated) !== showList(newRelated)) changes.push(`related: ${showList(oldRelated)} → ${showList(newRelated)}`);
    if (old.status !== next.status) changes.push(`status: ${old.status.toLowerCase()} → ${next.status.toLowerCase()}`);
    return changes;
  };

  const lines: TaxonomyImportLine[] = parsed.rejected.map((r) => ({ line: r.line, name: r.name ?? '', outcome: 'error', changes: [], errors: errorsByLine.get(r.line) ?? [] }));
  const creates: TaxonomyEntry[] = [];
  for (const row of parsed.rows) {
    const id = idOfRow.get(row.line)!;
    for (const messages of Object.values(problems.get(id) ?? {})) for (const message of messages) fail(row.line, message);
    const next = final.get(id)!;
    const old = before.get(id);
    const errors = errorsByLine.get(row.line) ?? [];
    if (errors.length) lines.push({ line: row.line, name: row.name, outcome: 'error', changes: [], errors });
    else if (!old) {
      lines.push({ line: row.line, name: row.name, outcome: 'new', changes: [], errors });
      creates.push(next);
    } else {
      const changes = changesOf(old, next);
      lines.push({ line: row.line, name: row.name, outcome: changes.length ? 'changed' : 'unchanged', changes, errors });
    }
  }
  // Existing skills whose final state differs (a row's own change, or a relation another row added).
  const updates = existing.map((old) => final.get(old.id)!).filter((next) => changesOf(before.get(next.id)!, next).length > 0);
  lines.sort((a, b) => a.line - b.line);
  const errors = [...errorsByLine.entries()].flatMap(([line, messages]) => messages.map((message) => ({ line, message }))).sort((a, b) => a.line - b.line);
  return { lines, errors, blocked: errors.length > 0, creates, updates };
}
