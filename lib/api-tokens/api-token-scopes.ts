import { hasRole } from '../auth/tenant-context';
import type { Role } from '../db/generated/enums';

// What a personal API token may do. The database allows only these values (a check constraint).

export const API_TOKEN_SCOPES = ['sessions:read', 'sessions:write', 'insights:read'] as const;
export type ApiTokenScope = (typeof API_TOKEN_SCOPES)[number];

export const API_TOKEN_SCOPE_DESCRIPTIONS: Record<ApiTokenScope, string> = {
  'sessions:read': 'List your sessions and your mentors’ free times.',
  'sessions:write': 'Book 1:1 sessions in your mentorships and cancel your sessions.',
  'insights:read': 'Read the engagement insights you can see in the app.',
};

/** The scopes this role may put on a token: insights only for those who can see insights in the app. */
export function grantableApiTokenScopes(role: Role): ApiTokenScope[] {
  return API_TOKEN_SCOPES.filter((scope) => scope !== 'insights:read' || hasRole(role, 'HR_ADMIN'));
}
