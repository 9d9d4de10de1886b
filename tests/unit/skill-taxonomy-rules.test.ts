import { describe, expect, it } from 'vitest';
import { buildTaxonomyTree } from '../../lib/skills/build-taxonomy-tree';
import { checkTaxonomy, type TaxonomyEntry } from '../../lib/skills/check-taxonomy';
import { combineEmployeeSkills, type EmployeeSkillValues } from '../../lib/skills/combine-employee-skills';
import type { TaxonomySkill } from '../../lib/skills/list-taxonomy';

const entry = (id: string, name: string, fields: Partial<TaxonomyEntry> = {}): TaxonomyEntry => ({
  id, name, kind: 'SKILL', status: 'APPROVED', parentId: null, description: null, synonyms: [], related: [], ...fields,
});

const taxonomy = [
  entry('eng', 'Engineering', { kind: 'CATEGORY' }),
  entry('fe', 'Frontend', { parentId: 'eng' }),
  entry('react', 'React', { parentId: 'fe', synonyms: ['ReactJS'] }),
  entry('k8s', 'Kubernetes', { parentId: 'eng', synonyms: ['K8s'] }),
  entry('old', 'Flash', { parentId: 'eng', status: 'RETIRED' }),
];

function problems(changed: TaxonomyEntry) {
  return checkTaxonomy([...taxonomy.filter((e) => e.id !== changed.id), changed], new Set([changed.id])).get(changed.id) ?? {};
}

describe('checkTaxonomy', () => {
  it('accepts a well-formed new skill', () => {
    expect(problems(entry('new', 'Vue', { parentId: 'fe', synonyms: ['VueJS'], related: ['react'] }))).toEqual({});
  });

  it('refuses a duplicate name ignoring case, naming a retired twin', () => {
    expect(problems(entry('new', 'kubernetes')).name).toEqual(['A skill named “Kubernetes” already exists']);
    expect(problems(entry('new', 'FLASH')).name).toEqual(['A skill named “Flash” already exists (retired; restore it instead)']);
  });

  it('refuses a name that is another skill’s synonym', () => {
    expect(problems(entry('new', 'k8s')).name).toEqual(['“K8s” is already a synonym of Kubernetes']);
  });

  it('refuses synonyms used elsewhere or equal to a name', () => {
    const result = problems(entry('new', 'Container orchestration', { synonyms: ['k8s', 'react', 'container orchestration'] }));
    expect(result.synonyms).toEqual([
      '“k8s” is already a synonym of Kubernetes',
      '“react” is already the name of a skill (React)',
      '“container orchestration” is the skill\'s own name',
    ]);
  });

  it('refuses an unknown parent, a category under a skill, and a cycle', () => {
    expect(problems(entry('new', 'Vue', { parentId: 'nope' })).parent).toEqual(['Choose a parent from the list']);
    expect(problems(entry('new', 'Web', { kind: 'CATEGORY', parentId: 'fe' })).parent).toEqual(['A category can only sit under another category, and “Frontend” is a skill']);
    expect(problems({ ...taxonomy[1]!, parentId: 'react' }).parent).toEqual(['“React” is inside “Frontend”; moving it there would create a cycle']);
    expect(problems({ ...taxonomy[1]!, parentId: 'fe' }).parent).toEqual(['“Frontend” cannot be its own parent']);
  });

  it('refuses unknown related skills and a relation to itself', () => {
    expect(problems(entry('react', 'React', { related: ['react', 'ghost'] })).related).toEqual(['“React” cannot be related to itself', 'Choose related skills from the list']);
  });

  it('keeps its own name and synonyms when an entry is edited', () => {
    expect(problems({ ...taxonomy[3]!, description: 'Container orchestration' })).toEqual({});
  });
});

const row = (fields: Partial<EmployeeSkillValues>): EmployeeSkillValues => ({ level: null, canTeach: false, wantsToLearn: false, targetLevel: null, source: 'SELF', ...fields });

describe('combineEmployeeSkills', () => {
  it('keeps the higher level and either flag', () => {
    expect(combineEmployeeSkills(row({ level: 2, wantsToLearn: true, targetLevel: 4 }), row({ level: 3, canTeach: true }))).toEqual({
      level: 3, canTeach: true, wantsToLearn: true, targetLevel: 4, source: 'SELF',
    });
  });

  it('clears a learning target the other entry already meets', () => {
    expect(combineEmployeeSkills(row({ level: 2, wantsToLearn: true, targetLevel: 3 }), row({ level: 4 }))).toEqual({
      level: 4, canTeach: false, wantsToLearn: false, targetLevel: null, source: 'SELF',
    });
  });

  it('keeps the higher of two targets still above the level, and an open wish to learn', () => {
    expect(combineEmployeeSkills(row({ level: 1, wantsToLearn: true, targetLevel: 3 }), row({ level: 2, wantsToLearn: true, targetLevel: 5 })).targetLevel).toBe(5);
    expect(combineEmployeeSkills(row({ level: 5, wantsToLearn: true }), row({ level: 2 }))).toMatchObject({ level: 5, wantsToLearn: true, targetLevel: null });
  });

  it('keeps "new to it" only when both are new to it', () => {
    expect(combineEmployeeSkills(row({ wantsToLearn: true, targetLevel: 2 }), row({ wantsToLearn: true, targetLevel: 3 }))).toEqual({
      level: null, canTeach: false, wantsToLearn: true, targetLevel: 3, source: 'SELF',
    });
    expect(combineEmployeeSkills(row({ wantsToLearn: true, targetLevel: 2 }), row({ level: 3, canTeach: true })).level).toBe(3);
  });

  it('takes the source of the entry whose level wins', () => {
    expect(combineEmployeeSkills(row({ level: 4, source: 'PEER_VALIDATED' }), row({ level: 2 })).source).toBe('PEER_VALIDATED');
    expect(combineEmployeeSkills(row({ level: 2, source: 'PEER_VALIDATED' }), row({ level: 4 })).source).toBe('SELF');
  });

  it('always satisfies the EmployeeSkill checks', () => {
    const levels = [null, 1, 2, 3, 4, 5];
    const sides: EmployeeSkillValues[] = [];
    for (const level of levels)
      for (const canTeach of [false, true])
        for (const wantsToLearn of [false, true])
          for (const targetLevel of levels) {
            const valid = (level !== null || wantsToLearn) && (!canTeach || (level ?? 0) >= 3) && (targetLevel === null || (wantsToLearn && targetLevel > (level ?? 0)));
            if (valid) sides.push(row({ level, canTeach, wantsToLearn, targetLevel }));
          }
    for (const a of sides)
      for (const b of sides) {
        const c = combineEmployeeSkills(a, b);
        expect(c.level !== null || c.wantsToLearn).toBe(true);
        expect(!c.canTeach || (c.level ?? 0) >= 3).toBe(true);
        expect(c.targetLevel === null || (c.wantsToLearn && c.targetLevel > (c.level ?? 0))).toBe(true);
        expect(c.canTeach).toBe(a.canTeach || b.canTeach);
      }
  });
});

describe('buildTaxonomyTree', () => {
  const skills: TaxonomySkill[] = taxonomy.map((e) => ({ ...e, people: 0, activeGoals: 0, goals: 0, proposedBy: null, createdAt: new Date(0) }));

  it('nests category → skill → child skill, sorted by name', () => {
    const { roots, matchCount } = buildTaxonomyTree(skills, {});
    expect(matchCount).toBe(5);
    expect(roots.map((r) => r.name)).toEqual(['Engineering']);
    expect(roots[0]!.children.map((c) => c.name)).toEqual(['Flash', 'Frontend', 'Kubernetes']);
    expect(roots[0]!.children[1]!.children.map((c) => c.name)).toEqual(['React']);
    expect(roots[0]!.skillCount).toBe(4);
  });

  it('finds a skill by synonym and keeps its ancestors as context', () => {
    const { roots, matchCount } = buildTaxonomyTree(skills, { q: 'reactjs' });
    expect(matchCount).toBe(1);
    expect(roots[0]!.matches).toBe(false);
    expect(roots[0]!.children[0]!.name).toBe('Frontend');
    expect(roots[0]!.children[0]!.children[0]).toMatchObject({ name: 'React', matches: true });
  });

  it('filters by status', () => {
    const { roots, matchCount } = buildTaxonomyTree(skills, { status: 'retired' });
    expect(matchCount).toBe(1);
    expect(roots[0]!.children.map((c) => c.name)).toEqual(['Flash']);
  });
});
