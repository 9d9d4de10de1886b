import { expect, test, type Page } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './accessibility';
import { PERSONAS, signInAs } from './personas';

// Maya keeps her own profile: a skill she wants to learn, a learning goal, a weekly window, and a clear
// message when a second window overlaps the first. The test removes what it added, so it can run again
// against the same server.

async function openProfile(page: Page) {
  await signInAs(page, PERSONAS.maya);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'My profile' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'My profile' })).toBeVisible();
}

test('Maya adds a skill, a learning goal and availability, and is told about an overlapping window', async ({ page }) => {
  await openProfile(page);
  const skills = page.locator('section#skills');
  await expect(skills.getByTestId('my-skill-Kubernetes')).toHaveCount(0);

  // Skill: found by its synonym, level 2 with the level's description on screen, wants to learn, target 4.
  const search = skills.getByRole('combobox', { name: 'Add a skill' });
  await search.fill('k8s');
  await expect(skills.getByRole('option', { name: /Kubernetes/ })).toContainText('also “K8s”');
  await search.press('Enter');
  await expect(skills.getByRole('group', { name: 'Your level in Kubernetes' })).toBeVisible();
  await skills.getByRole('radio', { name: /2 · Developing/ }).check();
  await expect(skills.getByText('Handles routine tasks with some guidance.')).toBeVisible();
  await expect(skills.getByRole('checkbox', { name: 'I can teach this' })).toBeDisabled();
  await expect(skills.getByText('Teaching needs level 3 (Proficient) or higher.')).toBeVisible();
  await skills.getByRole('checkbox', { name: 'I want to learn this' }).check();
  await skills.getByRole('combobox', { name: 'Target level' }).selectOption('4');
  await skills.getByRole('button', { name: 'Add to my profile' }).click();
  await expect(skills.getByRole('status').filter({ hasText: 'Kubernetes saved on your profile.' })).toBeVisible();
  const row = skills.getByTestId('my-skill-Kubernetes');
  await expect(row).toContainText('Learning → 4 · Advanced');
  await expect(skills.locator('section', { has: page.getByRole('heading', { name: '2 · Developing' }) })).toContainText('Kubernetes');

  // Learning goal for the same skill.
  const goals = page.locator('section#goals');
  await goals.getByRole('button', { name: 'Add a learning goal' }).click();
  await goals.getByRole('combobox', { name: 'Skill' }).fill('Kubernetes');
  await goals.getByRole('option', { name: /^Kubernetes/ }).click();
  await goals.getByLabel('Target level').selectOption('4');
  await goals.getByLabel('Due date (optional)').fill('2099-06-30');
  await goals.getByLabel('Why (optional)').fill('Run our own clusters on call');
  await goals.getByRole('button', { name: 'Add goal' }).click();
  await expect(goals.getByRole('status').filter({ hasText: 'Learning goal for Kubernetes added.' })).toBeVisible();
  const goal = goals.getByTestId('goal-Kubernetes');
  await expect(goal).toContainText('to 4 · Advanced');
  await expect(goal).toContainText('Active');
  await expect(goal).toContainText('Due Jun 30, 2099');

  // A weekly window in her own time zone, then one that overlaps it.
  const availability = page.locator('section#availability');
  await expect(availability).toContainText('Times are in Asia/Singapore');
  const addWindow = availability.locator('form', { has: page.getByRole('button', { name: 'Add window' }) });
  await addWindow.getByLabel('Day').selectOption({ label: 'Sunday' });
  await addWindow.getByLabel('From').fill('06:00');
  await addWindow.getByLabel('To').fill('07:00');
  await addWindow.getByRole('button', { name: 'Add window' }).click();
  await expect(availability.getByRole('status').filter({ hasText: 'Window added: Sunday 06:00–07:00.' })).toBeVisible();
  await expect(availability.getByRole('list', { name: 'Sunday windows' })).toContainText('06:00–07:00');

  await addWindow.getByLabel('Day').selectOption({ label: 'Sunday' });
  await addWindow.getByLabel('From').fill('06:30');
  await addWindow.getByLabel('To').fill('07:30');
  await addWindow.getByRole('button', { name: 'Add window' }).click();
  const from = addWindow.getByLabel('From');
  await expect(from).toHaveAttribute('aria-invalid', 'true');
  await expect(addWindow).toContainText('Overlaps your Sunday window 06:00–07:00. Change the times or edit that window.');
  await expect(from).toHaveValue('06:30');
  await expect(addWindow.getByLabel('To')).toHaveValue('07:30');
  await expectNoSeriousA11yViolations(page, '/o/acme/profile with an overlap error');

  // Clean up, through the page.
  page.on('dialog', (dialog) => dialog.accept());
  await availability.getByRole('button', { name: 'Remove Sunday 06:00–07:00' }).click();
  await expect(availability.getByRole('list', { name: 'Sunday windows' })).toHaveCount(0);
  await goal.getByRole('button', { name: 'Delete' }).click();
  await expect(goals.getByTestId('goal-Kubernetes')).toHaveCount(0);
  await row.getByRole('button', { name: 'Remove' }).click();
  await expect(skills.getByTestId('my-skill-Kubernetes')).toHaveCount(0);
});
