import { expect, test } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './accessibility';
import { PERSONAS, signInAs } from './personas';

// The network steward's taxonomy tools in the browser, as Priya Raman (Acme's steward). The merge works on
// a throwaway skill made here, so the seeded skills other tests search for keep their people.

test('a steward adds a duplicate skill, merges it into Kubernetes, and finds Kubernetes by the old name', async ({ page }) => {
  // Several page loads, a merge and an axe scan of a long form: more than the default 30 s on a busy machine.
  test.slow();
  const name = `Container orchestration ${Date.now().toString(36)}`;
  await signInAs(page, PERSONAS.priya);
  await page.goto('/o/acme/steward');
  await expect(page.getByRole('heading', { level: 1, name: 'Steward console' })).toBeVisible();
  await page.getByTestId('card-taxonomy').click();
  await expect(page.getByRole('heading', { level: 1, name: 'Skill taxonomy' })).toBeVisible();

  await page.getByRole('link', { name: 'Add' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Add to the taxonomy' })).toBeVisible();
  // The form is interactive once the page's client code has loaded.
  await page.waitForLoadState('networkidle');
  await page.getByLabel('Name').fill('kubernetes');
  await page.getByRole('button', { name: 'Add skill' }).click();
  await expect(page.getByText('A skill named “Kubernetes” already exists')).toBeVisible();
  await page.getByLabel('Name').fill(name);
  await page.getByLabel('Synonyms').fill(`${name} tools`);
  await page.getByRole('combobox', { name: 'Parent' }).selectOption({ label: '\u2003Cloud & infrastructure' });
  await page.getByRole('button', { name: 'Add skill' }).click();
  await page.getByRole('status').getByRole('link', { name }).click();

  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
  await page.waitForLoadState('networkidle');
  await page.getByLabel('Filter skill to keep').fill('k8s');
  await page.getByTestId('targetId-options').getByRole('radio', { name: /^Kubernetes/ }).check();
  const summary = page.getByTestId('merge-summary');
  await expect(summary).toContainText(`Merge “${name}” into “Kubernetes”?`);
  await expect(summary).toContainText('0 people and 0 learning goals move to Kubernetes');
  await expectNoSeriousA11yViolations(page, 'merge confirmation');
  await summary.getByRole('button', { name: 'Merge into Kubernetes' }).click();

  await expect(page.getByRole('heading', { level: 1, name: 'Kubernetes' })).toBeVisible();
  await expect(page.getByTestId('merged-banner')).toContainText(`Merged “${name}” into Kubernetes`);
  await expect(page.getByLabel('Synonyms')).toHaveValue(new RegExp(`${name}.*${name} tools|${name} tools.*${name}`));

  // The old name now leads to Kubernetes in the taxonomy search.
  await page.goto(`/o/acme/steward/skills?q=${encodeURIComponent(name)}`);
  await expect(page.getByTestId('taxonomy-count')).toHaveText('1 match');
  await expect(page.getByTestId('skill-Kubernetes')).toBeVisible();
  await expect(page.getByTestId(`skill-${name}`)).toHaveCount(0);
});

test('a steward approves a proposed skill from the review queue', async ({ page }) => {
  await signInAs(page, PERSONAS.priya);
  await page.goto('/o/acme/steward/skills/review');
  await expect(page.getByRole('heading', { level: 1, name: 'Review queue' })).toBeVisible();
  const proposal = page.getByTestId('proposal-Sales enablement');
  await expect(proposal).toContainText('Proposed by');
  await expect(proposal).toContainText('On 1 profile');
  await page.waitForLoadState('networkidle');
  await expectNoSeriousA11yViolations(page, 'review queue');

  await proposal.getByRole('button', { name: 'Reject' }).click();
  await proposal.getByRole('button', { name: 'Reject “Sales enablement”' }).click();
  await expect(proposal.getByText('Say why the proposal is rejected')).toBeVisible();
  await proposal.getByRole('button', { name: 'Approve', exact: true }).click();
  await proposal.getByLabel('Place it under').selectOption({ label: 'Sales' });
  await proposal.getByRole('button', { name: 'Approve “Sales enablement”' }).click();
  await expect(page.getByTestId('proposal-Sales enablement')).toHaveCount(0);

  await page.goto('/o/acme/steward/skills?q=sales+enablement&status=approved');
  const category = page.getByTestId('category-Sales');
  await expect(category.getByTestId('skill-Sales enablement')).toContainText('1 person');
});

test('an employee gets the access-denied page and a 404 for the export', async ({ page }) => {
  await signInAs(page, PERSONAS.maya);
  for (const path of ['/o/acme/steward', '/o/acme/steward/skills', '/o/acme/steward/skills/review', '/o/acme/steward/skills/import']) {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1, name: /is for network stewards/ })).toBeVisible();
  }
  const response = await page.request.get('/o/acme/steward/skills/export');
  expect(response.status()).toBe(404);
});

test('a steward exports the taxonomy as CSV', async ({ page }) => {
  await signInAs(page, PERSONAS.priya);
  const response = await page.request.get('/o/acme/steward/skills/export');
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toContain('text/csv');
  const csv = await response.text();
  expect(csv.split('\r\n')[0]).toBe('name,kind,parent,description,synonyms,related,status');
  expect(csv).toMatch(/\r\nKubernetes,skill,Cloud & infrastructure,[^\r\n]*K8s; Kube/);
});
