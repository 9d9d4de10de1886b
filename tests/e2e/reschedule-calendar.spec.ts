import { expect, test, type Page } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './accessibility';
import { PERSONAS, signInAs } from './personas';

// Maya books a 1:1 with her mentor, finds it in the week calendar, moves it to a time weeks later with a
// reason, and the calendar shows it in the new week at the new time (and no longer in the old one).

/** The local date of an instant in Maya's (seeded) time zone: the calendar's weeks are hers. */
const mayasDate = (iso: string) => new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Singapore' }).format(new Date(iso));
const mayasDay = (iso: string) => new Intl.DateTimeFormat('en-US', { weekday: 'long', month: 'long', day: 'numeric', timeZone: 'Asia/Singapore' }).format(new Date(iso));
const slotTime = (page: Page, value: string) => page.locator('label').filter({ has: page.locator(`input[value="${value}"]`) }).locator('span').first().textContent();

test('Maya reschedules a 1:1 and finds it at the new time in the week calendar', async ({ page }) => {
  test.slow();
  await signInAs(page, PERSONAS.maya);
  await page.goto('/o/acme/mentors');
  await page.getByTestId('active-matches').getByRole('link').first().click();
  await page.getByRole('link', { name: 'Book a session' }).click();
  // Not the first offered time: the booking spec takes that one.
  const offered = page.getByRole('group', { name: /Choose a time/ }).getByRole('radio');
  const booked = offered.nth(3);
  const bookedAt = (await booked.getAttribute('value'))!;
  const bookedTime = (await slotTime(page, bookedAt))!;
  await booked.check({ force: true });
  await page.getByRole('button', { name: /^Book \d+ minutes$/ }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Session booked.' })).toBeVisible();

  // The week of the booking: the session is a block in the grid, linking to its page.
  await page.goto(`/o/acme/sessions/calendar?week=${mayasDate(bookedAt)}`);
  await expect(page.getByRole('heading', { level: 1, name: 'Calendar' })).toBeVisible();
  await expect(page.getByText('in your time zone (Singapore)')).toBeVisible();
  const grid = page.getByTestId('week-grid');
  // (Other tests book Maya's other slots at the same time: this block is the one on that day at that time.)
  await grid.getByRole('link', { name: /Docker mentoring/ }).filter({ hasText: mayasDay(bookedAt) }).filter({ hasText: `${bookedTime}–` }).click();
  await expect(page).toHaveURL(/\/o\/acme\/sessions\/[0-9a-f-]{36}$/);
  const sessionPath = new URL(page.url()).pathname;

  await page.getByRole('link', { name: 'Reschedule' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /^Reschedule / })).toBeVisible();
  await expectNoSeriousA11yViolations(page, 'reschedule a 1:1');

  // A reason is required: the error keeps the chosen time.
  const choices = page.getByRole('group', { name: /New time/ }).getByRole('radio');
  const target = choices.last();
  const movedTo = (await target.getAttribute('value'))!;
  const movedLabel = (await slotTime(page, movedTo))!;
  await target.check({ force: true });
  await page.getByRole('button', { name: 'Move the session' }).click();
  await expect(page.getByText('Say why, so the others know.')).toBeVisible();
  await expect(page.locator(`input[value="${movedTo}"]`)).toBeChecked();

  await page.getByRole('textbox', { name: 'Why are you moving it?' }).fill('Release week: let’s meet later');
  await page.getByRole('button', { name: 'Move the session' }).click();
  await expect(page).toHaveURL(new RegExp(`${sessionPath}\\?rescheduled=1$`));
  await expect(page.getByRole('status').filter({ hasText: 'Session moved.' })).toBeVisible();
  await expect(page.getByText('Moved: Release week: let’s meet later')).toBeVisible();

  // The old week no longer has it; the new week has it at the new time.
  await page.goto(`/o/acme/sessions/calendar?week=${mayasDate(bookedAt)}`);
  await expect(grid.locator(`a[href="${sessionPath}"]`)).toHaveCount(0);
  await page.goto(`/o/acme/sessions/calendar?week=${mayasDate(movedTo)}`);
  const block = grid.locator(`a[href="${sessionPath}"]`);
  await expect(block).toHaveCount(1);
  await expect(block).toContainText('Docker mentoring');
  await expect(block).toContainText(`${movedLabel}–`);
  await expectNoSeriousA11yViolations(page, 'calendar week with a session');

  // At phone width the same week is a day-by-day agenda.
  await page.setViewportSize({ width: 390, height: 844 });
  await expect(grid).toBeHidden();
  await expect(page.getByTestId('week-agenda').locator(`a[href="${sessionPath}"]`)).toContainText(`${movedLabel}–`);
});
