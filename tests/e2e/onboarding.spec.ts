import { expect, test } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './accessibility';
import { latestMagicLink, requestMagicLink, uniqueEmail, useOwnClientIp } from './support/sign-in';

// A company starts without demo personas: a newcomer signs in by email, creates the org, fills its skill
// taxonomy from the starter taxonomy, invites a colleague, the colleague joins from the emailed link, and
// the admin changes their role.

test('a newcomer creates an org, adds the starter taxonomy, invites a colleague who joins from the dev outbox, and changes their role', async ({ page, browser }) => {
  await useOwnClientIp(page);
  const founder = uniqueEmail('founder');
  const colleague = uniqueEmail('colleague');
  const suffix = Date.now().toString(36);

  await page.goto('/sign-in');
  await requestMagicLink(page, founder);
  await page.goto(await latestMagicLink(page, founder));
  await page.getByRole('link', { name: 'Join or create an organization' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Welcome to Peerbridge' })).toBeVisible();
  await expectNoSeriousA11yViolations(page, '/orgs/new');

  await page.getByLabel('Organization name').fill(`Initech ${suffix}`);
  await expect(page.getByLabel('Address')).toHaveValue(`initech-${suffix}`);
  await page.getByRole('button', { name: 'Create organization' }).click();
  await page.waitForURL(new RegExp(`/o/initech-${suffix}$`));
  await expect(page.getByTestId('current-org')).toContainText('Org admin');
  await expect(page.getByTestId('profile-checklist-progress')).toContainText('0 of 4 done');

  // The new org's taxonomy is empty; the founder fills it from the starter taxonomy.
  await page.goto(`/o/initech-${suffix}/steward/skills`);
  await expect(page.getByRole('heading', { name: 'The taxonomy is empty' })).toBeVisible();
  await page.waitForLoadState('networkidle');
  await expectNoSeriousA11yViolations(page, 'empty taxonomy');
  await page.getByRole('button', { name: /^Start with the starter taxonomy/ }).click();
  await expect(page.getByTestId('taxonomy-count')).toHaveText('84 approved skills in 7 categories');
  await page.getByRole('link', { name: 'Expand all' }).click();
  await expect(page.getByTestId('skill-Kubernetes').getByRole('link', { name: 'Kubernetes' })).toBeVisible();

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Members' }).click();
  await expect(page.getByTestId('members-count')).toHaveText('1–1 of 1');
  await page.getByLabel('Email').fill(colleague);
  await page.getByLabel('Role', { exact: true }).selectOption('EMPLOYEE');
  await page.getByRole('button', { name: 'Send invitation' }).click();
  await expect(page.getByText('Invitation sent.')).toBeVisible();
  await expect(page.getByTestId('pending-invitations')).toContainText(colleague);

  await page.goto('/dev/outbox');
  const mail = page.getByTestId('outbox-mail').filter({ hasText: colleague }).first();
  await expect(mail).toContainText(`Join Initech ${suffix} on Peerbridge`);
  const inviteLink = await mail.getByRole('link', { name: /\/invite\// }).getAttribute('href');

  const other = await browser.newContext();
  const guest = await other.newPage();
  await guest.goto(inviteLink!);
  await expect(guest.getByRole('heading', { level: 1, name: `Join Initech ${suffix} on Peerbridge` })).toBeVisible();
  await expectNoSeriousA11yViolations(guest, '/invite/<token>');
  await guest.getByRole('button', { name: `Accept and join Initech ${suffix}` }).click();
  await guest.waitForURL(new RegExp(`/o/initech-${suffix}$`));
  await expect(guest.getByTestId('current-org')).toContainText('Employee');

  await page.goto(`/o/initech-${suffix}/settings/members`);
  const row = page.getByTestId(`member-${colleague}`);
  await expect(row).toBeVisible();
  await row.getByRole('combobox').selectOption('STEWARD');
  await row.getByRole('button', { name: 'Save' }).click();
  await expect(row.getByText('Role updated.')).toBeVisible();
  await guest.reload();
  await expect(guest.getByTestId('current-org')).toContainText('Network steward');
  await expect(guest.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Steward console' })).toBeVisible();

  // The link worked once.
  const third = await browser.newContext();
  const reused = await third.newPage();
  await reused.goto(inviteLink!);
  await expect(reused.getByRole('heading', { level: 1, name: 'This invitation was already used' })).toBeVisible();
  await other.close();
  await third.close();
});

test('an invalid invitation link explains itself', async ({ page }) => {
  await page.goto('/invite/not-a-real-token-at-all-0000000000');
  await expect(page.getByRole('heading', { level: 1, name: 'This invitation link is not valid' })).toBeVisible();
  await expectNoSeriousA11yViolations(page, '/invite (invalid)');
});
