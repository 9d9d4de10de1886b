import { MIN_TEACHING_LEVEL, levelName } from '../skills/levels';

// The rules for one skill on a profile, shared by the form schema and the unit tests. The database checks
// the same rules (EmployeeSkill check constraints); this says which field is wrong, in words.

export interface SkillLevelChoice {
  /** 1–5, or null for "New to it". */
  level: number | null;
  canTeach: boolean;
  wantsToLearn: boolean;
  targetLevel: number | null;
}

export type SkillLevelProblems = Partial<Record<'level' | 'canTeach' | 'targetLevel', string>>;

export function skillLevelProblems(choice: SkillLevelChoice): SkillLevelProblems {
  const problems: SkillLevelProblems = {};
  if (choice.level === null && !choice.wantsToLearn) problems.level = '“New to it” is only for a skill you want to learn. Choose a level, or tick “I want to learn this”.';
  if (choice.canTeach && (choice.level ?? 0) < MIN_TEACHING_LEVEL) {
    problems.canTeach = `Teaching needs level ${MIN_TEACHING_LEVEL} (${levelName(MIN_TEACHING_LEVEL)}) or higher.`;
  }
  if (choice.targetLevel !== null) {
    if (!choice.wantsToLearn) problems.targetLevel = 'A target level is only for a skill you want to learn.';
    else if (choice.targetLevel <= (choice.level ?? 0)) problems.targetLevel = `Choose a target above your current level (${levelName(choice.level)}).`;
  }
  return problems;
}
