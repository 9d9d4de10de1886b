import { expect, test } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './accessibility';
import { latestMagicLink, requestMagicLink, uniqueEmail, useOwnClientIp } from './support/sign-in';

// Email magic links: asked for on the sign-in page, delivered to the dev outbox (demo mode, no SMTP), single use.

test('a magic link signs Tom in to Globex once; the same link again is refused with a clear message', async ({ page, browser }) => {
  const ip = await useOwnClientIp(page);
  await page.goto('/sign-in');
  // Typed carelessly: trimmed and lowercased before anything else happens.
  await requestMagicLink(page, '  Tom.Becker@Globex.example ');
  await expect(page.getByRole('status')).toContainText('We sent a sign-in link to tom.becker@globex.example');
  await expect(page.getByRole('status')).toContainText('expires in 15 minutes');

  await page.getByRole('status').getByRole('link', { name: 'dev outbox' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Dev outbox' })).toBeVisible();
  const link = await latestMagicLink(page, 'tom.becker@globex.example');
  await page.getByTestId('outbox-mail').filter({ hasText: 'tom.becker@globex.example' }).first().getByRole('link', { name: link }).click();
  await page.waitForURL(/\/o\/globex$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Welcome, Tom' })).toBeVisible();

  // The same link, opened again (say, forwarded to someone else), no longer works.
  const other = await browser.newContext({ extraHTTPHeaders: { 'X-Forwarded-For': ip } });
  const again = await other.newPage();
  await again.goto(link);
  await expect(again).toHaveURL(/\/sign-in\?error=Verification$/);
  await expect(again.getByRole('main').getByRole('alert')).toContainText('That sign-in link cannot be used: it was already used or it has expired.');
  await again.goto('/o/globex');
  await expect(again).toHaveURL(/\/sign-in\?callbackUrl=%2Fo%2Fglobex/);
  await other.close();
});

test('a magic link keeps the page the visitor was going to', async ({ page }) => {
  await useOwnClientIp(page);
  await page.goto('/sign-in?callbackUrl=%2Fo%2Fglobex%2Fpeople');
  await requestMagicLink(page, 'lena.fischer@globex.example');
  await page.goto(await latestMagicLink(page, 'lena.fischer@globex.example'));
  await page.waitForURL(/\/o\/globex\/people$/);
  await expect(page.getByRole('heading', { level: 1, name: 'People' })).toBeVisible();
});

test('someone new signs in by email and is told they are in no organization yet', async ({ page }) => {
  await useOwnClientIp(page);
  const email = uniqueEmail('newcomer');
  await page.goto('/sign-in');
  await requestMagicLink(page, email);
  await page.goto(await latestMagicLink(page, email));
  await expect(page.getByRole('heading', { level: 1, name: 'No organization yet' })).toBeVisible();
  await expect(page.getByRole('main')).toContainText(`You are signed in as ${email}`);
  await expect(page.getByRole('link', { name: 'Join or create an organization' })).toHaveAttribute('href', '/orgs/new');
  await expectNoSeriousA11yViolations(page, 'sign-in: no organization yet');

  await page.getByRole('button', { name: 'Sign out' }).click();
  await page.waitForURL(/\/sign-in/);
  await expect(page.getByRole('heading', { level: 1, name: 'Sign in to Peerbridge' })).toBeVisible();
});

test('the email form explains a mistyped address and sends nothing', async ({ page }) => {
  await useOwnClientIp(page);
  await page.goto('/sign-in');
  let requests = 0;
  page.on('request', (request) => {
    if (request.url().includes('/api/auth/signin/email')) requests++;
  });
  const field = page.getByLabel('Work email');
  await field.fill('tom.becker@');
  await page.getByRole('button', { name: 'Email me a sign-in link' }).click();
  await expect(field).toHaveAttribute('aria-invalid', 'true');
  await expect(field).toHaveAccessibleDescription('Enter an email address like name@company.com');
  await expect(field).toBeFocused();
  expect(requests).toBe(0);
});

test('the dev outbox is a demo-mode page listing mails with clickable links', async ({ page }) => {
  await useOwnClientIp(page);
  const email = uniqueEmail('outbox');
  await page.goto('/sign-in');
  await requestMagicLink(page, email);
  await page.goto('/dev/outbox');
  const mail = page.getByTestId('outbox-mail').first();
  await expect(mail.getByRole('heading', { level: 2 })).toHaveText('Your Peerbridge sign-in link');
  await expect(mail).toContainText(email);
  await expect(mail.locator('time')).toHaveAttribute('datetime', /^\d{4}-\d\d-\d\dT/);
  await expect(mail.getByRole('link', { name: /\/api\/auth\/callback\/email/ })).toHaveAttribute('href', /token=[0-9a-f]{64}/);
});
