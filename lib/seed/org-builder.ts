import { randomUUID } from 'node:crypto';
import type { Role } from '../db/generated/enums';
import { FIRST_NAMES, LAST_NAMES, type DepartmentProfile, type Place } from './places';
import type { Random } from './random';

// Builds the people of a synthetic org in memory (no database): a CEO, a head per department,
// managers with teams of about eight, and individual contributors spread over the offices.

export interface PersonSpec {
  id: string;
  name: string;
  email: string;
  role: Role;
  title: string;
  department: string;
  location: string;
  timeZone: string;
  managerId: string | null;
}

export interface OrgBlueprint {
  size: number;
  domain: string;
  places: readonly Place[];
  departments: readonly DepartmentProfile[];
  /** Deterministic ids for the demo; random ids are fine for benchmark orgs. */
  makeId?: () => string;
}

const TEAM_SIZE = 8;

export function buildPeople(random: Random, blueprint: OrgBlueprint): PersonSpec[] {
  const makeId = blueprint.makeId ?? randomUUID;
  const usedEmails = new Map<string, number>();
  const people: PersonSpec[] = [];

  const person = (title: string, department: string, managerId: string | null, place = random.pick(blueprint.places)): PersonSpec => {
    const first = random.pick(FIRST_NAMES);
    const last = random.pick(LAST_NAMES);
    const local = `${first}.${last}`.toLowerCase().normalize('NFD').replace(/[^a-z.]/g, '');
    const seen = usedEmails.get(local) ?? 0;
    usedEmails.set(local, seen + 1);
    const spec: PersonSpec = {
      id: makeId(),
      name: `${first} ${last}`,
      email: `${local}${seen ? seen + 1 : ''}@${blueprint.domain}`,
      role: 'EMPLOYEE',
      title,
      department,
      location: place.name,
      timeZone: place.timeZone,
      managerId,
    };
    people.push(spec);
    return spec;
  };

  const hq = blueprint.places[0]!;
  const ceo = person('Chief Executive Officer', blueprint.departments[0]!.name, null, hq);
  const totalWeight = blueprint.departments.reduce((sum, d) => sum + d.weight, 0);
  const remaining = Math.max(0, blueprint.size - 1);

  blueprint.departments.forEach((dept, index) => {
    const isLast = index === blueprint.departments.length - 1;
    const deptSize = isLast ? remaining - (people.length - 1) : Math.round((remaining * dept.weight) / totalWeight);
    if (deptSize <= 0) return;
    const head = person(dept.head, dept.name, ceo.id);
    const contributors = deptSize - 1;
    const managerCount = contributors > TEAM_SIZE ? Math.ceil(contributors / (TEAM_SIZE + 1)) : 0;
    const managers = Array.from({ length: managerCount }, () => person(dept.manager, dept.name, head.id));
    const leads = managers.length ? managers : [head];
    for (let i = 0; i < contributors - managerCount; i++) {
      const lead = leads[i % leads.length]!;
      const place = random.next() < 0.6 ? blueprint.places.find((p) => p.name === lead.location)! : random.pick(blueprint.places);
      person(random.pick(dept.titles), dept.name, lead.id, place);
    }
  });
  return people;
}
