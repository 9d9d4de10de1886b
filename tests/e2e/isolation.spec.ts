import { expect, test } from '@playwright/test';
import { PERSONAS, signInAs } from './personas';

// Tenant isolation as a visitor sees it over HTTP: another org's pages are "not found" (never "forbidden",
// which would confirm the org exists), and a forged server-action call into another org is refused.

test.describe('a Globex member cannot reach Acme', () => {
  for (const path of ['/o/acme', '/o/acme/people', '/o/acme/settings']) {
    test(`${path} is the 404 page for Tom Becker`, async ({ page }) => {
      await signInAs(page, PERSONAS.tom);
      const response = await page.goto(path);
      expect(response?.status()).toBe(404);
      await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
      await expect(page.getByRole('navigation', { name: 'Main' })).toHaveCount(0);
      const html = await page.content();
      expect(html).not.toContain('Acme Global');
      expect(html).not.toContain('Maya Chen');
    });
  }

  test('the Globex admin gets 404 for Acme pages too, and for an org that does not exist', async ({ page }) => {
    await signInAs(page, PERSONAS.grace);
    for (const path of ['/o/acme/settings', '/o/acme/insights', '/o/no-such-org']) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(404);
      await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
    }
  });
});

test('a forged settings action from Globex into Acme is refused and changes nothing', async ({ page, browser }) => {
  await signInAs(page, PERSONAS.grace);
  await page.goto('/o/globex/settings');
  await expect(page.getByRole('heading', { level: 1, name: 'Org settings' })).toBeVisible();

  // Rewrite the action's POST on the wire so that its org is Acme, as a hand-crafted request would be.
  // (Changing the hidden input in the page instead races with React hydration, which restores it.)
  let forged = false;
  await page.route('**/o/globex/settings', async (route) => {
    const request = route.request();
    const body = request.postData();
    const field = /(name="(?:_?\d+_)?orgSlug"\r\n\r\n)globex/;
    if (request.method() !== 'POST' || !body || !field.test(body)) return route.continue();
    forged = true;
    await route.continue({ postData: body.replace(field, '$1acme') });
  });
  await page.getByLabel('Organization name').fill('Taken over by Globex');
  await page.getByRole('button', { name: 'Save settings' }).click();
  await expect(page.getByRole('main').getByRole('alert')).toHaveText('That organization was not found.');
  expect(forged).toBe(true);
  await expect(page.getByRole('main').getByRole('status')).not.toContainText('saved');

  // Acme, as its own admin sees it, is untouched and has no audit entry from Grace.
  const acme = await browser.newContext();
  const sofia = await acme.newPage();
  await signInAs(sofia, PERSONAS.sofia);
  await expect(sofia.getByTestId('current-org')).toContainText('Acme Global');
  await sofia.goto('/o/acme/settings');
  await expect(sofia.getByLabel('Organization name')).toHaveValue('Acme Global');
  await expect(sofia.getByText('Grace Kim')).toHaveCount(0);
  await expect(sofia.getByText('Taken over by Globex')).toHaveCount(0);
  await acme.close();
});

test.describe('roles inside one org', () => {
  test('Maya (employee) sees the access-denied message on Acme settings, steward console and HR insights', async ({ page }) => {
    await signInAs(page, PERSONAS.maya);
    for (const [path, message] of [
      ['/o/acme/settings', 'Org settings is for org admins'],
      ['/o/acme/steward', 'The steward console is for network stewards'],
      ['/o/acme/insights', 'HR insights is for HR admins'],
    ] as const) {
      await page.goto(path);
      await expect(page.getByRole('heading', { name: message })).toBeVisible();
      await expect(page.getByLabel('Organization name')).toHaveCount(0);
      await expect(page.getByTestId('audit-log')).toHaveCount(0);
    }
    await page.getByRole('link', { name: 'Back to home' }).click();
    await expect(page).toHaveURL(/\/o\/acme$/);
  });

  test('a steward cannot open HR insights and an HR admin cannot open the steward console', async ({ page }) => {
    await signInAs(page, PERSONAS.lena);
    await page.goto('/o/globex/insights');
    await expect(page.getByRole('heading', { name: 'HR insights is for HR admins' })).toBeVisible();
    await page.goto('/o/globex/steward');
    await expect(page.getByRole('heading', { level: 1, name: 'Steward console' })).toBeVisible();

    await page.context().clearCookies();
    await signInAs(page, PERSONAS.omar);
    await page.goto('/o/globex/steward');
    await expect(page.getByRole('heading', { name: 'The steward console is for network stewards' })).toBeVisible();
    await page.goto('/o/globex/settings');
    await expect(page.getByRole('heading', { name: 'Org settings is for org admins' })).toBeVisible();
  });
});
