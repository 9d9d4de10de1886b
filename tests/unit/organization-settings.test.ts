import { describe, expect, it } from 'vitest';
import { readOrganizationSettings, updateOrganizationSettingsInput } from '../../lib/orgs';

describe('updateOrganizationSettingsInput', () => {
  const valid = { name: '  Acme  ', allowedEmailDomains: 'Acme.example,\nlabs.acme.example  ', minGroupSize: '5', defaultTimeZone: 'Asia/Kolkata' };

  it('trims, lowercases and splits domains; coerces numbers', () => {
    expect(updateOrganizationSettingsInput.parse(valid)).toEqual({ name: 'Acme', allowedEmailDomains: ['acme.example', 'labs.acme.example'], minGroupSize: 5, defaultTimeZone: 'Asia/Kolkata', allowDomainJoin: false });
    expect(updateOrganizationSettingsInput.parse({ ...valid, allowDomainJoin: 'on' }).allowDomainJoin).toBe(true);
    expect(updateOrganizationSettingsInput.parse({ ...valid, allowedEmailDomains: '' }).allowedEmailDomains).toEqual([]);
  });

  it.each([
    ['name', { name: 'A' }, 'Use at least 2 characters'],
    ['minGroupSize', { minGroupSize: '2' }, 'At least 3'],
    ['minGroupSize', { minGroupSize: '51' }, 'At most 50'],
    ['minGroupSize', { minGroupSize: '4.5' }, 'Use a whole number'],
    ['defaultTimeZone', { defaultTimeZone: 'Mars/Olympus' }, 'Choose a time zone from the list'],
    ['allowedEmailDomains', { allowedEmailDomains: 'acme.example, not a domain' }, '“not a domain” is not a domain like example.com'],
  ])('rejects a bad %s with a clear message', (field, change, message) => {
    const result = updateOrganizationSettingsInput.safeParse({ ...valid, ...change });
    expect(result.success).toBe(false);
    expect(result.error?.issues.find((i) => i.path[0] === field)?.message).toBe(message);
  });
});

describe('readOrganizationSettings', () => {
  it('falls back to defaults for missing or broken stored settings', () => {
    const defaults = { allowedEmailDomains: [], minGroupSize: 5, defaultTimeZone: 'UTC', allowDomainJoin: true };
    expect(readOrganizationSettings(null)).toEqual(defaults);
    expect(readOrganizationSettings({ minGroupSize: 'lots' })).toEqual(defaults);
    expect(readOrganizationSettings({ minGroupSize: 9, defaultTimeZone: 'Europe/Berlin' })).toMatchObject({ minGroupSize: 9, defaultTimeZone: 'Europe/Berlin' });
  });
});
