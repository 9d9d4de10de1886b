import { expect, test } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './accessibility';
import { PERSONAS, signInAs } from './personas';

// The steward's scoring weights page: previewing proposed weights on the seeded open requests. Nothing is
// saved here (other tests read suggestions from the same demo org); saving is covered by integration tests.

test('a steward previews heavier new-connection weights and sees which top suggestions change', async ({ page }) => {
  await signInAs(page, PERSONAS.priya);
  await page.goto('/o/acme/steward/matching');
  await page.getByRole('link', { name: 'Scoring weights' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Scoring weights and rules' })).toBeVisible();
  await expect(page.getByLabel('Level fit')).toHaveValue('30');

  await page.getByLabel('New connection').fill('50');
  await page.getByLabel('Level fit').fill('5');
  await page.getByRole('button', { name: 'Preview changes' }).click();
  const preview = page.getByTestId('policy-preview');
  await expect(preview.getByRole('heading', { name: 'Preview: saved → proposed' })).toBeFocused();
  await expect(preview.getByTestId('top-changed')).toContainText('of 20');
  await expect(preview.getByTestId('preview-rows').getByRole('listitem').filter({ hasText: 'new top pick' }).first()).toBeVisible();
  await expect(preview.getByTestId('figure-crossDepartmentShare')).toContainText('%');
  await expectNoSeriousA11yViolations(page, 'scoring weights with a preview');

  // Editing after a preview marks it out of date; a blank weight is named.
  await page.getByLabel('Shared hours', { exact: true }).fill('');
  await expect(preview.getByText('You changed the form after this preview')).toBeVisible();
  await page.getByRole('button', { name: 'Preview changes' }).click();
  await expect(page.getByText('Enter a number')).toBeVisible();
  await expect(page.getByLabel('Shared hours', { exact: true })).toHaveAttribute('aria-invalid', 'true');

  // Leaving without saving keeps the defaults.
  await page.reload();
  await expect(page.getByLabel('New connection')).toHaveValue('10');
  await expect(page.getByTestId('policy-saved-at')).toContainText('default weights');
});

test('an employee is refused the scoring weights page', async ({ page }) => {
  await signInAs(page, PERSONAS.maya);
  await page.goto('/o/acme/steward/matching/settings');
  await expect(page.getByRole('heading', { level: 1, name: 'Scoring weights is for network stewards' })).toBeVisible();
  await expect(page.getByLabel('Level fit')).toHaveCount(0);
});
