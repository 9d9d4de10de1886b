import { expect, test } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './accessibility';
import { PERSONAS, signInAs } from './personas';

// The expert finder on the seeded demo taxonomy: a synonym ("K8s") finds Kubernetes holders, the
// filters live in the URL, a typo gets "did you mean", and a result opens the person's profile.

test('an employee finds an expert by a synonym and opens their profile', async ({ page }) => {
  await signInAs(page, PERSONAS.maya);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'People' }).click();
  await page.getByRole('combobox', { name: 'Skill' }).fill('K8s');
  await page.getByLabel('Minimum level').selectOption('3');
  await page.getByRole('button', { name: 'Search' }).click();
  await expect(page).toHaveURL(/skill=K8s/);
  await expect(page).toHaveURL(/level=3/);
  await expect(page.getByTestId('finder-summary')).toContainText('People who know Kubernetes (you typed “K8s”)');

  const rows = page.getByTestId('people-table').locator('tbody tr');
  await expect(rows.first()).toBeVisible();
  const count = await rows.count();
  for (let i = 0; i < count; i++) await expect(rows.nth(i)).toContainText(/Kubernetes · (Proficient|Advanced|Expert)/);
  await expectNoSeriousA11yViolations(page, 'people finder with results');

  const first = rows.first().getByRole('link');
  const name = (await first.textContent())!.replace(' (you)', '');
  await first.click();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Skills' })).toBeVisible();
  await expect(page.getByRole('main')).toContainText('Kubernetes');
  await expect(page.getByRole('heading', { name: 'Availability' })).toBeVisible();
  const request = page.getByRole('link', { name: 'Request mentoring' });
  await expect(request).toHaveAttribute('href', /\/o\/acme\/mentors\/new\?mentor=[0-9a-f-]{36}$/);

  await page.goBack();
  await expect(page).toHaveURL(/skill=K8s/);
  await expect(page.getByRole('combobox', { name: 'Skill' })).toHaveValue('K8s');
});

test('a misspelt skill says so and suggests the close name', async ({ page }) => {
  await signInAs(page, PERSONAS.maya);
  await page.goto('/o/acme/people?skill=Kubernetis');
  await expect(page.getByRole('heading', { name: 'No skill called “Kubernetis”' })).toBeVisible();
  await expectNoSeriousA11yViolations(page, 'people finder, unknown skill');
  await page.getByRole('link', { name: 'Kubernetes' }).click();
  await expect(page.getByTestId('finder-summary')).toContainText('People who know Kubernetes');
});

test('a parent skill finds holders of the skills under it; your own profile offers editing', async ({ page }) => {
  await signInAs(page, PERSONAS.maya);
  await page.goto('/o/acme/people?skill=Frontend');
  await expect(page.getByTestId('finder-summary')).toContainText('or a skill under it');
  await expect(page.getByTestId('finder-summary')).toContainText('React');
  const skills = await page.getByTestId('people-table').locator('tbody tr td:nth-child(2)').allTextContents();
  expect(skills.some((s) => !s.startsWith('Frontend'))).toBe(true);

  await page.goto('/o/acme/people?q=Maya+Chen');
  await page.getByRole('link', { name: /Maya Chen/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Maya Chen' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Edit my profile' })).toHaveAttribute('href', '/o/acme/profile');
  await expect(page.getByRole('link', { name: 'Request mentoring' })).toHaveCount(0);
});

test('another org’s person id is not found', async ({ page }) => {
  await signInAs(page, PERSONAS.tom);
  await page.goto('/o/globex/people?q=Tom+Becker');
  await page.getByRole('link', { name: /Tom Becker/ }).click();
  const globexProfile = new URL(page.url()).pathname;
  const id = globexProfile.split('/').at(-1)!;
  await page.context().clearCookies();
  await signInAs(page, PERSONAS.maya);
  for (const path of [`/o/acme/people/${id}`, '/o/acme/people/not-an-id']) {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1, name: 'Page not found' }), path).toBeVisible();
    await expect(page.getByRole('main')).not.toContainText('Tom Becker');
  }
});
