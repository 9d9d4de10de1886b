import { expect, test } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './accessibility';
import { PERSONAS, signInAs } from './personas';

// Maya books a 1:1 session in her active (seeded) Docker mentorship: her mentor's free times for the next
// four weeks in her own time zone, one picked, an agenda, booked; the slot leaves the list. The session is
// then on her Sessions page, where she cancels it with a reason.

test('Maya books a session with her mentor at one of the offered times', async ({ page }) => {
  await signInAs(page, PERSONAS.maya);
  await page.goto('/o/acme/mentors');
  await page.getByTestId('active-matches').getByRole('link').first().click();
  await page.getByRole('link', { name: 'Book a session' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /^Book a session with / })).toBeVisible();
  await expectNoSeriousA11yViolations(page, 'booking page');

  const times = page.getByRole('radiogroup').or(page.getByRole('group', { name: /Choose a time/ })).getByRole('radio');
  await expect(times.first()).toBeAttached();
  const firstValue = await times.first().getAttribute('value');
  await times.first().check({ force: true });
  await page.getByRole('textbox', { name: /Agenda/ }).fill('Multi-stage Docker builds for our service');
  await page.getByRole('button', { name: /^Book \d+ minutes$/ }).click();

  await expect(page.getByRole('status').filter({ hasText: 'Session booked.' })).toBeVisible();
  await expect(page.getByTestId('upcoming-sessions')).toContainText('Multi-stage Docker builds');
  await expect(page.locator(`input[name="startsAt"][value="${firstValue}"]`)).toHaveCount(0);
  await page.getByRole('link', { name: 'Docker mentoring' }).click();
  await expect(page.getByTestId('match-sessions')).toContainText('Multi-stage Docker builds');

  // It is on Sessions for Maya; she cancels it with a reason and it moves to Canceled.
  await page.getByRole('link', { name: 'Sessions' }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: 'Sessions' })).toBeVisible();
  const card = page.getByTestId('sessions-upcoming').getByRole('listitem').filter({ hasText: 'Multi-stage Docker builds' });
  await expect(card).toContainText('1:1 mentoring');
  await expectNoSeriousA11yViolations(page, 'sessions with an upcoming 1:1');
  await card.getByRole('button', { name: /^Cancel / }).click();
  await card.getByRole('textbox', { name: 'Why are you canceling?' }).fill('Something came up at work');
  await card.getByRole('button', { name: 'Cancel the session' }).click();
  await expect(page.getByTestId('sessions-upcoming').getByText('Multi-stage Docker builds')).toHaveCount(0);
  await page.getByRole('navigation', { name: 'Sessions' }).getByRole('link', { name: 'Canceled' }).click();
  await expect(page.getByTestId('sessions-canceled')).toContainText('Something came up at work');
});
