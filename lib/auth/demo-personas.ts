import type { Role } from '../db/generated/enums';
import { listPersonas } from '../db/system';
import { PERSONAS } from '../seed/personas';
import { isDemoMode } from './demo-mode';

export interface DemoPersonaCard {
  userId: string;
  name: string;
  orgSlug: string;
  orgName: string;
  role: Role;
  /** Other orgs this persona's user belongs to. */
  alsoIn: string[];
}

/** The personas offered on the sign-in page, in the order of PERSONAS; empty outside demo mode. */
export async function listDemoPersonas(): Promise<DemoPersonaCard[]> {
  if (!isDemoMode()) return [];
  const found = await listPersonas(PERSONAS.map((p) => p.email));
  return PERSONAS.flatMap((spec) => {
    const persona = found.find((f) => f.email === spec.email && f.orgSlug === spec.orgSlug);
    if (!persona) return [];
    const alsoIn = found.filter((f) => f.userId === persona.userId && f.orgSlug !== spec.orgSlug).map((f) => f.orgName);
    return [{ userId: persona.userId, name: persona.employeeName, orgSlug: persona.orgSlug, orgName: persona.orgName, role: persona.role, alsoIn }];
  });
}
