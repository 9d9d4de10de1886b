import { expect, test } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './accessibility';
import { PERSONAS, signInAs } from './personas';
import { createPastMentoringSession } from './support/past-session';

// Maya had a 1:1 with her mentor yesterday. Her past sessions offer "Give feedback"; she rates it, ticks
// the skill practiced, adds a comment and a private note, and then sees the blind state: her mentor sees
// nothing until they submit too (or the week is over), and she can still change hers. Attendance is not hers
// to mark.

test('Maya gives feedback on yesterday’s 1:1 and waits for her mentor’s', async ({ page }) => {
  // Three pages with an accessibility scan each.
  test.slow();
  const past = await createPastMentoringSession(`Docker follow-up ${Date.now().toString(36)}`);
  const mentorFirst = past.mentorName.split(' ')[0]!;
  await signInAs(page, PERSONAS.maya);

  await page.goto('/o/acme/sessions?tab=past');
  const row = page.getByTestId('sessions-past').getByRole('listitem').filter({ hasText: past.title });
  await row.getByRole('link', { name: `Give feedback on ${past.title}` }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Feedback' })).toBeVisible();
  await expect(page.getByTestId('other-feedback')).toContainText(`Waiting for ${mentorFirst}`);
  await expectNoSeriousA11yViolations(page, 'feedback form');

  // Submitting without a rating says so and keeps what was typed.
  await page.getByRole('textbox', { name: `Comment for ${mentorFirst} (optional)` }).fill('The layer caching walkthrough finally made it click.');
  await page.getByRole('button', { name: 'Submit feedback' }).click();
  await expect(page.getByText('Choose a rating from 1 to 5.')).toBeVisible();
  await expect(page.getByRole('textbox', { name: `Comment for ${mentorFirst} (optional)` })).toHaveValue('The layer caching walkthrough finally made it click.');

  await page.getByRole('radio', { name: '4 of 5: Very good' }).check({ force: true });
  await page.getByRole('group', { name: 'Skills practiced' }).getByRole('checkbox').first().check();
  await page.getByRole('group', { name: /Your progress/ }).getByRole('radio', { name: '3 of 5: Some' }).check({ force: true });
  await page.getByRole('textbox', { name: 'Private note (optional)' }).fill('Try a multi-stage build on the billing service.');
  await page.getByRole('button', { name: 'Submit feedback' }).click();

  await expect(page.getByRole('status').filter({ hasText: 'Feedback saved.' })).toBeVisible();
  await expect(page.getByTestId('my-feedback-state')).toContainText(`Waiting for ${mentorFirst}`);
  await expect(page.getByTestId('other-feedback')).toContainText(`Waiting for ${mentorFirst}`);
  await expect(page.getByRole('button', { name: 'Update feedback' })).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Private note (optional)' })).toHaveValue('Try a multi-stage build on the billing service.');
  await expectNoSeriousA11yViolations(page, 'feedback submitted, waiting for the other side');

  // Nothing is due for that session any more.
  await page.goto('/o/acme/sessions?tab=past');
  await expect(page.getByTestId('sessions-past').getByRole('listitem').filter({ hasText: past.title })).toBeVisible();
  await expect(page.getByRole('link', { name: `Give feedback on ${past.title}` })).toHaveCount(0);

  // Attendance is the host's (her mentor's) to mark.
  await page.goto(`/o/acme/sessions/${past.sessionId}/attendance`);
  await expect(page.getByRole('heading', { level: 1, name: 'Only the host marks attendance' })).toBeVisible();
  await expectNoSeriousA11yViolations(page, 'attendance, not the host');
});

