import { expect, test, type Page } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './accessibility';
import { PERSONAS, signInAs } from './personas';

// The members admin page. Changes happen in Globex on a generated (non-persona) employee, so they do not
// disturb the other tests that run in parallel.

const PERSONA_EMAILS = /@globex\.example$/;
const personaEmails = ['tom.becker', 'lena.fischer', 'omar.haddad', 'grace.kim', 'priya.raman'];

async function firstPlainEmployee(page: Page) {
  await page.goto('/o/globex/settings/members?role=EMPLOYEE');
  const rows = page.getByTestId('members-table').locator('tbody tr');
  const count = await rows.count();
  for (let i = 0; i < count; i++) {
    const testId = (await rows.nth(i).getAttribute('data-testid')) ?? '';
    const email = testId.replace(/^member-/, '');
    if (PERSONA_EMAILS.test(email) && !personaEmails.some((p) => email.startsWith(p))) return { row: rows.nth(i), email };
  }
  throw new Error('no plain Globex employee found');
}

test('an admin changes a member’s role and deactivates and reactivates them', async ({ page }) => {
  await signInAs(page, PERSONAS.grace);
  const { email } = await firstPlainEmployee(page);
  // Search by email so the row stays listed whatever its role becomes.
  await page.goto(`/o/globex/settings/members?q=${encodeURIComponent(email)}`);
  const row = () => page.getByTestId(`member-${email}`);

  await row().getByRole('combobox').selectOption('STEWARD');
  await row().getByRole('button', { name: 'Save' }).click();
  await expect(row().getByText('Role updated.')).toBeVisible();
  await page.reload();
  await expect(row().getByRole('combobox')).toHaveValue('STEWARD');

  page.once('dialog', (dialog) => dialog.accept());
  await row().getByRole('button', { name: 'Deactivate' }).click();
  await expect(row().getByText('Deactivated', { exact: true })).toBeVisible();
  await row().getByRole('button', { name: 'Reactivate' }).click();
  await expect(row().getByText('Active', { exact: true })).toBeVisible();

  await row().getByRole('combobox').selectOption('EMPLOYEE');
  await row().getByRole('button', { name: 'Save' }).click();
  await expect(row().getByText('Role updated.')).toBeVisible();

  await page.goto('/o/globex/settings/audit?action=member.');
  await expect(page.getByTestId('audit-table')).toContainText('Member role changed');
  await expect(page.getByTestId('audit-table')).toContainText('role: EMPLOYEE → STEWARD');
  await expect(page.getByTestId('audit-table')).toContainText('Member deactivated');
  await expectNoSeriousA11yViolations(page, '/o/globex/settings/audit (filtered)');
});

test('members can be filtered by role, region and status, and paged', async ({ page }) => {
  await signInAs(page, PERSONAS.sofia);
  await page.goto('/o/acme/settings/members');
  await expect(page.getByTestId('members-count')).toHaveText('1–25 of 300');
  await page.getByLabel('Filter by role').selectOption('HR_ADMIN');
  await page.getByRole('button', { name: 'Apply filters' }).click();
  await expect(page.getByTestId('members-count')).toHaveText('1–1 of 1');
  await expect(page.getByTestId('members-table')).toContainText('Daniel Okafor');
  await page.goto('/o/acme/settings/members?region=India');
  await expect(page.getByTestId('members-table').locator('tbody tr').first()).toContainText('India');
  await page.goto('/o/acme/settings/members?q=zzzz');
  await expect(page.getByRole('heading', { name: 'No members match these filters' })).toBeVisible();
});

test('HR admins see members (for imports) but cannot change roles; employees are refused', async ({ page }) => {
  await signInAs(page, PERSONAS.daniel);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Members' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Members' })).toBeVisible();
  await expect(page.getByTestId('members-table').getByRole('button', { name: 'Save' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Send invitation' })).toHaveCount(0);

  await page.context().clearCookies();
  await signInAs(page, PERSONAS.maya);
  await page.goto('/o/acme/settings/members');
  await expect(page.getByRole('heading', { name: /Members is for HR admins/ })).toBeVisible();
});

test('a Globex admin gets 404 for Acme’s members page and audit log', async ({ page }) => {
  await signInAs(page, PERSONAS.grace);
  for (const path of ['/o/acme/settings/members', '/o/acme/settings/audit']) {
    const response = await page.goto(path);
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
  }
});
