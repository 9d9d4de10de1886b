import { describe, expect, it } from 'vitest';
import { buildPeople, type PersonSpec } from '../../lib/seed/org-builder';
import { PERSONA_PROFILES } from '../../lib/seed/persona-profiles';
import { ACME_DEPARTMENTS, ACME_PLACES, GLOBEX_DEPARTMENTS, GLOBEX_PLACES, type DepartmentProfile, type Place } from '../../lib/seed/places';
import { buildProfiles, seniorityOf, type EmployeeProfile } from '../../lib/seed/profiles';
import { seededRandom, seededUuid } from '../../lib/seed/random';
import { ACME_TAXONOMY, GLOBEX_TAXONOMY, type Taxonomy } from '../../lib/seed/taxonomy';

function build(size: number, places: readonly Place[], departments: readonly DepartmentProfile[], taxonomy: Taxonomy, seed = 1) {
  const random = seededRandom(seed);
  const people = buildPeople(random, { size, domain: 'example.com', places, departments, makeId: () => seededUuid(random) });
  return { people, profiles: buildProfiles(people, taxonomy, places) };
}

const acme = build(2000, ACME_PLACES, ACME_DEPARTMENTS, ACME_TAXONOMY);
const globex = build(40, GLOBEX_PLACES, GLOBEX_DEPARTMENTS, GLOBEX_TAXONOMY, 2);
const all: [string, EmployeeProfile[], Taxonomy][] = [['Acme', acme.profiles, ACME_TAXONOMY], ['Globex', globex.profiles, GLOBEX_TAXONOMY]];

describe('buildProfiles', () => {
  // Each check collects what breaks it, so one assertion covers thousands of rows with a readable failure.
  it.each(all)('%s: gives everyone 4–12 distinct taxonomy skills that pass the database checks', (_, profiles, taxonomy) => {
    const names = new Set(taxonomy.skills.filter((s) => s.kind === 'SKILL').map((s) => s.name));
    const problems: string[] = [];
    for (const p of profiles) {
      const learning = p.skills.filter((s) => s.wantsToLearn).length;
      if (p.skills.length < 4 || p.skills.length > 12) problems.push(`${p.employeeId}: ${p.skills.length} skills`);
      if (learning < 1 || learning > 3) problems.push(`${p.employeeId}: learns ${learning}`);
      if (new Set(p.skills.map((s) => s.skill)).size !== p.skills.length) problems.push(`${p.employeeId}: a skill twice`);
      for (const s of p.skills) {
        const where = `${p.employeeId} ${s.skill}`;
        if (!names.has(s.skill)) problems.push(`${where}: not in the taxonomy`);
        if (s.level === null ? !s.wantsToLearn : ![1, 2, 3, 4, 5].includes(s.level)) problems.push(`${where}: level ${s.level}`);
        if (s.canTeach && (s.level ?? 0) < 3) problems.push(`${where}: teaches at level ${s.level}`);
        if (s.targetLevel !== null && (!s.wantsToLearn || s.targetLevel > 5 || s.targetLevel <= (s.level ?? 0))) problems.push(`${where}: target ${s.targetLevel}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it.each(all)('%s: gives everyone 2–5 weekday windows between 08:00 and 18:00 that never overlap on a day', (_, profiles) => {
    const problems: string[] = [];
    for (const p of profiles) {
      if (p.windows.length < 2 || p.windows.length > 5) problems.push(`${p.employeeId}: ${p.windows.length} windows`);
      for (const w of p.windows) {
        if (w.weekday < 1 || w.weekday > 5 || w.startMinute < 8 * 60 || w.endMinute > 18 * 60 || w.startMinute >= w.endMinute) problems.push(`${p.employeeId}: ${JSON.stringify(w)}`);
        for (const other of p.windows) {
          if (other !== w && other.weekday === w.weekday && other.startMinute < w.endMinute && w.startMinute < other.endMinute) problems.push(`${p.employeeId}: overlap on day ${w.weekday}`);
        }
      }
    }
    expect(problems).toEqual([]);
  });

  it('keeps goals, time off and capacity within what the database and the demo promise', () => {
    const problems: string[] = [];
    for (const p of acme.profiles) {
      if (p.goals.length > 2) problems.push(`${p.employeeId}: ${p.goals.length} goals`);
      for (const g of p.goals) {
        if (!p.skills.some((s) => s.skill === g.skill)) problems.push(`${p.employeeId}: goal on ${g.skill}, not on the profile`);
        if (!/^2027-\d\d-\d\d$/.test(g.dueDate) || g.targetLevel < 1 || g.targetLevel > 5) problems.push(`${p.employeeId}: ${JSON.stringify(g)}`);
        if ((g.completedAt !== null) !== (g.status === 'ACHIEVED')) problems.push(`${p.employeeId}: ${g.status} completed ${g.completedAt}`);
      }
      for (const t of p.timeOff) if (t.startDate > t.endDate || t.startDate < '2026-12-01' || t.endDate > '2027-02-28') problems.push(`${p.employeeId}: ${JSON.stringify(t)}`);
      if (p.mentoringCapacity < 0 || p.mentoringCapacity > 4 || p.sessionsPerWeek < 1 || p.sessionsPerWeek > 3) problems.push(`${p.employeeId}: capacity`);
      if (/undefined/.test(p.headline + p.bio)) problems.push(`${p.employeeId}: ${p.headline} / ${p.bio}`);
    }
    expect(problems).toEqual([]);
    const statuses = new Set(acme.profiles.flatMap((p) => p.goals.map((g) => g.status)));
    expect(statuses).toEqual(new Set(['ACTIVE', 'ACHIEVED', 'PAUSED']));
  });

  it('gives every row its own id', () => {
    const ids = acme.profiles.flatMap((p) => [...p.goals, ...p.windows, ...p.timeOff].map((row) => row.id));
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('is deterministic: the same people give the same profiles, whatever their order', () => {
    const again = build(2000, ACME_PLACES, ACME_DEPARTMENTS, ACME_TAXONOMY);
    expect(again.profiles).toEqual(acme.profiles);
    const reversed = buildProfiles([...acme.people].reverse(), ACME_TAXONOMY, ACME_PLACES);
    expect(reversed.reverse()).toEqual(acme.profiles);
  });

  it('draws from the department: engineers mostly have engineering skills, sales people sales skills', () => {
    const share = (department: string, area: string) => {
      const inArea = new Set(underCategory(ACME_TAXONOMY, area));
      const skills = profilesOf(acme.people, acme.profiles, (p) => p.department === department).flatMap((p) => p.skills.filter((s) => !s.wantsToLearn));
      return skills.filter((s) => inArea.has(s.skill)).length / skills.length;
    };
    expect(share('Engineering', 'Engineering')).toBeGreaterThan(0.5);
    expect(share('Sales', 'Sales')).toBeGreaterThan(0.5);
    expect(share('Sales', 'Engineering')).toBeLessThan(0.05);
  });

  it('skews levels by seniority: staff and leadership titles are at level 4–5 far more often', () => {
    const highShare = (seniority: number) => {
      const levels = profilesOf(acme.people, acme.profiles, (p) => seniorityOf(p.title) === seniority).flatMap((p) => p.skills.flatMap((s) => (s.wantsToLearn ? [] : [s.level!])));
      return levels.filter((l) => l >= 4).length / levels.length;
    };
    expect(highShare(3)).toBeGreaterThan(highShare(1) * 2);
    expect(seniorityOf('VP Engineering')).toBe(3);
    expect(seniorityOf('Staff Engineer')).toBe(3);
    expect(seniorityOf('Senior Product Manager')).toBe(2);
    expect(seniorityOf('Data Analyst')).toBe(1);
  });

  it('makes skill popularity long-tailed: the most common skill is far more common than the median one', () => {
    const holders = new Map<string, number>();
    for (const p of acme.profiles) for (const s of p.skills) holders.set(s.skill, (holders.get(s.skill) ?? 0) + 1);
    const counts = [...holders.values()].sort((a, b) => b - a);
    expect(counts[0]!).toBeGreaterThan(counts[Math.floor(counts.length / 2)]! * 5);
  });

  it('speaks the office languages: São Paulo Portuguese and English, Berlin German and English', () => {
    const at = (location: string) => profilesOf(acme.people, acme.profiles, (p) => p.location === location);
    for (const p of at('São Paulo')) expect(p.languages).toEqual(expect.arrayContaining(['Portuguese', 'English']));
    for (const p of at('Berlin')) expect(p.languages).toEqual(expect.arrayContaining(['German', 'English']));
  });

  it('uses the hand-written profile for a persona', () => {
    const maya: PersonSpec = { id: '00000000-0000-4000-8000-000000000001', name: 'Maya Chen', email: 'maya.chen@acme.example', role: 'EMPLOYEE', title: 'Software Engineer', department: 'Engineering', location: 'Singapore', timeZone: 'Asia/Singapore', managerId: null };
    const [profile] = buildProfiles([maya], ACME_TAXONOMY, ACME_PLACES);
    expect(profile!.skills).toEqual(PERSONA_PROFILES['maya.chen@acme.example']!.skills);
    expect(profile!.skills.map((s) => s.skill)).not.toContain('Kubernetes');
    expect(profile!.skills.map((s) => s.skill)).not.toContain('Figma');
  });
});

describe('persona profiles', () => {
  it.each(Object.entries(PERSONA_PROFILES))('%s names only skills of its org and passes the checks', (email, profile) => {
    const taxonomy = email.endsWith('@globex.example') ? GLOBEX_TAXONOMY : ACME_TAXONOMY;
    const names = new Set(taxonomy.skills.filter((s) => s.kind === 'SKILL').map((s) => s.name));
    expect(profile.skills.length).toBeGreaterThanOrEqual(4);
    for (const s of profile.skills) {
      expect(names.has(s.skill), s.skill).toBe(true);
      if (s.canTeach) expect(s.level).toBeGreaterThanOrEqual(3);
      if (s.targetLevel !== null) expect(s.targetLevel).toBeGreaterThan(s.level ?? 0);
    }
    for (const g of profile.goals) expect(profile.skills.some((s) => s.skill === g.skill)).toBe(true);
  });
});

function underCategory(taxonomy: Taxonomy, category: string): string[] {
  const parentOf = new Map(taxonomy.skills.map((s) => [s.name, s.parent]));
  const root = (name: string): string => (parentOf.get(name) ? root(parentOf.get(name)!) : name);
  return taxonomy.skills.filter((s) => s.kind === 'SKILL' && root(s.name) === category).map((s) => s.name);
}

function profilesOf(people: readonly PersonSpec[], profiles: readonly EmployeeProfile[], match: (p: PersonSpec) => boolean): EmployeeProfile[] {
  const chosen = new Set(people.filter(match).map((p) => p.id));
  return profiles.filter((p) => chosen.has(p.employeeId));
}
