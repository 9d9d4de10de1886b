import { expect, test, type Browser, type Page } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './accessibility';
import { PERSONAS, signInAs, type Persona } from './personas';

// Maya hosts a design-thinking workshop with two seats. Priya and Daniel book them; Sofia finds it full on
// Browse and joins the waitlist. Priya gives up her seat, and Sofia is promoted: she sees herself booked,
// and Maya sees her among the participants with nobody left waiting.

async function as(browser: Browser, persona: Persona): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await signInAs(page, persona);
  return page;
}

test('a design-thinking workshop fills up, waitlists, and promotes when someone leaves', async ({ browser }) => {
  test.setTimeout(90_000);
  const title = `Onboarding redesign ${Date.now().toString(36)}`;
  // Far enough ahead to miss anyone's booked 1:1s (those are within four weeks).
  const day = new Date(Date.now() + 45 * 86_400_000).toISOString().slice(0, 10);

  const maya = await as(browser, PERSONAS.maya);
  await maya.goto('/o/acme/sessions/browse');
  await maya.getByRole('navigation', { name: 'Session pages' }).getByRole('link', { name: 'Host a session' }).click();
  await expect(maya.getByRole('heading', { level: 1, name: 'Host a session' })).toBeVisible();
  await maya.getByRole('radio', { name: /Design thinking/ }).check();
  await expect(maya.getByTestId('design-thinking-plan')).toContainText('Empathize');
  await expect(maya.getByRole('combobox', { name: 'Length' })).toHaveValue('90');
  await expectNoSeriousA11yViolations(maya, 'host a session');

  // Nothing filled in: the messages say what is missing and nothing is created.
  await maya.getByRole('button', { name: 'Create session' }).click();
  await expect(maya.getByText('Give the session a title.')).toBeVisible();
  await expect(maya.getByText('Choose a date and a start time.')).toBeVisible();

  await maya.getByRole('textbox', { name: 'Title' }).fill(title);
  await maya.getByRole('textbox', { name: /Agenda/ }).fill('Why do new hires take three weeks to ship their first change?');
  await maya.getByLabel('Date').fill(day);
  await maya.getByLabel(/^Time/).fill('10:00');
  await maya.getByRole('spinbutton', { name: 'Seats' }).fill('2');
  await maya.getByRole('textbox', { name: /Room or video link/ }).fill('https://meet.example.com/onboarding');
  await maya.getByRole('combobox', { name: /Skills/ }).fill('Figma');
  await maya.getByRole('combobox', { name: /Skills/ }).press('Enter');
  await expect(maya.getByTestId('picked-skills')).toContainText('Figma');
  await maya.getByRole('button', { name: 'Create session' }).click();

  await expect(maya.getByRole('heading', { level: 1, name: title })).toBeVisible();
  const url = maya.url();
  expect(url).toMatch(/\/o\/acme\/sessions\/[0-9a-f-]{36}$/);
  await expect(maya.getByText('You host')).toBeVisible();
  await expect(maya.getByTestId('phase-plan')).toContainText('Prototype');
  await expect(maya.getByRole('link', { name: 'https://meet.example.com/onboarding' })).toBeVisible();
  await expect(maya.getByTestId('seats')).toContainText('0 of 2 taken');
  await expectNoSeriousA11yViolations(maya, 'session page as its host');

  for (const persona of [PERSONAS.priya, PERSONAS.daniel]) {
    const page = await as(browser, persona);
    await page.goto(url);
    await page.getByRole('button', { name: 'Book a seat' }).click();
    await expect(page.getByText('Booked', { exact: true })).toBeVisible();
    await expect(page.getByTestId('participants')).toContainText(`${persona.name} (you)`);
    await page.context().close();
  }

  const sofia = await as(browser, PERSONAS.sofia);
  await sofia.goto('/o/acme/sessions/browse?kind=DESIGN_THINKING');
  const card = sofia.getByTestId('group-sessions').getByRole('listitem').filter({ hasText: title });
  await expect(card.getByTestId('seats-left')).toHaveText('Full');
  await expectNoSeriousA11yViolations(sofia, 'browse sessions');
  await card.getByRole('link', { name: /^Full — join waitlist/ }).click();
  await sofia.getByRole('button', { name: 'Join the waitlist' }).click();
  await expect(sofia.getByText('Waitlisted · #1')).toBeVisible();
  await expect(sofia.getByText('Only the host sees who is waiting.')).toBeVisible();

  await maya.reload();
  await expect(maya.getByTestId('seats')).toContainText('2 of 2 taken · full · 1 waiting');
  await expect(maya.getByTestId('waitlist')).toContainText('Sofia Alvarez');

  const priya = await as(browser, PERSONAS.priya);
  await priya.goto(url);
  await priya.getByRole('button', { name: /^Give up my seat/ }).click();
  await expect(priya.getByRole('button', { name: 'Book a seat' }).or(priya.getByRole('button', { name: 'Join the waitlist' }))).toBeVisible();

  await sofia.reload();
  await expect(sofia.getByText('Booked', { exact: true })).toBeVisible();
  await expect(sofia.getByTestId('participants')).toContainText('Sofia Alvarez (you)');
  await maya.reload();
  await expect(maya.getByTestId('participants')).toContainText('Sofia Alvarez');
  await expect(maya.getByTestId('participants')).not.toContainText('Priya Raman');
  await expect(maya.getByTestId('waitlist')).toHaveCount(0);
  await expect(maya.getByTestId('seats')).toContainText('2 of 2 taken · full');
});
