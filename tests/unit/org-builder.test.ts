import { describe, expect, it } from 'vitest';
import { buildPeople } from '../../lib/seed/org-builder';
import { ACME_DEPARTMENTS, ACME_PLACES } from '../../lib/seed/places';
import { seedFromText, seededRandom, seededUuid } from '../../lib/seed/random';

const build = (size: number, seed = 1) => {
  const random = seededRandom(seed);
  return buildPeople(random, { size, domain: 'example.com', places: ACME_PLACES, departments: ACME_DEPARTMENTS, makeId: () => seededUuid(random) });
};

describe('buildPeople', () => {
  it.each([9, 296, 5000])('builds exactly %i people with unique emails and ids', (size) => {
    const people = build(size);
    expect(people).toHaveLength(size);
    expect(new Set(people.map((p) => p.email)).size).toBe(size);
    expect(new Set(people.map((p) => p.id)).size).toBe(size);
  });

  it('puts every manager before their reports, so batches insert in order', () => {
    const people = build(1000);
    const position = new Map(people.map((p, i) => [p.id, i]));
    expect(people.filter((p) => p.managerId === null)).toHaveLength(1);
    for (const [i, p] of people.entries()) if (p.managerId) expect(position.get(p.managerId)!).toBeLessThan(i);
  });

  it('keeps teams to about eight reports per manager below the department heads', () => {
    const people = build(2000);
    const heads = new Set(people.filter((p) => p.managerId === people[0]!.id).map((p) => p.id));
    const reports = new Map<string, number>();
    for (const p of people) if (p.managerId && !heads.has(p.managerId) && p.managerId !== people[0]!.id) reports.set(p.managerId, (reports.get(p.managerId) ?? 0) + 1);
    expect(Math.max(...reports.values())).toBeLessThanOrEqual(9);
  });

  it('is deterministic for a seed and differs between seeds', () => {
    expect(build(50, 7)).toEqual(build(50, 7));
    expect(build(50, 7).map((p) => p.name)).not.toEqual(build(50, 8).map((p) => p.name));
  });

  it('uses real IANA time zones and valid UUIDs', () => {
    for (const p of build(200)) {
      expect(() => new Intl.DateTimeFormat('en', { timeZone: p.timeZone })).not.toThrow();
      expect(p.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    }
  });
});

describe('seedFromText', () => {
  it('gives different seeds to different texts', () => {
    expect(seedFromText('maya.chen@acme.example')).not.toBe(seedFromText('tom.becker@globex.example'));
    expect(seedFromText('a')).toBe(seedFromText('a'));
  });
});
