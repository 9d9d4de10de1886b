/** Readable names for audit actions; an action without one is shown by its key. */
export const AUDIT_ACTION_LABELS: Record<string, string> = {
  'organization.created': 'Organization created',
  'organization.settings.updated': 'Organization settings updated',
  'invitation.created': 'Invitation sent',
  'invitation.resent': 'Invitation resent',
  'invitation.revoked': 'Invitation revoked',
  'invitation.accepted': 'Invitation accepted',
  'member.role_changed': 'Member role changed',
  'member.deactivated': 'Member deactivated',
  'member.reactivated': 'Member reactivated',
  'member.joined_by_domain': 'Member joined by email domain',
  'employees.imported': 'Employees imported',
  'skill.created': 'Skill added',
  'skill.updated': 'Skill edited',
  'skill.retired': 'Skill retired',
  'skill.restored': 'Skill restored',
  'skill.merged': 'Skills merged',
  'skill.approved': 'Proposed skill approved',
  'skill.rejected': 'Proposed skill rejected',
  'skills.imported': 'Skill taxonomy imported',
  'skills.starter_added': 'Starter skill taxonomy added',
  'matching.policy.updated': 'Matching weights and rules updated',
  'api_token.created': 'API token created',
  'api_token.revoked': 'API token revoked',
};

export function auditActionLabel(action: string): string {
  return AUDIT_ACTION_LABELS[action] ?? action;
}
