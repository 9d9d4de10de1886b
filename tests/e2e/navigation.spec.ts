import { expect, test, type Page } from '@playwright/test';
import { PERSONAS, personaButton, signInAs, type Persona } from './personas';

// Who sees what in the sidebar, the org switcher, and signing in and out.

const LEARN = ['Home', 'My profile', 'My settings', 'People', 'Mentoring', 'Sessions', 'Communities'];
const NAV_BY_ROLE: Record<Persona['role'], string[]> = {
  Employee: LEARN,
  'Network steward': [...LEARN, 'Steward console'],
  'HR admin': [...LEARN, 'HR insights', 'Members'],
  'Org admin': [...LEARN, 'Steward console', 'HR insights', 'Members', 'Org settings'],
};

const mainNav = (page: Page) => page.getByRole('navigation', { name: 'Main' });

test.describe('each persona sees the navigation of their role', () => {
  for (const persona of Object.values(PERSONAS)) {
    test(`${persona.name} (${persona.role}, ${persona.org})`, async ({ page }) => {
      await signInAs(page, persona);
      await expect(mainNav(page).getByRole('link')).toHaveText(NAV_BY_ROLE[persona.role]);
      await expect(mainNav(page).getByRole('link', { name: 'Home' })).toHaveAttribute('aria-current', 'page');
      await expect(page.getByTestId('current-org')).toContainText(persona.role);
      await expect(page.getByTestId('user-name')).toHaveText(persona.name);
      await expect(page.getByTestId('stat-People in the network')).toHaveText(persona.org === 'acme' ? '300' : '21');
    });
  }
});

test('the active nav item follows the page', async ({ page }) => {
  await signInAs(page, PERSONAS.sofia);
  for (const [label, heading] of [
    ['My profile', 'My profile'],
    ['My settings', 'Emails & calendar'],
    ['People', 'People'],
    ['Mentoring', 'Find a mentor'],
    ['Sessions', 'Sessions'],
    ['Communities', 'Communities of practice'],
    ['Steward console', 'Steward console'],
    ['HR insights', 'HR insights'],
    ['Members', 'Members'],
    ['Org settings', 'Org settings'],
  ] as const) {
    await mainNav(page).getByRole('link', { name: label }).click();
    await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
    await expect(mainNav(page).getByRole('link', { name: label })).toHaveAttribute('aria-current', 'page');
    await expect(mainNav(page).locator('[aria-current="page"]')).toHaveCount(1);
  }
});

test('Priya switches from Acme Global to Globex, where she is an employee', async ({ page }) => {
  await signInAs(page, PERSONAS.priya);
  const switcher = page.getByRole('button', { name: /Switch organization \(current: Acme Global\)/ });
  await expect(switcher).toContainText('Network steward');
  await switcher.click();
  const menu = page.getByRole('menu');
  await expect(menu.getByRole('menuitem')).toHaveText([/Acme Global/, /Globex/, 'Create or join an organization']);
  await menu.getByRole('menuitem', { name: /Globex/ }).click();
  await page.waitForURL(/\/o\/globex$/);
  await expect(page.getByRole('button', { name: /Switch organization \(current: Globex/ })).toContainText('Employee');
  await expect(mainNav(page).getByRole('link')).toHaveText(NAV_BY_ROLE.Employee);
  await expect(page.getByTestId('stat-People in the network')).toHaveText('21');

  // And back.
  await page.getByRole('button', { name: /Switch organization/ }).click();
  await page.getByRole('menuitem', { name: /Acme Global/ }).click();
  await page.waitForURL(/\/o\/acme$/);
  await expect(mainNav(page).getByRole('link')).toHaveText(NAV_BY_ROLE['Network steward']);
});

test('the sign-in page groups personas by org; Priya is marked as also in Globex', async ({ page }) => {
  await page.goto('/sign-in');
  await expect(page.getByRole('heading', { level: 2, name: 'Acme Global' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: /^Globex/ })).toBeVisible();
  for (const persona of Object.values(PERSONAS)) await expect(personaButton(page, persona)).toContainText(persona.role);
  await expect(personaButton(page, PERSONAS.priya)).toContainText(/Also a member of Globex/);
});

test.describe('signed out', () => {
  test('an org page redirects to sign-in, and signing in returns to the org', async ({ page }) => {
    await page.goto('/o/acme/people');
    await expect(page).toHaveURL(/\/sign-in\?callbackUrl=%2Fo%2Facme/);
    await expect(page.getByRole('heading', { level: 1, name: 'Sign in to Peerbridge' })).toBeVisible();
    await personaButton(page, PERSONAS.daniel).click();
    await page.waitForURL(/\/o\/acme$/);
    await expect(page.getByTestId('user-name')).toHaveText(PERSONAS.daniel.name);
  });

  test('the landing page links to sign-in', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await page.getByRole('link', { name: 'Get started' }).click();
    await expect(page).toHaveURL(/\/sign-in$/);
  });
});

test('sign out ends the session', async ({ page }) => {
  await signInAs(page, PERSONAS.tom);
  await page.getByRole('button', { name: 'Sign out' }).click();
  await page.waitForURL(/\/sign-in/);
  await expect(page.getByRole('heading', { level: 1, name: 'Sign in to Peerbridge' })).toBeVisible();
  await page.goto('/o/globex');
  await expect(page).toHaveURL(/\/sign-in\?callbackUrl=%2Fo%2Fglobex/);
  const response = await page.request.get('/o/globex/people', { maxRedirects: 0 });
  expect(response.status()).toBeGreaterThanOrEqual(300);
  expect(response.status()).toBeLessThan(400);
});

test('a single-org persona’s org menu lists just that org and the way to create or join another', async ({ page }) => {
  await signInAs(page, PERSONAS.maya);
  await page.getByRole('button', { name: /Switch organization \(current: Acme Global\)/ }).click();
  await expect(page.getByRole('menu').getByRole('menuitem')).toHaveText([/Acme Global/, 'Create or join an organization']);
  await page.getByRole('menuitem', { name: 'Create or join an organization' }).click();
  await page.waitForURL(/\/orgs\/new$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Add an organization' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Back to Acme Global' })).toBeVisible();
});
