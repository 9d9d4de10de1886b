import { expect, test } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './accessibility';
import { PERSONAS, signInAs } from './personas';

// Sofia answers the Kubernetes request the demo seed left waiting for her: she accepts it with a message,
// finds the learner among her mentees, and opens the match, which says why the pair was suggested. (It uses
// the seeded proposal, so it runs once per freshly seeded e2e server.)

test('Sofia accepts the waiting Kubernetes request and sees the match with its explanation', async ({ page }) => {
  await signInAs(page, PERSONAS.sofia);
  await page.goto('/o/acme/mentors');
  await page.getByRole('navigation', { name: 'Mentoring' }).getByRole('link', { name: /^Mentoring others/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Mentoring others' })).toBeVisible();
  await expect(page.getByTestId('capacity-meter')).toContainText(/\d+ of \d+ slots used/);

  const card = page.locator('[data-testid^="proposal-"]').filter({ hasText: 'onto the internal cluster' });
  await expect(card).toContainText('Kubernetes');
  await expect(card).toContainText(/Expires in \d+ (day|hour)s?/);
  await expect(card.getByRole('list', { name: 'Why this score' })).toContainText('Kubernetes');
  await expectNoSeriousA11yViolations(page, 'mentor inbox with a waiting request');

  const learner = (await card.getByRole('heading', { level: 3 }).textContent())!.trim();
  await card.getByRole('textbox', { name: /^Message to / }).fill('Happy to help! Let’s start with a call on Tuesday.');
  await card.getByRole('button', { name: 'Accept' }).click();

  await expect(page.getByRole('status').filter({ hasText: `You accepted ${learner}’s request` })).toBeVisible();
  await expect(card).toHaveCount(0);
  const mentee = page.getByTestId('active-mentees').getByRole('link', { name: new RegExp(`${learner}.*Kubernetes`) });
  await expect(mentee).toBeVisible();

  await mentee.click();
  await expect(page.getByRole('heading', { level: 1, name: 'Kubernetes mentoring' })).toBeVisible();
  await expect(page.getByText(`You are mentoring ${learner}`)).toBeVisible();
  const why = page.locator('section').filter({ has: page.getByRole('heading', { name: 'Why it was suggested' }) });
  await expect(why.getByRole('list', { name: 'Why this score' }).getByRole('listitem').first()).toBeVisible();
  await expect(why).toContainText('Kubernetes');
  const timeline = page.getByTestId('match-timeline');
  await expect(timeline).toContainText(`${learner} asked Sofia Alvarez`);
  await expect(timeline).toContainText('Sofia Alvarez accepted');
  await expect(timeline).toContainText('Happy to help! Let’s start with a call on Tuesday.');
  await expect(page.getByText(/books sessions from your free weekly hours/)).toBeVisible();
  await expectNoSeriousA11yViolations(page, 'match page (mentor)');

  await page.getByText('End this match').click();
  await page.getByRole('button', { name: 'End the match' }).click();
  await expect(page.getByText('Say briefly why you are ending this match')).toBeVisible();
  await expectNoSeriousA11yViolations(page, 'end match form with an error');
});
