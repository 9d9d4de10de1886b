export { MIN_TEACHING_LEVEL, SKILL_LEVELS, levelName, type SkillLevel } from './levels';
