import type { FieldErrors } from '../errors';

// The taxonomy's naming and tree rules, checked on a whole (proposed) taxonomy without the database, so
// the steward's forms and the CSV import give the same messages:
// - a name is unique among live skills (proposed, approved, retired), ignoring case, and is nobody's synonym;
// - a synonym is not its own skill's name, another skill's name, or another skill's synonym;
// - a parent exists, a category sits only at the top or under another category, and no skill ends up
//   inside itself (a cycle);
// - related skills exist and are not the skill itself.
// Only the entries in `changed` are checked: problems older data already has are not blamed on an edit.

export type TaxonomyKind = 'CATEGORY' | 'SKILL';
export type LiveSkillStatus = 'PROPOSED' | 'APPROVED' | 'RETIRED';

export interface TaxonomyEntry {
  id: string;
  name: string;
  kind: TaxonomyKind;
  status: LiveSkillStatus;
  parentId: string | null;
  description: string | null;
  synonyms: string[];
  /** Ids of related skills (the relation is symmetric; each side lists the other). */
  related: string[];
}

export type TaxonomyField = 'name' | 'parent' | 'synonyms' | 'related';

const key = (name: string) => name.toLowerCase();

function add(errors: FieldErrors, field: TaxonomyField, message: string) {
  const list = (errors[field] ??= []);
  if (!list.includes(message)) list.push(message);
}

function nameTaken(other: TaxonomyEntry): string {
  const what = other.kind === 'CATEGORY' ? 'A category' : 'A skill';
  if (other.status === 'RETIRED') return `${what} named “${other.name}” already exists (retired; restore it instead)`;
  if (other.status === 'PROPOSED') return `${what} named “${other.name}” is already proposed (approve it from the review queue)`;
  return `${what} named “${other.name}” already exists`;
}

/** Field errors by entry id, for the changed entries that break a rule; an empty map means all is well. */
export function checkTaxonomy(entries: readonly TaxonomyEntry[], changed: ReadonlySet<string>): Map<string, FieldErrors> {
  const byId = new Map(entries.map((e) => [e.id, e]));
  const byName = new Map<string, TaxonomyEntry[]>();
  const bySynonym = new Map<string, { entry: TaxonomyEntry; synonym: string }[]>();
  for (const entry of entries) {
    const named = byName.get(key(entry.name));
    if (named) named.push(entry);
    else byName.set(key(entry.name), [entry]);
    for (const synonym of entry.synonyms) {
      const list = bySynonym.get(key(synonym));
      if (list) list.push({ entry, synonym });
      else bySynonym.set(key(synonym), [{ entry, synonym }]);
    }
  }

  const problems = new Map<string, FieldErrors>();
  for (const id of changed) {
    const entry = byId.get(id);
    if (!entry) continue;
    const errors: FieldErrors = {};

    const sameName = byName.get(key(entry.name))?.find((other) => other.id !== entry.id);
    if (sameName) add(errors, 'name', nameTaken(sameName));
    const synonymOf = bySynonym.get(key(entry.name))?.find((s) => s.entry.id !== entry.id);
    if (synonymOf) add(errors, 'name', `“${synonymOf.synonym}” is already a synonym of ${synonymOf.entry.name}`);

    for (const synonym of entry.synonyms) {
      if (key(synonym) === key(entry.name)) {
        add(errors, 'synonyms', `“${synonym}” is the ${entry.kind === 'CATEGORY' ? 'category' : 'skill'}'s own name`);
        continue;
      }
      const named = byName.get(key(synonym))?.find((other) => other.id !== entry.id);
      if (named) add(errors, 'synonyms', `“${synonym}” is already the name of ${named.kind === 'CATEGORY' ? 'a category' : 'a skill'} (${named.name})`);
      const taken = bySynonym.get(key(synonym))?.find((s) => s.entry.id !== entry.id);
      if (taken) add(errors, 'synonyms', `“${synonym}” is already a synonym of ${taken.entry.name}`);
    }

    if (entry.parentId !== null) {
      const parent = byId.get(entry.parentId);
      if (!parent) add(errors, 'parent', 'Choose a parent from the list');
      else if (parent.id === entry.id) add(errors, 'parent', `“${entry.name}” cannot be its own parent`);
      else if (entry.kind === 'CATEGORY' && parent.kind !== 'CATEGORY') add(errors, 'parent', `A category can only sit under another category, and “${parent.name}” is a skill`);
      else {
        const seen = new Set<string>();
        for (let up: TaxonomyEntry | undefined = parent; up && !seen.has(up.id); up = up.parentId ? byId.get(up.parentId) : undefined) {
          seen.add(up.id);
          if (up.id === entry.id) {
            add(errors, 'parent', `“${parent.name}” is inside “${entry.name}”; moving it there would create a cycle`);
            break;
          }
        }
      }
    }

    for (const relatedId of entry.related) {
      if (relatedId === entry.id) add(errors, 'related', `“${entry.name}” cannot be related to itself`);
      else if (!byId.has(relatedId)) add(errors, 'related', 'Choose related skills from the list');
    }

    if (Object.keys(errors).length) problems.set(id, errors);
  }
  return problems;
}
