import { expect, test } from '@playwright/test';
import { PERSONAS, signInAs } from './personas';

// The People page without a skill (the directory): counts, name/title search, pagination, only the caller's org.

test('Acme lists 300 people over 12 pages of 25', async ({ page }) => {
  await signInAs(page, PERSONAS.maya);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'People' }).click();
  await expect(page.getByTestId('people-count')).toHaveText('1–25 of 300');
  const pager = page.getByRole('navigation', { name: 'Pagination' });
  await expect(pager.getByRole('link', { name: 'Previous' })).toHaveCount(0);

  const names: string[] = [];
  for (let n = 1; n <= 12; n++) {
    await expect(page.getByTestId('people-count')).toHaveText(`${(n - 1) * 25 + 1}–${n * 25} of 300`);
    const rows = page.locator('tbody tr');
    await expect(rows).toHaveCount(25);
    names.push(...(await rows.locator('td:first-child > a').allTextContents()).map((n) => n.replace(' (you)', '')));
    if (n < 12) {
      await pager.getByRole('link', { name: 'Next' }).click();
      await expect(page).toHaveURL(new RegExp(`page=${n + 1}`));
    }
  }
  expect(names).toHaveLength(300);
  expect(names).toContain('Maya Chen');
  expect(names).not.toContain('Tom Becker');
  expect(names).not.toContain('Grace Kim');
  await expect(pager.getByRole('link', { name: 'Next' })).toHaveCount(0);
  await pager.getByRole('link', { name: 'Previous' }).click();
  await expect(page.getByTestId('people-count')).toHaveText('251–275 of 300');
});

test('search narrows the list and keeps the query across pages', async ({ page }) => {
  await signInAs(page, PERSONAS.maya);
  await page.goto('/o/acme/people');
  await page.getByRole('searchbox', { name: 'Name or title' }).fill('maya chen');
  await page.getByRole('button', { name: 'Search' }).click();
  await expect(page).toHaveURL(/q=maya\+chen/);
  await expect(page.getByTestId('people-count')).toHaveText(/^1–\d+ of \d+$/);
  await expect(page.locator('tbody')).toContainText('Maya Chen');
  await expect(page.locator('tbody')).toContainText('Software Engineer');

  await page.goto('/o/acme/people?q=engineer');
  const count = (await page.getByTestId('people-count').textContent()) ?? '';
  const total = Number(count.split(' of ')[1]?.replace(/,/g, ''));
  expect(total).toBeGreaterThan(0);
  expect(total).toBeLessThan(300);
  if (total > 25) {
    await page.getByRole('navigation', { name: 'Pagination' }).getByRole('link', { name: 'Next' }).click();
    await expect(page).toHaveURL(/q=engineer/);
    await expect(page).toHaveURL(/page=2/);
    await expect(page.getByTestId('people-count')).toHaveText(new RegExp(`^26–\\d+ of ${total}$`));
  }
});

test('a search with no match shows an empty state with a way back', async ({ page }) => {
  await signInAs(page, PERSONAS.maya);
  await page.goto('/o/acme/people?q=zzzz-nobody');
  await expect(page.getByRole('heading', { name: /No one matches/ })).toBeVisible();
  await page.getByRole('link', { name: 'Clear search' }).click();
  await expect(page.getByTestId('people-count')).toHaveText('1–25 of 300');
});

test('Globex people never appear in Acme results, and the other way round', async ({ page }) => {
  await signInAs(page, PERSONAS.maya);
  for (const q of ['Tom Becker', 'Lena Fischer', 'Omar Haddad', 'Grace Kim', 'Visiting Researcher', 'globex']) {
    await page.goto(`/o/acme/people?q=${encodeURIComponent(q)}`);
    await expect(page.getByRole('heading', { name: /No one matches/ }), q).toBeVisible();
  }
  await page.context().clearCookies();
  await signInAs(page, PERSONAS.tom);
  await page.goto('/o/globex/people');
  await expect(page.getByTestId('people-count')).toHaveText('1–21 of 21');
  for (const q of ['Maya Chen', 'Sofia Alvarez', 'Daniel Okafor']) {
    await page.goto(`/o/globex/people?q=${encodeURIComponent(q)}`);
    await expect(page.getByRole('heading', { name: /No one matches/ }), q).toBeVisible();
  }
  // Priya belongs to both orgs, with her Globex title here.
  await page.goto('/o/globex/people?q=Priya');
  await expect(page.locator('tbody')).toContainText('Visiting Researcher');
  await expect(page.locator('tbody')).not.toContainText('Learning Network Steward');
});

test('a page number past the end shows the last page', async ({ page }) => {
  await signInAs(page, PERSONAS.maya);
  await page.goto('/o/acme/people?page=999');
  await expect(page.getByTestId('people-count')).toHaveText('276–300 of 300');
});
