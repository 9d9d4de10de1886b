import { expect, test } from '@playwright/test';
import { PERSONAS, signInAs } from './personas';
import { collectCspViolations } from './support/sign-in';

// Security headers on responses, and pages that still work under the nonce-based Content-Security-Policy.

const nonceOf = (csp: string | undefined) => /'nonce-([A-Za-z0-9+/=]+)'/.exec(csp ?? '')?.[1];

test('pages carry a fresh nonce-based CSP and the other security headers; static files and APIs get nosniff', async ({ request }) => {
  const first = await request.get('/sign-in');
  const second = await request.get('/sign-in');
  expect(first.status()).toBe(200);
  const csp = first.headers()['content-security-policy'];
  const nonce = nonceOf(csp);
  expect(nonce).toBeTruthy();
  expect(nonceOf(second.headers()['content-security-policy'])).not.toBe(nonce);
  expect(csp).toContain("script-src 'self' 'nonce-");
  expect(csp).toContain("'strict-dynamic'");
  expect(csp).not.toContain("'unsafe-eval'");
  expect(csp).toContain("frame-ancestors 'none'");
  expect(csp).toContain("object-src 'none'");
  expect(csp).toContain("form-action 'self'");
  expect(first.headers()).toMatchObject({
    'x-content-type-options': 'nosniff',
    'x-frame-options': 'DENY',
    'referrer-policy': 'strict-origin-when-cross-origin',
  });
  expect(first.headers()['permissions-policy']).toContain('camera=()');

  // Every script Next rendered carries this response's nonce.
  const html = await first.text();
  const scripts = [...html.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]);
  expect(scripts.length).toBeGreaterThan(0);
  for (const tag of scripts) expect(tag, tag).toContain(`nonce="${nonce}"`);

  const asset = /\/_next\/static\/[^"']+\.js/.exec(html)?.[0];
  expect(asset).toBeTruthy();
  const assetResponse = await request.get(asset!);
  expect(assetResponse.status()).toBe(200);
  expect(assetResponse.headers()['x-content-type-options']).toBe('nosniff');

  const api = await request.get('/api/health');
  expect(api.headers()['x-content-type-options']).toBe('nosniff');
  expect(api.headers()['x-frame-options']).toBe('DENY');
});

test('pages work under the CSP: no violations while signing in, navigating and opening the dev outbox', async ({ page }) => {
  const violations = collectCspViolations(page);
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await signInAs(page, PERSONAS.sofia);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'People' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'People' })).toBeVisible();
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Org settings' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Org settings' })).toBeVisible();
  await page.goto('/dev/outbox');
  await expect(page.getByRole('heading', { level: 1, name: 'Dev outbox' })).toBeVisible();
  expect(violations).toEqual([]);
  expect(errors).toEqual([]);
});
