import type { PersonSpec } from './org-builder';
import { PERSONA_PROFILES } from './persona-profiles';
import type { Place } from './places';
import { derivedUuid, seedFromText, seededRandom, type Random } from './random';
import type { Taxonomy } from './taxonomy';

// Builds each person's skill profile from their department, title and office, without a database: skills
// with levels (seniority raises them), what they teach and want to learn, goals, weekly availability in
// their own time zone, time off, languages and mentoring capacity. Each profile is drawn from a generator
// seeded with the person's id, so it is the same on every run whatever order people are built in.

export interface ProfileSkill {
  skill: string;
  level: number | null;
  canTeach: boolean;
  wantsToLearn: boolean;
  targetLevel: number | null;
}

export interface ProfileGoal {
  id: string;
  skill: string;
  targetLevel: number;
  /** YYYY-MM-DD */
  dueDate: string;
  why: string;
  status: 'ACTIVE' | 'ACHIEVED' | 'PAUSED';
  /** ISO timestamp, for achieved goals. */
  completedAt: string | null;
}

export interface ProfileWindow {
  id: string;
  /** ISO weekday, 1 = Monday. */
  weekday: number;
  startMinute: number;
  endMinute: number;
}

export interface ProfileTimeOff {
  id: string;
  startDate: string;
  endDate: string;
  note: string | null;
}

export interface EmployeeProfile {
  employeeId: string;
  headline: string;
  bio: string;
  languages: string[];
  mentoringCapacity: number;
  sessionsPerWeek: number;
  skills: ProfileSkill[];
  goals: ProfileGoal[];
  windows: ProfileWindow[];
  timeOff: ProfileTimeOff[];
}

/** A hand-written profile (the personas): ids are added when it is built. */
export type ProfileDraft = Omit<EmployeeProfile, 'employeeId' | 'goals' | 'windows' | 'timeOff'> & {
  goals: Omit<ProfileGoal, 'id'>[];
  windows: Omit<ProfileWindow, 'id'>[];
  timeOff: Omit<ProfileTimeOff, 'id'>[];
};

export interface ProfileContext {
  taxonomy: Taxonomy;
  places: readonly Place[];
  /** People who have reports: they add leadership skills and take more mentees. */
  managerIds: ReadonlySet<string>;
}

const LANGUAGES_BY_COUNTRY: Record<string, { always: string[]; sometimes?: string }> = {
  US: { always: ['English'], sometimes: 'Spanish' },
  CA: { always: ['English'], sometimes: 'French' },
  BR: { always: ['Portuguese', 'English'], sometimes: 'Spanish' },
  GB: { always: ['English'], sometimes: 'French' },
  DE: { always: ['German', 'English'] },
  PT: { always: ['Portuguese', 'English'], sometimes: 'Spanish' },
  KE: { always: ['English', 'Swahili'] },
  SG: { always: ['English'], sometimes: 'Mandarin' },
  AU: { always: ['English'] },
  JP: { always: ['Japanese', 'English'] },
  IN: { always: ['English', 'Hindi'] },
  IE: { always: ['English'], sometimes: 'Irish' },
};

const CITY_LANGUAGES: Record<string, string> = { Bengaluru: 'Kannada', Pune: 'Marathi', Hyderabad: 'Telugu' };

const GOAL_REASONS = [
  (s: string) => `Our team is taking on more ${s} work next year.`,
  (s: string) => `I want to handle ${s} on my own instead of waiting for help.`,
  (s: string) => `I'd like to be able to mentor others in ${s}.`,
  (s: string) => `It's the next step toward a senior role.`,
  (s: string) => `I keep running into ${s} in my projects and want to go deeper.`,
  (s: string) => `My manager and I agreed ${s} is my growth area this year.`,
];

const TIME_OFF_NOTES = ['Holiday', 'Family visit', 'Conference', null, null];

/** 1 individual contributor, 2 senior or manager, 3 staff and leadership. */
export function seniorityOf(title: string): 1 | 2 | 3 {
  if (/\b(Chief|CMO|VP|Head|Director|Staff|Principal)\b/.test(title)) return 3;
  if (/\b(Senior|Manager|Lead)\b/.test(title)) return 2;
  return 1;
}

export function buildProfiles(people: readonly PersonSpec[], taxonomy: Taxonomy, places: readonly Place[]): EmployeeProfile[] {
  const context: ProfileContext = { taxonomy, places, managerIds: new Set(people.flatMap((p) => (p.managerId ? [p.managerId] : []))) };
  return people.map((person) => buildProfile(person, context));
}

export function buildProfile(person: PersonSpec, context: ProfileContext): EmployeeProfile {
  const random = seededRandom(seedFromText(person.id));
  const draft = PERSONA_PROFILES[person.email];
  if (draft) {
    return {
      ...draft,
      employeeId: person.id,
      goals: draft.goals.map((g, i) => ({ ...g, id: derivedUuid(`${person.id}/goal/${i}`) })),
      windows: draft.windows.map((w, i) => ({ ...w, id: derivedUuid(`${person.id}/window/${i}`) })),
      timeOff: draft.timeOff.map((t, i) => ({ ...t, id: derivedUuid(`${person.id}/time-off/${i}`) })),
    };
  }

  const seniority = seniorityOf(person.title);
  const leads = context.managerIds.has(person.id) || seniority === 3;
  const skills = drawSkills(random, person, context.taxonomy, seniority, leads);
  const place = context.places.find((p) => p.name === person.location);
  return {
    employeeId: person.id,
    ...describe(random, person, context.taxonomy, skills, seniority),
    languages: languagesFor(random, place),
    mentoringCapacity: leads ? random.int(2, 4) : random.int(0, 3),
    sessionsPerWeek: random.int(1, 3),
    skills,
    goals: drawGoals(random, person.id, skills),
    windows: drawWindows(random, person.id),
    timeOff: drawTimeOff(random, person.id),
  };
}

/** Draws `count` distinct names, earlier ones more likely (weight 1/rank): a few very common skills, a long tail. */
function pickByPopularity(random: Random, names: readonly string[], count: number, taken: Set<string>): string[] {
  const pool = [...new Set(names)].filter((n) => !taken.has(n));
  const picked: string[] = [];
  while (picked.length < count && pool.length) {
    let total = 0;
    for (let i = 0; i < pool.length; i++) total += 1 / (i + 1);
    let roll = random.next() * total;
    let index = 0;
    while (index < pool.length - 1 && (roll -= 1 / (index + 1)) > 0) index++;
    const [name] = pool.splice(index, 1);
    picked.push(name!);
    taken.add(name!);
  }
  return picked;
}

function drawSkills(random: Random, person: PersonSpec, taxonomy: Taxonomy, seniority: 1 | 2 | 3, leads: boolean): ProfileSkill[] {
  const titleSkills = taxonomy.titleSkills[person.title] ?? [];
  const departmentSkills = taxonomy.departmentSkills[person.department] ?? [];
  const taken = new Set<string>();
  const known: string[] = [];
  const hasCount = random.int(5 + seniority, 8 + seniority);

  const take = (name: string) => {
    taken.add(name);
    known.push(name);
  };
  // The title's signature skill always, its other skills usually.
  for (const [i, name] of titleSkills.entries()) if (i === 0 || random.next() < 0.7) take(name);
  const leadership = leads ? random.int(1, 2) : seniority === 2 && random.next() < 0.3 ? 1 : 0;
  const common = random.int(1, 2);
  known.push(...pickByPopularity(random, departmentSkills, hasCount - known.length - leadership - common, taken));
  if (leadership) known.push(...pickByPopularity(random, taxonomy.leadershipSkills, leadership, taken));
  known.push(...pickByPopularity(random, taxonomy.commonSkills, Math.max(common, hasCount - known.length), taken));

  const learnCount = Math.min(random.int(1, 3), 12 - known.length);
  const learningPool = [...departmentSkills, ...(seniority > 1 ? taxonomy.leadershipSkills : []), ...taxonomy.commonSkills];
  const learning = pickByPopularity(random, learningPool, learnCount, taken);
  // In a small taxonomy the usual pools can run dry: then anything in the taxonomy is worth learning.
  const missing = Math.max(learnCount - learning.length, 4 - known.length - learning.length);
  if (missing > 0) learning.push(...pickByPopularity(random, taxonomy.skills.filter((s) => s.kind === 'SKILL').map((s) => s.name), missing, taken));

  const baseLevel = [2.4, 3.3, 4.1][seniority - 1]!;
  const skills: ProfileSkill[] = known.map((name) => {
    const boost = name === titleSkills[0] ? 1 : titleSkills.includes(name) ? 0.5 : taxonomy.commonSkills.includes(name) ? -0.4 : 0;
    const noise = (random.next() + random.next() - 1) * 1.6;
    const level = Math.min(5, Math.max(1, Math.round(baseLevel + boost + noise)));
    const teachChance = level === 5 ? 0.8 : level === 4 ? 0.55 : level === 3 ? 0.15 : 0;
    return { skill: name, level, canTeach: random.next() < teachChance, wantsToLearn: false, targetLevel: null };
  });
  for (const name of learning) {
    const level = random.next() < 0.4 ? null : random.int(1, 2);
    const targetLevel = Math.min(5, (level ?? 1) + random.int(1, 2));
    skills.push({ skill: name, level, canTeach: false, wantsToLearn: true, targetLevel });
  }
  return skills;
}

function drawGoals(random: Random, employeeId: string, skills: readonly ProfileSkill[]): ProfileGoal[] {
  const roll = random.next();
  const count = roll < 0.3 ? 0 : roll < 0.75 ? 1 : 2;
  const goals: ProfileGoal[] = [];
  const learning = skills.filter((s) => s.wantsToLearn);
  const grown = skills.filter((s) => !s.wantsToLearn && s.level !== null && s.level >= 2);
  for (let i = 0; i < count; i++) {
    const achieved = random.next() < 0.2 && grown.length > 0;
    const source = achieved ? grown : learning;
    const chosen = source.find((s) => !goals.some((g) => g.skill === s.skill));
    if (!chosen) continue;
    const status = achieved ? 'ACHIEVED' : random.next() < 0.08 ? 'PAUSED' : 'ACTIVE';
    goals.push({
      id: derivedUuid(`${employeeId}/goal/${goals.length}`),
      skill: chosen.skill,
      targetLevel: achieved ? chosen.level! : chosen.targetLevel!,
      dueDate: `2027-${pad(random.int(1, 12))}-${pad(random.int(1, 28))}`,
      why: random.pick(GOAL_REASONS)(chosen.skill),
      status,
      completedAt: achieved ? `2026-${pad(random.int(3, 11))}-${pad(random.int(1, 28))}T12:00:00.000Z` : null,
    });
  }
  return goals;
}

/** 2–5 windows on weekdays between 08:00 and 18:00: at most one in each morning (to 12:00) and afternoon (from 13:00). */
function drawWindows(random: Random, employeeId: string): ProfileWindow[] {
  const halves = Array.from({ length: 10 }, (_, i) => ({ weekday: Math.floor(i / 2) + 1, afternoon: i % 2 === 1 }));
  const count = random.int(2, 5);
  const windows: ProfileWindow[] = [];
  for (let i = 0; i < count; i++) {
    const [half] = halves.splice(Math.floor(random.next() * halves.length), 1);
    const [from, to] = half!.afternoon ? [13 * 60, 18 * 60] : [8 * 60, 12 * 60];
    const startMinute = from + 30 * random.int(0, (to - from) / 30 - 1);
    const endMinute = Math.min(to, startMinute + 30 * random.int(2, 4));
    windows.push({ id: derivedUuid(`${employeeId}/window/${i}`), weekday: half!.weekday, startMinute, endMinute });
  }
  return windows.sort((a, b) => a.weekday - b.weekday || a.startMinute - b.startMinute);
}

/** About a third of people are away for a few days between December 2026 and February 2027. */
function drawTimeOff(random: Random, employeeId: string): ProfileTimeOff[] {
  if (random.next() >= 0.3) return [];
  const day = 24 * 60 * 60 * 1000;
  const start = Date.UTC(2026, 11, 1) + random.int(0, 80) * day;
  const end = Math.min(start + random.int(0, 9) * day, Date.UTC(2027, 1, 28));
  const iso = (t: number) => new Date(t).toISOString().slice(0, 10);
  return [{ id: derivedUuid(`${employeeId}/time-off/0`), startDate: iso(start), endDate: iso(end), note: random.pick(TIME_OFF_NOTES) }];
}

function languagesFor(random: Random, place: Place | undefined): string[] {
  const spoken = LANGUAGES_BY_COUNTRY[place?.country ?? ''] ?? { always: ['English'] };
  const languages = [...spoken.always];
  const city = place ? CITY_LANGUAGES[place.name] : undefined;
  if (city && random.next() < 0.4) languages.push(city);
  if (spoken.sometimes && random.next() < 0.25) languages.push(spoken.sometimes);
  return languages;
}

function describe(random: Random, person: PersonSpec, taxonomy: Taxonomy, skills: readonly ProfileSkill[], seniority: 1 | 2 | 3): { headline: string; bio: string } {
  const strongest = skills.filter((s) => !s.wantsToLearn).sort((a, b) => b.level! - a.level!);
  // The headline names work skills; people skills only when there is nothing else.
  const work = strongest.filter((s) => !taxonomy.commonSkills.includes(s.skill));
  const [first, second] = (work.length ? work : strongest).map((s) => s.skill);
  const focus = second ? `${first} and ${second}` : first;
  const headline = random.next() < 0.5 ? `${person.title} · ${focus}` : `${person.title} focused on ${focus}`;
  const [fewest, most] = ([[1, 5], [5, 10], [10, 20]] as const)[seniority - 1]!;
  const years = random.int(fewest, most);
  const teaches = strongest.filter((s) => s.canTeach).map((s) => s.skill);
  const learning = skills.find((s) => s.wantsToLearn)?.skill;
  const bio = [
    `${person.title} in our ${person.location} office, ${years} years in the field.`,
    teaches.length ? `Happy to help with ${teaches.slice(0, 2).join(' and ')}.` : `Always up for comparing notes on ${first}.`,
    learning ? `Currently learning ${learning}.` : '',
  ].filter(Boolean).join(' ');
  return { headline, bio };
}

const pad = (n: number) => String(n).padStart(2, '0');
