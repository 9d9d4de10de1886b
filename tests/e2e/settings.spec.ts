import { expect, test, type Page } from '@playwright/test';
import { PERSONAS, signInAs } from './personas';

// The org admin's settings form. Saving mutates Globex only (and restores it); Acme is only used for a
// validation failure, which changes nothing, so other tests can rely on "Acme Global". The only rename
// (Globex → "Globex Research" and back) happens in one test; other tests match Globex by /Globex/.

async function openSettings(page: Page, persona: (typeof PERSONAS)['grace' | 'sofia']) {
  await signInAs(page, persona);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Org settings' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Org settings' })).toBeVisible();
}

test('a valid Globex change is saved, shown in the sidebar and recorded in the audit log, then restored', async ({ page }) => {
  await openSettings(page, PERSONAS.grace);
  const name = page.getByLabel('Organization name');
  const domains = page.getByLabel('Allowed email domains');
  const minGroup = page.getByLabel('Smallest group shown in HR insights');
  const zone = page.getByLabel('Default time zone');
  await expect(name).toHaveValue('Globex');
  const original = { domains: await domains.inputValue(), minGroup: await minGroup.inputValue(), zone: await zone.inputValue() };
  expect(original.domains).toContain('globex.example');
  // The log shows the newest 20 events; a reused server may already have that many.
  const auditEntries = page.getByTestId('audit-log').getByRole('listitem');
  const newestAt = () => auditEntries.first().locator('time').getAttribute('datetime');
  const entriesBefore = await auditEntries.count();
  const newestBefore = entriesBefore ? await newestAt() : null;

  await name.fill('Globex Research');
  await domains.fill('globex.example, research.globex.example');
  await minGroup.fill('7');
  await zone.selectOption('Europe/Berlin');
  await page.getByRole('button', { name: 'Save settings' }).click();
  await expect(page.getByRole('main').getByRole('status')).toHaveText('Organization settings saved.');
  await expect(page.getByTestId('current-org')).toContainText('Globex Research');
  await expect(auditEntries).toHaveCount(Math.min(entriesBefore + 1, 20));
  await expect(auditEntries.first()).toContainText('Organization settings updated');
  await expect(auditEntries.first()).toContainText('Grace Kim');
  const newestAfterSave = await newestAt();
  expect(newestAfterSave).not.toBe(newestBefore);

  await page.reload();
  await expect(name).toHaveValue('Globex Research');
  await expect(minGroup).toHaveValue('7');
  await expect(zone).toHaveValue('Europe/Berlin');
  await expect(domains).toHaveValue(/research\.globex\.example/);

  // Restore.
  await name.fill('Globex');
  await domains.fill(original.domains);
  await minGroup.fill(original.minGroup);
  await zone.selectOption(original.zone);
  await page.getByRole('button', { name: 'Save settings' }).click();
  await expect(page.getByRole('main').getByRole('status')).toHaveText('Organization settings saved.');
  await expect(page.getByTestId('current-org')).toContainText('Globex');
  await expect(page.getByTestId('current-org')).not.toContainText('Globex Research');
  await expect(auditEntries).toHaveCount(Math.min(entriesBefore + 2, 20));
  await expect.poll(newestAt).not.toBe(newestAfterSave);
});

test('invalid settings show field messages, keep what was typed and save nothing', async ({ page }) => {
  await openSettings(page, PERSONAS.sofia);
  const name = page.getByLabel('Organization name');
  const domains = page.getByLabel('Allowed email domains');
  const minGroup = page.getByLabel('Smallest group shown in HR insights');
  await expect(name).toHaveValue('Acme Global');

  await name.fill('Acme Global typed but not saved');
  await domains.fill('acme.example\nnot a domain');
  await minGroup.fill('1');
  await page.getByRole('button', { name: 'Save settings' }).click();

  await expect(page.getByRole('main').getByRole('alert')).toHaveText('Please correct the highlighted fields.');
  await expect(minGroup).toHaveAttribute('aria-invalid', 'true');
  await expect(minGroup).toHaveAccessibleDescription('At least 3');
  await expect(domains).toHaveAttribute('aria-invalid', 'true');
  // The message names the entry that is wrong.
  await expect(domains).toHaveAccessibleDescription('“not a domain” is not a domain like example.com');
  await expect(name).not.toHaveAttribute('aria-invalid', 'true');
  // The typed values stay in the form.
  await expect(name).toHaveValue('Acme Global typed but not saved');
  await expect(domains).toHaveValue('acme.example\nnot a domain');
  await expect(minGroup).toHaveValue('1');
  await expect(page.getByRole('main').getByRole('status')).not.toContainText('saved');

  await page.reload();
  await expect(name).toHaveValue('Acme Global');
  await expect(page.getByTestId('current-org')).toContainText('Acme Global');
});

test('a name that is too short is rejected with a message on the field', async ({ page }) => {
  await openSettings(page, PERSONAS.sofia);
  const name = page.getByLabel('Organization name');
  await name.fill(' A ');
  await page.getByRole('button', { name: 'Save settings' }).click();
  await expect(page.getByText('Use at least 2 characters')).toBeVisible();
  await expect(name).toHaveAttribute('aria-invalid', 'true');
  await expect(name).toHaveAccessibleDescription('Use at least 2 characters');
  await page.reload();
  await expect(name).toHaveValue('Acme Global');
});
