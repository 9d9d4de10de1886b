import { expect, test } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './accessibility';
import { PERSONAS, signInAs } from './personas';

// Maya asks for a Kubernetes mentor, reads why each suggestion fits, sends one a request with a message,
// and sees it waiting on her mentoring page. She closes the request at the end, so the test can run again
// against the same server.

test('Maya asks for a Kubernetes mentor, sends a request with a message, and sees it waiting', async ({ page }) => {
  // A long walk with three accessibility scans.
  test.slow();
  await signInAs(page, PERSONAS.maya);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Mentoring' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Find a mentor' })).toBeVisible();
  await page.getByRole('link', { name: 'Ask for a mentor' }).first().click();

  await expect(page.getByRole('heading', { level: 1, name: 'Ask for a mentor' })).toBeVisible();
  const skill = page.getByRole('combobox', { name: 'Skill' });
  await skill.fill('k8s');
  await expect(page.getByRole('option', { name: /Kubernetes/ })).toBeVisible();
  await skill.press('Enter');
  await expect(page.getByTestId('chosen-skill')).toHaveText('Kubernetes');
  await page.getByText('3 · Proficient').click();
  await expect(page.getByRole('radio', { name: /3 · Proficient/ })).toBeChecked();
  await page.getByLabel('What do you want to achieve? (optional)').fill('Deploy the customer portal to our cluster on my own.');
  await page.getByRole('button', { name: 'Find mentors' }).click();

  await page.waitForURL(/\/o\/acme\/mentors\/requests\/[0-9a-f-]{36}$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Mentor for Kubernetes' })).toBeVisible();
  const suggestions = page.getByTestId('suggestion');
  await expect(suggestions.first()).toBeVisible();
  const count = await suggestions.count();
  expect(count).toBeGreaterThanOrEqual(1);
  expect(count).toBeLessThanOrEqual(10);
  const first = suggestions.first();
  const reasons = first.getByRole('list', { name: 'Why this score' }).getByRole('listitem');
  // The first reason is the mentor's level, in Kubernetes itself or in a related skill (scored lower).
  await expect(reasons.first()).toContainText(/^Level [345] \((Proficient|Advanced|Expert)\) in \S.*\+\d/);
  await expect(page.getByTestId('suggestions')).toContainText(/Level [345] \((Proficient|Advanced|Expert)\) in Kubernetes/);
  await expect(first.getByRole('list', { name: 'Why this score' })).toContainText(/mentee slots? free/);
  await expectNoSeriousA11yViolations(page, 'mentor suggestions');

  const mentorName = (await first.getByRole('link').first().textContent())!;
  await first.getByRole('button', { name: `Send request to ${mentorName}` }).click();
  const message = first.getByRole('textbox', { name: /^Message to / });
  await expect(message).toBeFocused();
  await message.fill('Hi! Could you help me get our portal running on Kubernetes? Fortnightly calls would be perfect.');
  await expectNoSeriousA11yViolations(page, 'send request form open');
  await first.getByRole('button', { name: /^Send to / }).click();

  const live = page.getByTestId('live-proposal');
  await expect(live).toContainText(`Waiting for ${mentorName} — expires in 3 days`);
  await expect(live).toContainText('Fortnightly calls would be perfect.');
  await expect(page.getByRole('button', { name: /^Send request to / })).toHaveCount(0);

  await page.getByRole('navigation', { name: 'Mentoring' }).getByRole('link', { name: 'Find a mentor' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Find a mentor' })).toBeVisible();
  const request = page.getByTestId('open-requests').getByRole('link', { name: /Kubernetes/ });
  await expect(request).toContainText(`Waiting for ${mentorName} — expires in 3 days`);
  await expectNoSeriousA11yViolations(page, 'mentoring overview with a waiting request');

  // Clean up: close the request (the waiting request is taken back with it).
  await request.click();
  page.once('dialog', (dialog) => dialog.accept());
  await page.getByRole('button', { name: 'Close request' }).click();
  await expect(page.getByText('Closed', { exact: true })).toBeVisible();
});

test('a skill nobody teaches says so, with what to do instead', async ({ page }) => {
  await signInAs(page, PERSONAS.maya);
  await page.goto('/o/acme/mentors/new');
  const skill = page.getByRole('combobox', { name: 'Skill' });
  await skill.fill('Apache Spark');
  await skill.press('Enter');
  await page.getByRole('button', { name: 'Find mentors' }).click();
  await page.waitForURL(/\/mentors\/requests\//);
  const nobody = page.getByTestId('nobody');
  await expect(nobody.getByRole('heading', { name: 'Nobody can mentor Apache Spark yet' })).toBeVisible();
  await expect(nobody).toContainText('Post the need to a community — coming with communities.');
  await expectNoSeriousA11yViolations(page, 'nobody can mentor this yet');
  page.once('dialog', (dialog) => dialog.accept());
  await page.getByRole('button', { name: 'Close request' }).click();
  await expect(page.getByText('Closed', { exact: true })).toBeVisible();
});
