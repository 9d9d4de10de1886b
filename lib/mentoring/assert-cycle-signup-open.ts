import { invalid } from '../errors';

/** Employees change their entries in a round only while it is open and inside its sign-up window. */
export function assertCycleSignupOpen(cycle: { name: string; status: string; signupOpensAt: Date; signupClosesAt: Date }, now: Date): void {
  if (cycle.status === 'OPEN' && now >= cycle.signupOpensAt && now < cycle.signupClosesAt) return;
  const when = cycle.status === 'OPEN' && now < cycle.signupOpensAt ? `opens on ${cycle.signupOpensAt.toISOString().slice(0, 10)}` : 'is closed';
  throw invalid(`Sign-up for “${cycle.name}” ${when}; your entries in it cannot change now.`);
}
