import type { Role } from '../db/generated/enums';

// The one-click sign-in personas of demo mode: four per org. Priya is also a member of Globex,
// which shows the org switcher.

export interface PersonaSpec {
  orgSlug: 'acme' | 'globex';
  email: string;
  name: string;
  role: Role;
  title: string;
  department: string;
  location: string;
}

export const PERSONAS: readonly PersonaSpec[] = [
  { orgSlug: 'acme', email: 'maya.chen@acme.example', name: 'Maya Chen', role: 'EMPLOYEE', title: 'Software Engineer', department: 'Engineering', location: 'Singapore' },
  { orgSlug: 'acme', email: 'priya.raman@acme.example', name: 'Priya Raman', role: 'STEWARD', title: 'Learning Network Steward', department: 'People & Operations', location: 'Bengaluru' },
  { orgSlug: 'acme', email: 'daniel.okafor@acme.example', name: 'Daniel Okafor', role: 'HR_ADMIN', title: 'HR Business Partner', department: 'People & Operations', location: 'London' },
  { orgSlug: 'acme', email: 'sofia.alvarez@acme.example', name: 'Sofia Alvarez', role: 'ADMIN', title: 'IT Platform Administrator', department: 'People & Operations', location: 'New York' },
  { orgSlug: 'globex', email: 'tom.becker@globex.example', name: 'Tom Becker', role: 'EMPLOYEE', title: 'Research Scientist', department: 'Research', location: 'Dublin' },
  { orgSlug: 'globex', email: 'lena.fischer@globex.example', name: 'Lena Fischer', role: 'STEWARD', title: 'Knowledge Steward', department: 'Research', location: 'Dublin' },
  { orgSlug: 'globex', email: 'omar.haddad@globex.example', name: 'Omar Haddad', role: 'HR_ADMIN', title: 'People Partner', department: 'People', location: 'Chicago' },
  { orgSlug: 'globex', email: 'grace.kim@globex.example', name: 'Grace Kim', role: 'ADMIN', title: 'Operations Administrator', department: 'Operations', location: 'Chicago' },
];

/** A second membership for a persona's user: same person, other org. */
export const CROSS_ORG_MEMBERSHIPS = [
  { userEmail: 'priya.raman@acme.example', orgSlug: 'globex', email: 'priya.raman@globex.example', name: 'Priya Raman', role: 'EMPLOYEE' as Role, title: 'Visiting Researcher', department: 'Research', location: 'Dublin' },
];

export const PERSONA_EMAILS = PERSONAS.map((p) => p.email);
