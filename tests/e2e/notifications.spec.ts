import { expect, test } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './accessibility';
import { PERSONAS, signInAs } from './personas';

// Session emails and the calendar feed. The app's own job worker sends the booking confirmation (with its
// ICS invite) to the dev outbox; Maya chooses her session emails and makes, uses and turns off a feed URL.

test('a booking\'s confirmation reaches the dev outbox with its calendar invite, sent by the app\'s job worker', async ({ page }) => {
  await signInAs(page, PERSONAS.maya);
  await page.goto('/o/acme/mentors');
  await page.getByTestId('active-matches').getByRole('link').first().click();
  await page.getByRole('link', { name: 'Book a session' }).click();
  const times = page.getByRole('radiogroup').or(page.getByRole('group', { name: /Choose a time/ })).getByRole('radio');
  // The last offered time, so this does not race the other booking spec for the first one.
  await times.last().check({ force: true });
  await page.getByRole('textbox', { name: /Agenda/ }).fill('Image layers and caching');
  await page.getByRole('button', { name: /^Book \d+ minutes$/ }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Session booked.' })).toBeVisible();

  const mail = page.getByTestId('outbox-mail').filter({ hasText: 'maya.chen@acme.example' }).filter({ hasText: 'Image layers and caching' });
  await expect(async () => {
    await page.goto('/dev/outbox');
    await expect(mail).toHaveCount(1, { timeout: 1_000 });
  }).toPass({ timeout: 20_000 });
  await expect(mail.getByRole('heading', { name: 'Confirmed: Docker mentoring' })).toBeVisible();
  const invite = mail.getByTestId('outbox-invite');
  await expect(invite).toContainText('REQUEST');
  await expect(invite).toContainText('@peerbridge');
  await invite.getByText('Show the iCalendar text').click();
  await expect(invite.locator('pre')).toContainText('BEGIN:VCALENDAR');
  await expectNoSeriousA11yViolations(page, 'dev outbox with an invite');
});

test('Maya chooses her session emails and makes, uses and turns off a calendar feed URL', async ({ page }) => {
  await signInAs(page, PERSONAS.maya);
  await page.goto('/o/acme/account');
  await expect(page.getByRole('heading', { level: 1, name: 'Emails & calendar' })).toBeVisible();

  const reminders = page.getByRole('checkbox', { name: /Reminders/ });
  await expect(reminders).toBeChecked();
  await reminders.uncheck();
  await page.getByRole('button', { name: 'Save email preferences' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Email preferences saved.' })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('checkbox', { name: /Reminders/ })).not.toBeChecked();
  await expect(page.getByRole('checkbox', { name: /Booking confirmations/ })).toBeChecked();
  await page.getByRole('checkbox', { name: /Reminders/ }).check();
  await page.getByRole('button', { name: 'Save email preferences' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Email preferences saved.' })).toBeVisible();

  await page.getByRole('button', { name: 'Create feed URL' }).click();
  const url = await page.getByRole('textbox', { name: 'Calendar feed URL' }).inputValue();
  expect(url).toMatch(/\/api\/calendar\/[A-Za-z0-9_-]{43}$/);
  await expect(page.getByTestId('calendar-feed-url')).toContainText('Google Calendar');
  await expectNoSeriousA11yViolations(page, 'account with a new feed URL');
  const feed = await page.request.get(url);
  expect(feed.status()).toBe(200);
  expect(feed.headers()['content-type']).toBe('text/calendar; charset=utf-8');
  expect(await feed.text()).toContain('BEGIN:VCALENDAR');

  await page.reload();
  await expect(page.getByTestId('calendar-feed-status')).toContainText('Your feed URL is on');
  page.once('dialog', (dialog) => dialog.accept());
  await page.getByRole('button', { name: 'Turn off feed' }).click();
  await expect(page.getByTestId('calendar-feed-status')).toContainText('You have no feed URL');
  expect((await page.request.get(url)).status()).toBe(404);
});
