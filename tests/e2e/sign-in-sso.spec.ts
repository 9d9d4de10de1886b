import { expect, test } from '@playwright/test';
import { collectCspViolations, useOwnClientIp } from './support/sign-in';
import { OIDC_ISSUER, OIDC_PASSWORD } from './support/oidc-ports';

// Company SSO against a real OpenID Connect provider (oidc-provider, started by playwright.config.ts): the
// authorization code flow with PKCE and state, the ID token and userinfo, and the email_verified check.

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

test('Continue with Acme SSO signs Maya in at the identity provider and lands in Acme', async ({ page }) => {
  await useOwnClientIp(page);
  const violations = collectCspViolations(page);
  await page.goto('/sign-in');
  await page.getByRole('button', { name: 'Continue with Acme SSO' }).click();

  await page.waitForURL(new RegExp(`^${escapeRegExp(OIDC_ISSUER)}/interaction/`));
  await expect(page.getByRole('heading', { name: 'Acme SSO' })).toBeVisible();
  await page.getByLabel('Email').fill('maya.chen@acme.example');
  await page.getByLabel('Password').fill(OIDC_PASSWORD);
  await page.getByRole('button', { name: 'Sign in to Acme SSO' }).click();

  await page.waitForURL(/\/o\/acme$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Welcome, Maya' })).toBeVisible();
  await expect(page.getByTestId('user-name')).toHaveText('Maya Chen');

  // The session cookie: HttpOnly, SameSite=Lax, and not Secure because the public URL here is http.
  const session = (await page.context().cookies()).find((c) => c.name === 'next-auth.session-token');
  expect(session).toMatchObject({ httpOnly: true, sameSite: 'Lax', secure: false });
  expect(violations).toEqual([]);
});

test('an identity whose email is not verified is refused with a clear message', async ({ page }) => {
  await useOwnClientIp(page);
  await page.goto('/sign-in');
  await page.getByRole('button', { name: 'Continue with Acme SSO' }).click();
  await page.waitForURL(new RegExp(`^${escapeRegExp(OIDC_ISSUER)}/interaction/`));
  await page.getByLabel('Email').fill('unverified.sso@acme.example');
  await page.getByLabel('Password').fill(OIDC_PASSWORD);
  await page.getByRole('button', { name: 'Sign in to Acme SSO' }).click();

  await page.waitForURL(/\/sign-in\?error=SsoEmailNotVerified$/);
  await expect(page.getByRole('main').getByRole('alert')).toHaveText(/^Acme SSO did not confirm that your email address is verified/);
  await page.goto('/o/acme');
  await expect(page).toHaveURL(/\/sign-in\?callbackUrl=%2Fo%2Facme/);
});
