import { expect, test, type Page } from '@playwright/test';
import { requestMagicLink, uniqueClientIp, uniqueEmail, useOwnClientIp } from './support/sign-in';

// Magic-link requests are limited per address (5 per 15 minutes) and per client (20 per 15 minutes). Each test
// uses addresses and a client IP of its own (the e2e server trusts X-Forwarded-For: TRUST_PROXY=1).

test('after five links for one address, the sixth request says how long to wait and sends nothing', async ({ page }) => {
  await useOwnClientIp(page);
  const email = uniqueEmail('limited');
  await page.goto('/sign-in');
  for (let i = 0; i < 5; i++) {
    await requestMagicLink(page, email);
    await page.getByRole('button', { name: 'Use a different address' }).click();
    await expect(page.getByLabel('Work email')).toHaveValue(email);
  }
  await page.getByRole('button', { name: 'Email me a sign-in link' }).click();
  const alert = page.getByRole('main').getByRole('alert');
  await expect(alert).toHaveText(/^Too many sign-in links were requested for this address or from this network\. Please try again in (\d+) minutes?\.$/);
  const minutes = Number(/in (\d+) minute/.exec((await alert.textContent()) ?? '')?.[1]);
  expect(minutes).toBeGreaterThanOrEqual(1);
  expect(minutes).toBeLessThanOrEqual(15);
  await expect(page.getByRole('heading', { name: 'Check your email' })).toHaveCount(0);

  await page.goto('/dev/outbox');
  await expect(page.getByTestId('outbox-mail').filter({ hasText: email })).toHaveCount(5);
});

/** Asks for a link the way the sign-in form does; returns where next-auth would send the browser. */
async function askForLink(page: Page, email: string, forwardedFor: string): Promise<URL> {
  const { csrfToken } = (await (await page.request.get('/api/auth/csrf')).json()) as { csrfToken: string };
  const response = await page.request.post('/api/auth/signin/email', {
    form: { email, csrfToken, callbackUrl: '/sign-in', json: 'true' },
    headers: { 'X-Forwarded-For': forwardedFor },
  });
  expect(response.ok()).toBe(true);
  return new URL(((await response.json()) as { url: string }).url);
}

test('one client gets twenty links to different addresses, then is refused; forging X-Forwarded-For does not help', async ({ page }) => {
  const ip = uniqueClientIp();
  for (let i = 0; i < 20; i++) {
    const url = await askForLink(page, uniqueEmail(`client-${i}`), ip);
    expect(url.pathname, `request ${i + 1}`).toBe('/api/auth/verify-request');
  }
  const email = uniqueEmail('client-21');
  // Only the entry our (trusted) proxy appended counts; what the client put before it is ignored.
  const refused = await askForLink(page, email, `10.9.8.7, ${ip}`);
  expect(refused.pathname).toBe('/sign-in');
  expect(refused.searchParams.get('error')).toBe('RateLimited');
  expect(Number(refused.searchParams.get('retryAfter'))).toBeGreaterThanOrEqual(1);
  // Another client is not affected, for the very same address.
  expect((await askForLink(page, email, uniqueClientIp())).pathname).toBe('/api/auth/verify-request');
});
