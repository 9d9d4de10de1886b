import { expect, test } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './accessibility';
import { PERSONAS, signInAs } from './personas';

// Maya creates a personal API token in My settings, her own script lists her sessions with it through the
// JSON API, and once she revokes it the API refuses it.

test('Maya creates an API token, uses it against /api/v1, and revokes it', async ({ page, request }) => {
  await signInAs(page, PERSONAS.maya);
  await page.goto('/o/acme/account/api-tokens');
  await expect(page.getByRole('heading', { level: 1, name: 'API tokens' })).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'My settings' }).getByRole('link', { name: 'API tokens' })).toHaveAttribute('aria-current', 'page');
  await expect(page.getByRole('checkbox', { name: /insights:read/ })).toHaveCount(0);
  await expectNoSeriousA11yViolations(page, 'API tokens page');

  const name = `Team bot ${Date.now()}`;
  await page.getByRole('textbox', { name: 'Name' }).fill(name);
  await expect(page.getByRole('checkbox', { name: /sessions:read/ })).toBeChecked();
  await page.getByRole('combobox', { name: 'Expires after' }).selectOption({ label: '30 days' });
  await page.getByRole('button', { name: 'Create token' }).click();

  const created = page.getByTestId('new-api-token');
  await expect(created).toContainText(`Copy your new token “${name}” now`);
  const token = (await page.getByTestId('new-api-token-value').textContent())!.trim();
  expect(token).toMatch(/^pb_[A-Za-z0-9_-]{43}$/);
  await expect(created.locator('pre')).toContainText(`Authorization: Bearer ${token}`);
  const row = page.getByTestId('api-tokens').getByRole('listitem').filter({ hasText: name });
  await expect(row).toContainText(token.slice(0, 11));
  await expect(row).toContainText('never used');
  await expectNoSeriousA11yViolations(page, 'API tokens page with a new token');

  const listed = await request.get('/api/v1/sessions', { headers: { Authorization: `Bearer ${token}` } });
  expect(listed.status()).toBe(200);
  expect(await listed.json()).toMatchObject({ tab: 'upcoming', page: 1, sessions: expect.any(Array) });
  const readOnly = await request.post('/api/v1/sessions/00000000-0000-4000-8000-000000000000/cancel', { headers: { Authorization: `Bearer ${token}` }, data: { reason: 'x' } });
  expect(readOnly.status()).toBe(403);
  expect((await readOnly.json()).error.code).toBe('insufficient_scope');

  await page.reload();
  await expect(row).toContainText('last used');
  await expect(page.getByTestId('new-api-token')).toHaveCount(0);
  page.once('dialog', (dialog) => dialog.accept());
  await row.getByRole('button', { name: `Revoke ${name}` }).click();
  await expect(page.getByText(name)).toHaveCount(0);

  const refused = await request.get('/api/v1/sessions', { headers: { Authorization: `Bearer ${token}` } });
  expect(refused.status()).toBe(401);
  expect(await refused.json()).toMatchObject({ error: { code: 'unauthorized' } });
});
