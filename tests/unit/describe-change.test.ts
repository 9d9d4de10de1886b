import { describe, expect, it } from 'vitest';
import { describeChange } from '../../lib/audit';

describe('describeChange', () => {
  it('lists only the fields that changed, with before and after', () => {
    expect(describeChange({ role: 'EMPLOYEE', name: 'A' }, { role: 'STEWARD', name: 'A' })).toEqual(['role: EMPLOYEE → STEWARD']);
  });

  it('shows new fields and nested values', () => {
    expect(describeChange(null, { email: 'a@b.co', settings: { minGroupSize: 5 } })).toEqual(['email: a@b.co', 'settings: {"minGroupSize":5}']);
    expect(describeChange({ status: 'ACTIVE' }, {})).toEqual(['status: ACTIVE → —']);
  });
});
