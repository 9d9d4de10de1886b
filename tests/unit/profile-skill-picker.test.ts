import { describe, expect, it } from 'vitest';
import { exactSkillChoice, matchSkillChoices, type SkillChoice } from '../../lib/profiles';
import { categoryPath } from '../../lib/profiles/category-path';

const skill = (name: string, synonyms: string[] = [], path = 'Engineering'): SkillChoice => ({ id: name, name, synonyms, categoryPath: path, proposed: false });
const choices = [skill('Kubernetes', ['K8s']), skill('React', ['React.js', 'ReactJS'], 'Engineering › Frontend'), skill('Reactive programming'), skill('Figma', [], 'Design'), skill('Data modeling', [], 'Data')];

describe('matchSkillChoices', () => {
  it('ranks exact and prefix name matches before matches inside words', () => {
    expect(matchSkillChoices(choices, 'react').map((m) => m.choice.name)).toEqual(['React', 'Reactive programming']);
    expect(matchSkillChoices(choices, 'model').map((m) => m.choice.name)).toEqual(['Data modeling']);
  });

  it('finds a skill by a synonym and says which one matched', () => {
    expect(matchSkillChoices(choices, 'k8')).toEqual([{ choice: choices[0], viaSynonym: 'K8s' }]);
  });

  it('falls back to the category path', () => {
    expect(matchSkillChoices(choices, 'design').map((m) => m.choice.name)).toEqual(['Figma']);
    expect(matchSkillChoices(choices, 'nothing like it')).toEqual([]);
  });
});

describe('exactSkillChoice', () => {
  it('matches a name or synonym ignoring case and spacing', () => {
    expect(exactSkillChoice(choices, '  k8S ')?.name).toBe('Kubernetes');
    expect(exactSkillChoice(choices, 'reactjs')?.name).toBe('React');
    expect(exactSkillChoice(choices, 'Rust')).toBeUndefined();
  });
});

describe('categoryPath', () => {
  it('lists ancestors outermost first and survives a broken tree', () => {
    const nodes = new Map([
      ['eng', { id: 'eng', name: 'Engineering', parentId: null }],
      ['fe', { id: 'fe', name: 'Frontend', parentId: 'eng' }],
      ['loop', { id: 'loop', name: 'Loop', parentId: 'loop' }],
    ]);
    expect(categoryPath('fe', nodes)).toBe('Engineering › Frontend');
    expect(categoryPath(null, nodes)).toBe('');
    expect(categoryPath('loop', nodes)).toBe('Loop');
  });
});
