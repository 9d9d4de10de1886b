import { expect, test } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './accessibility';
import { PERSONAS, signInAs } from './personas';
import { requestMagicLink, uniqueEmail, useOwnClientIp } from './support/sign-in';

// An axe scan of every page. Serious and critical violations fail; each is printed with its elements.

test.describe('public pages', () => {
  test('landing page /', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expectNoSeriousA11yViolations(page, '/');
  });

  test('sign-in page', async ({ page }) => {
    await page.goto('/sign-in');
    await expect(page.getByRole('heading', { level: 1, name: 'Sign in to Peerbridge' })).toBeVisible();
    await expectNoSeriousA11yViolations(page, '/sign-in');
  });

  test('sign-in page: an error, and the email link confirmation', async ({ page }) => {
    await useOwnClientIp(page);
    await page.goto('/sign-in?error=Verification');
    await expect(page.getByRole('main').getByRole('alert')).toContainText('That sign-in link cannot be used');
    await expectNoSeriousA11yViolations(page, '/sign-in?error=Verification');
    await requestMagicLink(page, uniqueEmail('a11y'));
    await expectNoSeriousA11yViolations(page, '/sign-in: check your email');
  });

  test('dev outbox', async ({ page }) => {
    await page.goto('/dev/outbox');
    await expect(page.getByRole('heading', { level: 1, name: 'Dev outbox' })).toBeVisible();
    await expectNoSeriousA11yViolations(page, '/dev/outbox');
  });

  test('404 page', async ({ page }) => {
    const response = await page.goto('/no/such/page');
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
    await expectNoSeriousA11yViolations(page, '404 page');
  });
});

const ACME_PAGES = [
  { path: '', heading: 'Welcome, Sofia' },
  { path: '/profile', heading: 'My profile' },
  { path: '/people', heading: 'People' },
  // Priya Raman's profile (a persona: her id is fixed by the deterministic seed).
  { path: '/people/0db92cbe-dc8e-4dcc-9243-3865d67cf4e4', heading: 'Priya Raman' },
  { path: '/mentors', heading: 'Find a mentor' },
  { path: '/mentors/cycles', heading: 'Matching rounds' },
  { path: '/mentors/new', heading: 'Ask for a mentor' },
  { path: '/mentors/mentoring', heading: 'Mentoring others' },
  { path: '/sessions', heading: 'Sessions' },
  { path: '/sessions/calendar', heading: 'Calendar' },
  { path: '/sessions/browse', heading: 'Browse sessions' },
  { path: '/sessions/new', heading: 'Host a session' },
  // The notes of the seeded "Intro to Kubernetes" workshop Sofia hosted (group sessions get ids in catalog order).
  { path: '/sessions/19554d9d-438d-403f-9a2d-1ef91b0fc46e/artifacts', heading: 'Notes & artifacts' },
  // Sofia's past Kubernetes workshop (its id is fixed by the deterministic seed): the attendees' ratings and her attendance sheet.
  { path: '/sessions/19554d9d-438d-403f-9a2d-1ef91b0fc46e/feedback', heading: 'Feedback' },
  { path: '/sessions/19554d9d-438d-403f-9a2d-1ef91b0fc46e/attendance', heading: 'Attendance' },
  { path: '/communities', heading: 'Communities of practice' },
  { path: '/steward', heading: 'Steward console' },
  { path: '/steward/skills', heading: 'Skill taxonomy' },
  { path: '/steward/skills/new', heading: 'Add to the taxonomy' },
  { path: '/steward/skills/review', heading: 'Review queue' },
  { path: '/steward/skills/import', heading: 'Import the taxonomy' },
  { path: '/steward/matching', heading: 'Matching rounds' },
  // The seeded round (its id is derived from the org's id by the deterministic seed).
  { path: '/steward/matching/f4ba9e12-d728-4645-ae6f-c168d3ad0562', heading: 'Q1 2027 mentoring round' },
  { path: '/steward/matching/settings', heading: 'Scoring weights and rules' },
  { path: '/insights', heading: 'HR insights' },
  { path: '/settings', heading: 'Org settings' },
  { path: '/settings/members', heading: 'Members' },
  { path: '/settings/audit', heading: 'Audit log' },
  { path: '/account', heading: 'Emails & calendar' },
  { path: '/account/api-tokens', heading: 'API tokens' },
];

test.describe('Acme pages as the org admin', () => {
  for (const { path, heading } of ACME_PAGES) {
    test(`/o/acme${path}`, async ({ page }) => {
      await signInAs(page, PERSONAS.sofia);
      if (path) await page.goto(`/o/acme${path}`);
      await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
      await expectNoSeriousA11yViolations(page, `/o/acme${path}`);
    });
  }
});

test('states: access denied, 404 inside the app, validation errors, empty search, org switcher menu', async ({ page }) => {
  await signInAs(page, PERSONAS.maya);
  await page.goto('/o/acme/settings');
  await expect(page.getByRole('heading', { name: 'Org settings is for org admins' })).toBeVisible();
  await expectNoSeriousA11yViolations(page, 'access denied (employee on /o/acme/settings)');

  await page.goto('/o/globex');
  await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
  await expectNoSeriousA11yViolations(page, '404 for a non-member (/o/globex)');

  await page.goto('/o/acme/people?q=zzzz-nobody');
  await expect(page.getByRole('heading', { name: /No one matches/ })).toBeVisible();
  await expectNoSeriousA11yViolations(page, 'people, no results');

  await page.context().clearCookies();
  await signInAs(page, PERSONAS.priya);
  await page.getByRole('button', { name: /Switch organization/ }).click();
  await expect(page.getByRole('menu')).toBeVisible();
  await expectNoSeriousA11yViolations(page, 'org switcher open');
  await page.keyboard.press('Escape');

  await page.context().clearCookies();
  await signInAs(page, PERSONAS.sofia);
  await page.goto('/o/acme/settings');
  await page.getByLabel('Smallest group shown in HR insights').fill('1');
  await page.getByRole('button', { name: 'Save settings' }).click();
  await expect(page.getByText('At least 3')).toBeVisible();
  await expectNoSeriousA11yViolations(page, 'settings with validation errors');
});
