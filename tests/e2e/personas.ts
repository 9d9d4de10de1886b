import { expect, type Page } from '@playwright/test';

// The seeded demo personas (lib/seed/personas.ts) and one-click sign-in through the sign-in page.

export type OrgSlug = 'acme' | 'globex';
export type RoleLabel = 'Employee' | 'Network steward' | 'HR admin' | 'Org admin';

export interface Persona {
  name: string;
  org: OrgSlug;
  orgName: string;
  role: RoleLabel;
}

export const ORG_NAMES: Record<OrgSlug, string> = { acme: 'Acme Global', globex: 'Globex' };

export const PERSONAS = {
  maya: { name: 'Maya Chen', org: 'acme', orgName: ORG_NAMES.acme, role: 'Employee' },
  priya: { name: 'Priya Raman', org: 'acme', orgName: ORG_NAMES.acme, role: 'Network steward' },
  daniel: { name: 'Daniel Okafor', org: 'acme', orgName: ORG_NAMES.acme, role: 'HR admin' },
  sofia: { name: 'Sofia Alvarez', org: 'acme', orgName: ORG_NAMES.acme, role: 'Org admin' },
  tom: { name: 'Tom Becker', org: 'globex', orgName: ORG_NAMES.globex, role: 'Employee' },
  lena: { name: 'Lena Fischer', org: 'globex', orgName: ORG_NAMES.globex, role: 'Network steward' },
  omar: { name: 'Omar Haddad', org: 'globex', orgName: ORG_NAMES.globex, role: 'HR admin' },
  grace: { name: 'Grace Kim', org: 'globex', orgName: ORG_NAMES.globex, role: 'Org admin' },
} as const satisfies Record<string, Persona>;

/**
 * A persona's button on /sign-in, inside its org's section. The section is found by its heading's id
 * (`org-<slug>`) rather than the org's name, because one test renames Globex for a moment.
 */
export function personaButton(page: Page, persona: Persona) {
  return page.locator(`section[aria-labelledby="org-${persona.org}"]`).getByRole('button', { name: new RegExp(`^${persona.name}\\b`) });
}

/** Signs in with the persona's one-click button and waits for its org home page. */
export async function signInAs(page: Page, persona: Persona): Promise<void> {
  await page.goto('/sign-in');
  const button = personaButton(page, persona);
  await expect(button).toContainText(persona.role);
  await button.click();
  await page.waitForURL(new RegExp(`/o/${persona.org}$`));
  await expect(page.getByRole('heading', { level: 1, name: `Welcome, ${persona.name.split(' ')[0]}` })).toBeVisible();
}
