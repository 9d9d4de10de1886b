// The five skill levels, one line each, shown wherever someone picks or reads a level.

export const SKILL_LEVELS = [
  { level: 1, name: 'Beginner', description: 'Knows the basics; needs help for most tasks.' },
  { level: 2, name: 'Developing', description: 'Handles routine tasks with some guidance.' },
  { level: 3, name: 'Proficient', description: 'Works independently on typical problems.' },
  { level: 4, name: 'Advanced', description: 'Solves complex problems and guides others.' },
  { level: 5, name: 'Expert', description: 'A go-to authority who shapes how the org does it.' },
] as const;

export type SkillLevel = (typeof SKILL_LEVELS)[number]['level'];

/** Teaching a skill needs at least this level (also a check constraint on EmployeeSkill). */
export const MIN_TEACHING_LEVEL = 3;

export function levelName(level: number | null): string {
  return level === null ? 'New to it' : (SKILL_LEVELS.find((l) => l.level === level)?.name ?? `Level ${level}`);
}
