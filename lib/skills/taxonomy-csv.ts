import { parseCsv } from '../people/import';
import type { LiveSkillStatus, TaxonomyKind } from './check-taxonomy';
import { SKILL_DESCRIPTION_MAX, SKILL_NAME_MAX, SKILL_SYNONYM_MAX, SKILL_SYNONYMS_MAX, splitNameList } from './skill-fields';

// The taxonomy file, as the export writes it and the import reads it:
//   name,kind,parent,description,synonyms,related,status
// - kind is "category" or "skill"; status is "approved", "retired" or "proposed" (lowercase or not);
// - parent and related name other skills (by name, ignoring case); synonyms and related are lists
//   separated by ";";
// - only name is required. A column that is not in the file leaves that field of existing skills alone;
//   an empty cell clears it (an empty kind or status keeps what a skill has; new skills are approved skills).
// Reading the file needs no database; what depends on the org's taxonomy is in plan-taxonomy-import.ts.

export const TAXONOMY_COLUMNS = ['name', 'kind', 'parent', 'description', 'synonyms', 'related', 'status'] as const;
export type TaxonomyColumn = (typeof TAXONOMY_COLUMNS)[number];

export const TAXONOMY_IMPORT_LIMITS = { maxBytes: 1024 * 1024, maxRows: 5_000 } as const;

export interface TaxonomyCsvRow {
  line: number;
  name: string;
  kind: TaxonomyKind | null;
  parent: string | null;
  description: string | null;
  synonyms: string[];
  related: string[];
  status: LiveSkillStatus | null;
}

export interface TaxonomyCsvError {
  /** The 1-based line of the file; 0 for the file as a whole. */
  line: number;
  message: string;
}

export interface ParsedTaxonomyCsv {
  columns: TaxonomyColumn[];
  ignoredColumns: string[];
  rows: TaxonomyCsvRow[];
  /** Lines of rows with errors of their own, with the name when it could be read. */
  rejected: { line: number; name: string | null }[];
  errors: TaxonomyCsvError[];
  /** A problem with the file as a whole. */
  fatal: boolean;
}

const collapse = (value: string) => value.replace(/\s+/g, ' ').trim();
const KINDS: Record<string, TaxonomyKind> = { skill: 'SKILL', category: 'CATEGORY' };
const STATUSES: Record<string, LiveSkillStatus> = { approved: 'APPROVED', retired: 'RETIRED', proposed: 'PROPOSED' };

export function parseTaxonomyCsv(text: string): ParsedTaxonomyCsv {
  const fatal = (errors: TaxonomyCsvError[]): ParsedTaxonomyCsv => ({ columns: [], ignoredColumns: [], rows: [], rejected: [], errors, fatal: true });
  if (text.length > TAXONOMY_IMPORT_LIMITS.maxBytes) return fatal([{ line: 0, message: 'The file is larger than 1 MB.' }]);
  const csv = parseCsv(text);
  if (csv.fatal) return fatal([...csv.problems, csv.fatal]);
  const [header, ...records] = csv.records;
  if (!header) return fatal([{ line: 0, message: `The file is empty. The first line must name the columns: ${TAXONOMY_COLUMNS.join(',')}.` }]);
  if (csv.problems.some((p) => p.line < header.line)) return fatal(csv.problems);

  const index = new Map<TaxonomyColumn, number>();
  const ignoredColumns: string[] = [];
  header.fields.forEach((raw, position) => {
    const name = collapse(raw).toLowerCase();
    if (!name) return;
    const column = TAXONOMY_COLUMNS.find((c) => c === name);
    if (!column) ignoredColumns.push(collapse(raw));
    else if (index.has(column)) ignoredColumns.push(`${collapse(raw)} (repeated)`);
    else index.set(column, position);
  });
  if (!index.has('name')) return fatal([{ line: header.line, message: `The header has no “name” column (columns: ${TAXONOMY_COLUMNS.join(',')}, separated by commas)` }]);
  if (records.length + csv.problems.length === 0) return fatal([{ line: 0, message: 'The file has a header but no rows.' }]);
  if (records.length > TAXONOMY_IMPORT_LIMITS.maxRows) return fatal([{ line: 0, message: `The file has ${records.length} rows; the limit is ${TAXONOMY_IMPORT_LIMITS.maxRows}.` }]);

  const errors: TaxonomyCsvError[] = csv.problems.map((p) => ({ line: p.line, message: p.message }));
  const rejected: ParsedTaxonomyCsv['rejected'] = csv.problems.map((p) => ({ line: p.line, name: null }));
  const rows: TaxonomyCsvRow[] = [];
  const firstLine = new Map<string, number>();
  for (const { line, fields } of records) {
    const rowErrors: string[] = [];
    if (fields.length > header.fields.length) rowErrors.push(`The line has ${fields.length} values but the header has ${header.fields.length} columns (put values with commas in double quotes)`);
    const cell = (column: TaxonomyColumn) => {
      const position = index.get(column);
      return position === undefined ? '' : column === 'description' ? (fields[position] ?? '').trim() : collapse(fields[position] ?? '');
    };
    const name = cell('name');
    if (!name) rowErrors.push('Name is missing');
    else if (name.includes(';')) rowErrors.push('Name cannot contain “;” (it separates synonyms and related skills)');
    else if (name.length > SKILL_NAME_MAX) rowErrors.push(`Name is longer than ${SKILL_NAME_MAX} characters`);
    else {
      const first = firstLine.get(name.toLowerCase());
      if (first !== undefined) rowErrors.push(`“${name}” is already on line ${first}`);
      else firstLine.set(name.toLowerCase(), line);
    }
    const kindText = cell('kind').toLowerCase();
    const kind = kindText ? (KINDS[kindText] ?? null) : null;
    if (kindText && !kind) rowErrors.push(`Kind “${cell('kind')}” must be “category” or “skill”`);
    const statusText = cell('status').toLowerCase();
    const status = statusText ? (STATUSES[statusText] ?? null) : null;
    if (statusText && !status) rowErrors.push(`Status “${cell('status')}” must be “approved”, “retired” or “proposed”`);
    const description = cell('description');
    if (description.length > SKILL_DESCRIPTION_MAX) rowErrors.push(`Description is longer than ${SKILL_DESCRIPTION_MAX} characters`);
    const synonyms = splitNameList(cell('synonyms'), ';');
    if (synonyms.length > SKILL_SYNONYMS_MAX) rowErrors.push(`Use at most ${SKILL_SYNONYMS_MAX} synonyms`);
    const longSynonym = synonyms.find((s) => s.length > SKILL_SYNONYM_MAX);
    if (longSynonym) rowErrors.push(`Synonym “${longSynonym.slice(0, 20)}…” is longer than ${SKILL_SYNONYM_MAX} characters`);
    const commaSynonym = synonyms.find((s) => s.includes(','));
    if (commaSynonym) rowErrors.push(`Synonym “${commaSynonym}” cannot contain a comma (separate synonyms with “;”)`);

    if (rowErrors.length) {
      errors.push(...rowErrors.map((message) => ({ line, message })));
      rejected.push({ line, name: name || null });
    } else {
      rows.push({ line, name, kind, parent: cell('parent') || null, description: description || null, synonyms, related: splitNameList(cell('related'), ';'), status });
    }
  }
  errors.sort((a, b) => a.line - b.line);
  return { columns: TAXONOMY_COLUMNS.filter((c) => index.has(c)), ignoredColumns, rows, rejected, errors, fatal: false };
}
