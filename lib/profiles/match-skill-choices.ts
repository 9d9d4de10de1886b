import type { SkillChoice } from './list-skill-choices';

// What the skill picker lists for what the person typed: matches on the name first, then on a synonym,
// then on the category path; each result says which synonym matched, so "K8s" visibly finds Kubernetes.

export interface SkillMatch {
  choice: SkillChoice;
  /** The synonym that matched, when the name itself did not. */
  viaSynonym: string | null;
}

const normalize = (text: string) => text.trim().toLowerCase().replace(/\s+/g, ' ');

function rank(text: string, query: string): number {
  const value = normalize(text);
  if (value === query) return 0;
  if (value.startsWith(query)) return 1;
  if (value.split(/[\s/().-]+/).some((word) => word.startsWith(query))) return 2;
  return value.includes(query) ? 3 : Infinity;
}

export function matchSkillChoices(choices: readonly SkillChoice[], typed: string, limit = 8): SkillMatch[] {
  const query = normalize(typed);
  if (!query) return choices.slice(0, limit).map((choice) => ({ choice, viaSynonym: null }));
  const scored: { match: SkillMatch; score: number }[] = [];
  for (const choice of choices) {
    const byName = rank(choice.name, query);
    const bySynonym = choice.synonyms.map((s) => ({ s, score: rank(s, query) })).sort((a, b) => a.score - b.score)[0];
    const byCategory = rank(choice.categoryPath, query);
    if (byName <= (bySynonym?.score ?? Infinity) && byName < Infinity) scored.push({ match: { choice, viaSynonym: null }, score: byName });
    else if (bySynonym && bySynonym.score < Infinity) scored.push({ match: { choice, viaSynonym: bySynonym.s }, score: bySynonym.score + 0.5 });
    else if (byCategory < Infinity) scored.push({ match: { choice, viaSynonym: null }, score: 10 + byCategory });
  }
  return scored
    .sort((a, b) => a.score - b.score || a.match.choice.name.localeCompare(b.match.choice.name))
    .slice(0, limit)
    .map((s) => s.match);
}

/** The choice whose name or synonym is exactly what was typed (case and spacing aside), if any. */
export function exactSkillChoice(choices: readonly SkillChoice[], typed: string): SkillChoice | undefined {
  const query = normalize(typed);
  return choices.find((c) => normalize(c.name) === query || c.synonyms.some((s) => normalize(s) === query));
}
