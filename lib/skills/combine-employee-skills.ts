// When two skills merge and one person has both, their two profile entries become one. Nothing the
// person said is dropped, and the result satisfies EmployeeSkill's checks:
// - level: the higher one (null, "new to it", only when both are null);
// - canTeach: either (a teacher has level ≥ 3, so the higher level still allows it);
// - wantsToLearn / targetLevel: a side still wants to learn when it has no target or its target is above
//   the combined level; the target is the highest such target. A wish the other entry's level already
//   meets is fulfilled, so it is cleared rather than kept as an impossible target;
// - source: peer-validated when the entry whose level wins was (or either was, on equal levels).

export interface EmployeeSkillValues {
  level: number | null;
  canTeach: boolean;
  wantsToLearn: boolean;
  targetLevel: number | null;
  source: 'SELF' | 'PEER_VALIDATED';
}

export function combineEmployeeSkills(a: EmployeeSkillValues, b: EmployeeSkillValues): EmployeeSkillValues {
  const level = a.level === null ? b.level : b.level === null ? a.level : Math.max(a.level, b.level);
  const stillWants = (side: EmployeeSkillValues) => side.wantsToLearn && (side.targetLevel === null || level === null || side.targetLevel > level);
  const targets = [a, b].filter(stillWants).flatMap((side) => (side.targetLevel === null ? [] : [side.targetLevel]));
  const winners = [a, b].filter((side) => side.level === level);
  return {
    level,
    canTeach: (a.canTeach || b.canTeach) && level !== null && level >= 3,
    wantsToLearn: stillWants(a) || stillWants(b),
    targetLevel: targets.length ? Math.max(...targets) : null,
    source: winners.some((side) => side.source === 'PEER_VALIDATED') ? 'PEER_VALIDATED' : 'SELF',
  };
}
