import type { TaxonomySkill } from './list-taxonomy';

export interface ParentChoice {
  id: string;
  name: string;
  kind: 'CATEGORY' | 'SKILL';
  depth: number;
}

export interface SkillChoice {
  id: string;
  name: string;
  /** "Engineering · 12 people" */
  detail: string;
  synonyms: string[];
  people: number;
}

export interface TaxonomyChoices {
  /** Tree order with depth; without the skill itself and what is inside it (those would make a cycle). */
  parents: ParentChoice[];
  /** Approved skills other than this one, plus any it is already related to. */
  related: SkillChoice[];
  /** Approved skills of the same kind, other than this one, that it could be merged into. */
  mergeTargets: SkillChoice[];
}

/** What the steward's forms offer for a skill (or, without `skillId`, for a new one). */
export function taxonomyChoices(skills: readonly TaxonomySkill[], skillId: string | null): TaxonomyChoices {
  const byId = new Map(skills.map((s) => [s.id, s]));
  const self = skillId ? byId.get(skillId) : undefined;
  const childrenOf = new Map<string | null, TaxonomySkill[]>();
  for (const s of skills) {
    if (s.status !== 'APPROVED' && s.id !== self?.parentId) continue;
    const parent = s.parentId && byId.has(s.parentId) ? s.parentId : null;
    childrenOf.set(parent, [...(childrenOf.get(parent) ?? []), s]);
  }
  const parents: ParentChoice[] = [];
  const seen = new Set<string>();
  const walk = (parentId: string | null, depth: number) => {
    for (const s of [...(childrenOf.get(parentId) ?? [])].sort((a, b) => a.name.localeCompare(b.name, 'en', { sensitivity: 'base' }))) {
      if (s.id === skillId || seen.has(s.id)) continue;
      seen.add(s.id);
      parents.push({ id: s.id, name: s.name, kind: s.kind, depth });
      walk(s.id, depth + 1);
    }
  };
  walk(null, 0);

  const choice = (s: TaxonomySkill): SkillChoice => {
    const parent = s.parentId ? byId.get(s.parentId)?.name : undefined;
    const people = `${s.people.toLocaleString('en-US')} ${s.people === 1 ? 'person' : 'people'}`;
    return { id: s.id, name: s.name, detail: parent ? `${parent} · ${people}` : people, synonyms: s.synonyms, people: s.people };
  };
  const byName = (a: SkillChoice, b: SkillChoice) => a.name.localeCompare(b.name, 'en', { sensitivity: 'base' });
  const related = skills
    .filter((s) => s.kind === 'SKILL' && s.id !== skillId && (s.status === 'APPROVED' || self?.related.includes(s.id)))
    .map(choice)
    .sort(byName);
  const mergeTargets = self ? skills.filter((s) => s.status === 'APPROVED' && s.kind === self.kind && s.id !== self.id).map(choice).sort(byName) : [];
  return { parents, related, mergeTargets };
}
