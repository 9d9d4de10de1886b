import type { Role } from '../db/generated/enums';
import { hasRole } from './tenant-context';

// The areas of the app inside an org, and who sees them in the navigation.

export interface Section {
  key: 'home' | 'profile' | 'account' | 'people' | 'mentors' | 'sessions' | 'communities' | 'steward' | 'insights' | 'members' | 'settings';
  label: string;
  /** Path below /o/<org>. */
  path: string;
  requires: Role;
  group: 'learn' | 'manage';
}

export const SECTIONS: readonly Section[] = [
  { key: 'home', label: 'Home', path: '', requires: 'EMPLOYEE', group: 'learn' },
  { key: 'profile', label: 'My profile', path: '/profile', requires: 'EMPLOYEE', group: 'learn' },
  { key: 'account', label: 'My settings', path: '/account', requires: 'EMPLOYEE', group: 'learn' },
  { key: 'people', label: 'People', path: '/people', requires: 'EMPLOYEE', group: 'learn' },
  { key: 'mentors', label: 'Mentoring', path: '/mentors', requires: 'EMPLOYEE', group: 'learn' },
  { key: 'sessions', label: 'Sessions', path: '/sessions', requires: 'EMPLOYEE', group: 'learn' },
  { key: 'communities', label: 'Communities', path: '/communities', requires: 'EMPLOYEE', group: 'learn' },
  { key: 'steward', label: 'Steward console', path: '/steward', requires: 'STEWARD', group: 'manage' },
  { key: 'insights', label: 'HR insights', path: '/insights', requires: 'HR_ADMIN', group: 'manage' },
  { key: 'members', label: 'Members', path: '/settings/members', requires: 'HR_ADMIN', group: 'manage' },
  { key: 'settings', label: 'Org settings', path: '/settings', requires: 'ADMIN', group: 'manage' },
];

export function sectionsFor(role: Role): Section[] {
  return SECTIONS.filter((s) => hasRole(role, s.requires));
}

export function sectionByKey(key: Section['key']): Section {
  return SECTIONS.find((s) => s.key === key)!;
}

export const ROLE_LABELS: Record<Role, string> = {
  EMPLOYEE: 'Employee',
  STEWARD: 'Network steward',
  HR_ADMIN: 'HR admin',
  ADMIN: 'Org admin',
};
