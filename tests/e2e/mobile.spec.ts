import { expect, test } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './accessibility';
import { PERSONAS, signInAs } from './personas';

// At phone width the sidebar hides behind a menu button (a Radix dialog).

test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

test('the menu opens the navigation, and a link navigates and closes it', async ({ page }) => {
  await signInAs(page, PERSONAS.maya);
  const nav = page.getByRole('navigation', { name: 'Main' });
  await expect(nav).toHaveCount(0);
  await expect(page.getByRole('banner')).toContainText('Acme Global');

  await page.getByRole('button', { name: 'Open menu' }).click();
  const menu = page.getByRole('dialog', { name: 'Menu' });
  await expect(menu).toBeVisible();
  await expect(menu.getByRole('navigation', { name: 'Main' }).getByRole('link')).toHaveText(['Home', 'My profile', 'My settings', 'People', 'Mentoring', 'Sessions', 'Communities']);
  await expect(menu.getByRole('button', { name: 'Sign out' })).toBeVisible();
  await expectNoSeriousA11yViolations(page, 'mobile menu (open)');

  await menu.getByRole('link', { name: 'People' }).click();
  await page.waitForURL(/\/o\/acme\/people$/);
  await expect(menu).toBeHidden();
  await expect(page.getByRole('heading', { level: 1, name: 'People' })).toBeVisible();

  // Escape closes it too, and focus returns to the menu button.
  const trigger = page.getByRole('button', { name: 'Open menu' });
  await trigger.click();
  await expect(menu).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(menu).toBeHidden();
  await expect(trigger).toBeFocused();
});

test('pages fit the phone width without sideways scrolling', async ({ page }) => {
  await signInAs(page, PERSONAS.sofia);
  for (const path of ['', '/people', '/mentors', '/settings']) {
    await page.goto(`/o/acme${path}`);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, `horizontal overflow on /o/acme${path}`).toBeLessThanOrEqual(0);
  }
});

test('signing out from the phone menu', async ({ page }) => {
  await signInAs(page, PERSONAS.tom);
  await page.getByRole('button', { name: 'Open menu' }).click();
  await page.getByRole('dialog', { name: 'Menu' }).getByRole('button', { name: 'Sign out' }).click();
  await page.waitForURL(/\/sign-in/);
  await page.goto('/o/globex');
  await expect(page).toHaveURL(/\/sign-in/);
});
