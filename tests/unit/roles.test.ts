import { describe, expect, it } from 'vitest';
import { hasRole, requireRole, sectionsFor, type TenantContext } from '../../lib/auth';

const ROLES = ['EMPLOYEE', 'STEWARD', 'HR_ADMIN', 'ADMIN'] as const;

describe('hasRole', () => {
  it('lets every role act as an employee and admins act as everyone', () => {
    const granted = ROLES.flatMap((role) => ROLES.filter((required) => hasRole(role, required)).map((required) => `${role}>${required}`));
    expect(granted.sort()).toEqual(
      ['EMPLOYEE>EMPLOYEE', 'STEWARD>EMPLOYEE', 'STEWARD>STEWARD', 'HR_ADMIN>EMPLOYEE', 'HR_ADMIN>HR_ADMIN', 'ADMIN>EMPLOYEE', 'ADMIN>STEWARD', 'ADMIN>HR_ADMIN', 'ADMIN>ADMIN'].sort(),
    );
  });

  it('throws a FORBIDDEN domain error from requireRole', () => {
    const ctx = { role: 'STEWARD' } as TenantContext;
    expect(() => requireRole(ctx, 'HR_ADMIN')).toThrow(expect.objectContaining({ code: 'FORBIDDEN' }));
    expect(() => requireRole(ctx, 'STEWARD')).not.toThrow();
  });
});

describe('sectionsFor', () => {
  it('shows the steward and HR sections only to those roles, and everything to admins', () => {
    const labels = (role: (typeof ROLES)[number]) => sectionsFor(role).map((s) => s.key);
    const learn = ['home', 'profile', 'account', 'people', 'mentors', 'sessions', 'communities'];
    expect(labels('EMPLOYEE')).toEqual(learn);
    expect(labels('STEWARD')).toEqual([...learn, 'steward']);
    expect(labels('HR_ADMIN')).toEqual([...learn, 'insights', 'members']);
    expect(labels('ADMIN')).toEqual([...learn, 'steward', 'insights', 'members', 'settings']);
  });
});
