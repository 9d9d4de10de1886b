import { expect, test } from '@playwright/test';
import { PERSONAS, signInAs } from './personas';

// The seeded round "Q1 2027 mentoring round" end to end: a learner finds it open on Mentoring → Matching
// rounds; then Priya (steward) closes sign-up, runs the optimizer, watches it finish, reviews the preview
// and publishes. Serial: publishing ends the round's sign-up.
test.describe.configure({ mode: 'serial' });

const ROUND = 'Q1 2027 mentoring round';

test('a learner sees the open round and can sign up', async ({ page }) => {
  await signInAs(page, PERSONAS.maya);
  await page.goto('/o/acme/mentors/cycles');
  await expect(page.getByRole('heading', { level: 1, name: 'Matching rounds' })).toBeVisible();
  const round = page.getByRole('region', { name: ROUND });
  await expect(round.getByText('Sign-up open')).toBeVisible();
  await expect(round.getByRole('heading', { name: 'Ask for a mentor in this round' })).toBeVisible();
  await round.getByLabel('Skill').selectOption({ label: 'Terraform' });
  await round.getByRole('button', { name: 'Sign up as a learner' }).click();
  await expect(round.getByRole('status').filter({ hasText: 'You are signed up' })).toBeVisible();
  await expect(round.getByTestId('my-entries')).toContainText('Terraform');
});

test('Priya closes sign-up, runs the optimizer, reviews the preview and publishes', async ({ page }) => {
  await signInAs(page, PERSONAS.priya);
  await page.goto('/o/acme/steward');
  await page.getByTestId('card-matching').click();
  await expect(page.getByRole('heading', { level: 1, name: 'Matching rounds' })).toBeVisible();
  await page.getByRole('link', { name: new RegExp(ROUND) }).click();
  await expect(page.getByRole('heading', { level: 1, name: ROUND })).toBeVisible();
  await expect(page.getByText('Sign-up open', { exact: true })).toBeVisible();

  await page.getByRole('button', { name: 'Close sign-up' }).click();
  await expect(page.getByText('Sign-up closed', { exact: true })).toBeVisible();
  await page.getByRole('button', { name: 'Run optimizer' }).click();
  // The run continues in the background; the page polls until it is done.
  await expect(page.getByTestId('run-done')).toBeVisible({ timeout: 30_000 });
  await expect(page.getByTestId('run-progress')).toHaveCount(0);

  const preview = page.getByTestId('cycle-preview');
  await expect(preview.getByTestId('match-rate')).toContainText(/\d+% matched · \d+ of \d+ requests/);
  await expect(preview.getByRole('table', { name: 'By region' })).toBeVisible();
  await expect(preview.getByRole('table', { name: 'By department' })).toBeVisible();
  await expect(preview.getByRole('table', { name: 'Mentor load' })).toBeVisible();
  await expect(preview.getByTestId('assignments').getByRole('listitem').first()).toBeVisible();
  // The seed asks for skills nobody teaches, so some requests stay unmatched, each with its reason.
  await expect(preview.getByTestId('unmatched')).toContainText(/Nobody in this round teaches .+ at level \d\+\./);

  page.once('dialog', (dialog) => {
    expect(dialog.message()).toMatch(/^Publish \d+ proposals\? \d+ emails go out/);
    void dialog.accept();
  });
  await page.getByRole('button', { name: 'Publish' }).click();
  await expect(page.getByText('Published', { exact: true })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Publish' })).toHaveCount(0);
});
