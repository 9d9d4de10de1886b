import { expect, type Page } from '@playwright/test';

// Helpers for the sign-in tests. The e2e server runs with TRUST_PROXY=1, so each test can be its own
// client (X-Forwarded-For) and its own person (a fresh address): tests running in parallel, or a reused
// server, never share a rate-limit bucket.

const random = (n: number) => Math.floor(Math.random() * n);

/** An address in 198.18.0.0/15 (reserved for benchmarks), different for every call in practice. */
export function uniqueClientIp(): string {
  return `198.${18 + random(2)}.${random(256)}.${1 + random(254)}`;
}

export function uniqueEmail(prefix: string): string {
  return `${prefix}-${Date.now().toString(36)}-${random(1e6).toString(36)}@example.com`;
}

/** Act as a client of our own, from here on, for every request this page's context makes. */
export async function useOwnClientIp(page: Page): Promise<string> {
  const ip = uniqueClientIp();
  await page.context().setExtraHTTPHeaders({ 'X-Forwarded-For': ip });
  return ip;
}

/** Fills the sign-in form and waits for the "check your email" confirmation. */
export async function requestMagicLink(page: Page, email: string): Promise<void> {
  await page.getByLabel('Work email').fill(email);
  await page.getByRole('button', { name: 'Email me a sign-in link' }).click();
  await expect(page.getByRole('heading', { name: 'Check your email' })).toBeVisible();
}

/** The sign-in link in the newest dev-outbox mail to `email`. */
export async function latestMagicLink(page: Page, email: string): Promise<string> {
  await page.goto('/dev/outbox');
  const mail = page.getByTestId('outbox-mail').filter({ hasText: email }).first();
  await expect(mail).toContainText('Your Peerbridge sign-in link');
  const href = await mail.getByRole('link', { name: /\/api\/auth\/callback\/email/ }).getAttribute('href');
  expect(href).toBeTruthy();
  return href!;
}

/** Console messages about Content-Security-Policy violations, collected from now on. */
export function collectCspViolations(page: Page): string[] {
  const violations: string[] = [];
  page.on('console', (message) => {
    if (/content security policy/i.test(message.text())) violations.push(`${page.url()}: ${message.text()}`);
  });
  return violations;
}
