import { describe, expect, it } from 'vitest';
import { skillLevelProblems, upsertMySkillInput } from '../../lib/profiles';

const choice = { level: 3, canTeach: false, wantsToLearn: false, targetLevel: null } as const;

describe('skillLevelProblems', () => {
  it('accepts a plain level, teaching from level 3, and a target above the level', () => {
    expect(skillLevelProblems(choice)).toEqual({});
    expect(skillLevelProblems({ ...choice, canTeach: true })).toEqual({});
    expect(skillLevelProblems({ ...choice, wantsToLearn: true, targetLevel: 4 })).toEqual({});
    expect(skillLevelProblems({ level: null, canTeach: false, wantsToLearn: true, targetLevel: 1 })).toEqual({});
  });

  it('allows “New to it” only for a skill the person wants to learn', () => {
    expect(skillLevelProblems({ ...choice, level: null }).level).toMatch(/only for a skill you want to learn/);
  });

  it('refuses teaching below level 3', () => {
    expect(skillLevelProblems({ ...choice, level: 2, canTeach: true }).canTeach).toBe('Teaching needs level 3 (Proficient) or higher.');
    expect(skillLevelProblems({ ...choice, level: null, wantsToLearn: true, canTeach: true }).canTeach).toBeDefined();
  });

  it('needs a target above the current level, and only when learning', () => {
    expect(skillLevelProblems({ ...choice, wantsToLearn: true, targetLevel: 3 }).targetLevel).toBe('Choose a target above your current level (Proficient).');
    expect(skillLevelProblems({ ...choice, wantsToLearn: true, targetLevel: 2 }).targetLevel).toBeDefined();
    expect(skillLevelProblems({ ...choice, targetLevel: 5 }).targetLevel).toBe('A target level is only for a skill you want to learn.');
  });
});

describe('upsertMySkillInput', () => {
  const form = { skillId: '7d6f1c2e-8a4b-4c3d-9e2f-1a2b3c4d5e6f', level: '2', wantsToLearn: 'on', targetLevel: '4' };
  const messages = (values: Record<string, string>) => {
    const result = upsertMySkillInput.safeParse(values);
    return Object.fromEntries((result.error?.issues ?? []).map((i) => [String(i.path[0]), i.message]));
  };

  it('reads the form: levels as numbers, "new" as no level, checkboxes as booleans', () => {
    expect(upsertMySkillInput.parse(form)).toEqual({ skillId: form.skillId, level: 2, canTeach: false, wantsToLearn: true, targetLevel: 4 });
    expect(upsertMySkillInput.parse({ ...form, level: 'new', targetLevel: '' })).toMatchObject({ level: null, targetLevel: null });
  });

  it('says which field is wrong', () => {
    expect(messages({ ...form, level: '7' })).toEqual({ level: 'Choose a level from 1 to 5' });
    expect(messages({ ...form, skillId: 'kubernetes' })).toEqual({ skillId: 'Choose a skill from the list.' });
    expect(messages({ ...form, canTeach: 'on' })).toEqual({ canTeach: 'Teaching needs level 3 (Proficient) or higher.' });
    expect(messages({ ...form, targetLevel: '2' })).toEqual({ targetLevel: 'Choose a target above your current level (Developing).' });
    expect(messages({ ...form, targetLevel: '9' })).toEqual({ targetLevel: 'Choose a target level from 1 to 5' });
    expect(messages({ skillId: form.skillId, level: 'new' })).toHaveProperty('level');
  });
});
