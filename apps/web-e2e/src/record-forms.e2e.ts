import { Browser, Locator, Page } from 'playwright-core';
import { baseUrl, launchBrowser } from './support/browser';
import { expectNoSeriousA11yViolations, screenshotWhole, expectValue } from './support/page-checks';
import { PHONE, graphqlAs, signedInPage } from './support/personas';

/** Picks an option of a Material select by the select's label. */
async function choose(page: Page, scope: Locator, label: string, option: string): Promise<void> {
  // As a keyboard user does: focus the select, open it with Enter, pick the option.
  await scope.getByRole('combobox', { name: label }).focus();
  await page.keyboard.press('Enter');
  await page.getByRole('option', { name: option, exact: true }).click();
  await page.getByRole('listbox').waitFor({ state: 'detached' });
}

/** Types a date into a datepicker field the way a person would, then leaves the field. */
async function typeDate(field: Locator, ukDate: string): Promise<void> {
  await field.fill(ukDate);
  await field.press('Tab');
}

/** Opens a search picker and takes its first suggestion; returns the suggestion's name. */
async function pickFirst(page: Page, input: Locator, typed = ''): Promise<string> {
  await input.click();
  if (typed) await input.fill(typed);
  const option = page
    .getByRole('option')
    .filter({ hasNotText: /No matches|No organisations match|not working/ })
    .first();
  await option.waitFor();
  const name = ((await option.textContent()) ?? '').split('·')[0].trim();
  await option.click();
  return name;
}

/** Saves a new purpose on the partnership behind the form's back, as someone else would. */
async function colleagueChangesPurpose(page: Page, id: string, purpose: string): Promise<void> {
  const { partnership } = await graphqlAs<{ partnership: { version: number } }>(
    page,
    'query ($id: ID!) { partnership(id: $id) { version } }',
    { id },
  );
  await graphqlAs(page, 'mutation ($input: UpdatePartnershipInput!) { updatePartnership(input: $input) { id } }', {
    input: { id, version: partnership.version, purpose },
  });
}

describe('record forms: partnerships, projects and funding', () => {
  let browser: Browser;
  beforeAll(async () => (browser = await launchBrowser()));
  afterAll(() => browser.close());

  // Shared between the steps below, which build on each other.
  const stamp = Date.now();
  const partnershipName = `Harrowby Food Partnership ${stamp}`;
  const projectName = `Community fridge ${stamp}`;
  let partnershipUrl = '';

  it('the CEO creates a partnership, edits its purpose, starts a project in it, adds a participant and records funding', async () => {
    const page = await signedInPage(browser, 'ceo');
    await page.goto(`${baseUrl()}/partnerships`);
    await page.getByTestId('new-partnership').click();
    await page.waitForURL(/\/partnerships\/new$/);
    await page.getByRole('heading', { level: 1, name: 'New partnership' }).waitFor();
    const form = page.locator('cg-partnership-form');

    // Missing answers are said next to their fields.
    await form.getByTestId('partnership-save').click();
    await form.getByText('Enter the partnership’s name.').waitFor();
    await form.getByText('Choose how the partnership is governed.').waitFor();

    await form.getByLabel('Name').fill(partnershipName);
    await form.getByLabel('Purpose').fill('No one in Harrowby goes hungry.');
    await choose(page, form, 'Governance model', 'Shared leadership');
    await form.getByTestId('governance-description').filter({ hasText: 'lead together' }).waitFor();
    await choose(page, form, 'Status', 'Active');
    // An end before the start is refused, next to the dates.
    await typeDate(form.getByTestId('partnership-start'), '01/04/2026');
    await typeDate(form.getByTestId('partnership-end'), '31/03/2025');
    await form.getByTestId('date-order-error').waitFor();
    await typeDate(form.getByTestId('partnership-end'), '31/03/2028');
    await form.getByTestId('date-order-error').waitFor({ state: 'detached' });
    const place = await pickFirst(page, form.getByTestId('partnership-places'));
    await form.getByTestId('partnership-places-chip').filter({ hasText: place }).waitFor();
    await form.getByTestId('partnership-themes').fill('food poverty');
    await form.getByTestId('partnership-themes').press('Enter');
    await form.getByTestId('theme-chip').filter({ hasText: 'food poverty' }).waitFor();
    await form.getByRole('combobox', { name: 'Levelling Up missions' }).focus();
    await page.keyboard.press('Enter');
    await page.getByRole('option', { name: 'Health', exact: true }).click();
    await page.getByRole('option', { name: 'Wellbeing', exact: true }).click();
    await page.keyboard.press('Escape');
    await page.getByRole('listbox').waitFor({ state: 'detached' });
    await screenshotWhole(page, 'record-forms-partnership-new');
    await expectNoSeriousA11yViolations(page, 'new partnership form (desktop)');

    await form.getByTestId('partnership-save').click();
    await page.waitForURL(/\/partnerships\/[0-9a-f-]{36}$/);
    partnershipUrl = page.url();
    await page.getByRole('heading', { level: 1, name: partnershipName }).waitFor();
    await page.getByTestId('purpose').filter({ hasText: 'No one in Harrowby goes hungry.' }).waitFor();
    await page.getByText(place).first().waitFor();

    // Edit the purpose.
    await page.getByTestId('edit-partnership').click();
    const edit = page.locator('cg-partnership-form');
    await edit.getByLabel('Purpose').fill('No one in Harrowby goes hungry, and everyone eats together.');
    await screenshotWhole(page, 'record-forms-partnership-edit');
    await expectNoSeriousA11yViolations(page, 'edit partnership form (desktop)');
    await edit.getByTestId('partnership-save').click();
    await page.getByTestId('partnership-saved').waitFor();
    await page.getByTestId('purpose').filter({ hasText: 'everyone eats together' }).waitFor();

    // A new project, started from the partnership's page, belongs to it already.
    await page.getByTestId('new-project').click();
    await page.waitForURL(/\/projects\/new\?partnership=/);
    const projectForm = page.locator('cg-project-form');
    await projectForm.getByTestId('project-partnership-chip').filter({ hasText: partnershipName }).waitFor();
    await projectForm.getByLabel('Name').fill(projectName);
    await projectForm.getByLabel('Summary').fill('A shared fridge in the community centre.');
    await projectForm.getByLabel('Budget').fill('12000');
    await projectForm.getByTestId('project-shared').getByRole('checkbox').check();
    await screenshotWhole(page, 'record-forms-project-new');
    await expectNoSeriousA11yViolations(page, 'new project form (desktop)');
    await projectForm.getByTestId('project-save').click();
    await page.waitForURL(/\/projects\/[0-9a-f-]{36}$/);
    await page.getByRole('heading', { level: 1, name: projectName }).waitFor();
    await page.getByRole('link', { name: partnershipName }).first().waitFor();

    // Add a participating organisation.
    await page.getByTestId('add-participant').click();
    const participantForm = page.locator('cg-participant-form');
    const organisation = await pickFirst(page, participantForm.getByTestId('participant-organisation'));
    await choose(page, participantForm, 'Role', 'Delivery partner');
    await participantForm.getByLabel('In-kind contribution').fill('1500');
    await expectNoSeriousA11yViolations(page, 'participant form (desktop)');
    await screenshotWhole(page, 'record-forms-participant');
    await participantForm.getByTestId('participant-save').click();
    await page
      .getByTestId('participant-saved')
      .filter({ hasText: `${organisation} added as delivery partner` })
      .waitFor();
    await page.getByTestId('participant').filter({ hasText: organisation }).waitFor();

    // Record funding with a two-year schedule; instalments that do not add up are refused.
    await page.getByTestId('record-funding').click();
    const funding = page.locator('cg-funding-form');
    const funder = await pickFirst(page, funding.getByTestId('funding-funder'));
    await funding.getByTestId('funding-amount').fill('60000');
    await funding.getByTestId('funding-programme').fill('Reaching Communities');
    await typeDate(funding.getByTestId('funding-award-date'), '15/03/2026');
    await typeDate(funding.getByTestId('funding-period-start'), '01/04/2026');
    await typeDate(funding.getByTestId('funding-period-end'), '31/03/2028');
    await funding.getByTestId('add-instalment').click();
    await typeDate(funding.getByTestId('instalment-date-0'), '01/04/2026');
    await funding.getByTestId('instalment-amount-0').fill('30000');
    await funding.getByTestId('add-instalment').click();
    await typeDate(funding.getByTestId('instalment-date-1'), '01/04/2027');
    await funding.getByTestId('instalment-amount-1').fill('20000');
    await funding.getByTestId('funding-save').click();
    await funding
      .getByTestId('schedule-error')
      .filter({ hasText: 'The instalments add up to £50,000: £10,000 less than the amount of £60,000.' })
      .waitFor();
    await screenshotWhole(page, 'record-forms-funding-error');
    await expectNoSeriousA11yViolations(page, 'funding form with a schedule error (desktop)');
    await funding.getByTestId('split-evenly').click();
    await expectValue(funding.getByTestId('instalment-amount-0'), '30000');
    await expectValue(funding.getByTestId('instalment-amount-1'), '30000');
    await expectValue(funding.getByTestId('instalment-date-1'), '01/04/2027');
    await funding.getByTestId('schedule-total').filter({ hasText: 'matches the amount' }).waitFor();
    await funding.getByTestId('funding-save').click();
    await page
      .getByTestId('funding-saved')
      .filter({ hasText: `Recorded £60,000 from ${funder}` })
      .waitFor();
    const row = page.getByTestId('funding-row').filter({ hasText: funder });
    await row.filter({ hasText: 'Reaching Communities' }).waitFor();
    expect(await row.getByTestId('funding-schedule-table').locator('tbody tr').count()).toBe(2);
    await row.getByText('01/04/2027').waitFor();
    await page.getByTestId('funding-total').filter({ hasText: '£60,000' }).waitFor();
    await screenshotWhole(page, 'record-forms-project-page');

    // And the partnership page shows its project and the funding through it.
    await page.goto(partnershipUrl);
    await page.getByRole('link', { name: projectName }).waitFor();
    await page.getByText('£60,000').first().waitFor();
  });

  it('someone else saves the partnership while it is open: "Reload" shows theirs, "Keep mine" saves on top', async () => {
    const page = await signedInPage(browser, 'ceo');
    const id = partnershipUrl.split('/').pop() ?? '';
    await page.goto(partnershipUrl);
    await page.getByTestId('edit-partnership').click();
    const form = page.locator('cg-partnership-form');
    const purpose = form.getByLabel('Purpose');
    const conflict = form.getByTestId('conflict-notice');

    await purpose.fill('Mine, overtaken.');
    await colleagueChangesPurpose(page, id, 'Theirs, saved first.');
    await form.getByTestId('partnership-save').click();
    await conflict.getByText('Someone changed this').waitFor();
    await conflict.getByRole('button', { name: 'Reload' }).click();
    await conflict.waitFor({ state: 'detached' });
    await expectValue(purpose, 'Theirs, saved first.');

    await purpose.fill('Mine, kept.');
    await colleagueChangesPurpose(page, id, 'Theirs again.');
    await form.getByTestId('partnership-save').click();
    await conflict.getByRole('button', { name: 'Keep mine' }).click();
    await page.getByTestId('partnership-saved').waitFor();
    await page.getByTestId('purpose').filter({ hasText: 'Mine, kept.' }).waitFor();
  });

  it('someone else changes the funding while it is open: "Reload" closes the form on the list as saved now', async () => {
    const page = await signedInPage(browser, 'ceo');
    await page.goto(partnershipUrl);
    await page.getByRole('link', { name: projectName }).click();
    await page.waitForURL(/\/projects\/[0-9a-f-]+$/);
    const row = page.getByTestId('funding-row').filter({ hasText: 'Reaching Communities' });
    await row.getByRole('button', { name: /Change funding from/ }).click();
    const form = page.locator('cg-funding-form');
    await form.getByTestId('funding-programme').fill('Mine, overtaken');

    const projectId = page.url().split('/').pop() ?? '';
    const { fundings } = await graphqlAs<{ fundings: { nodes: { id: string; version: number }[] } }>(
      page,
      'query ($id: ID!) { fundings(first: 5, filter: { recipientProject: { eq: $id } }) { nodes { id version } } }',
      { id: projectId },
    );
    const [{ id, version }] = fundings.nodes;
    await graphqlAs(page, 'mutation ($input: UpdateFundingInput!) { updateFunding(input: $input) { id } }', {
      input: { id, version, programme: 'Theirs, saved first' },
    });

    await form.getByTestId('funding-save').click();
    const conflict = form.getByTestId('conflict-notice');
    await conflict.getByText('Someone changed this').waitFor();
    await conflict.getByRole('button', { name: 'Reload' }).click();
    await form.waitFor({ state: 'detached' });
    await page.getByTestId('funding-saved').filter({ hasText: 'Showing the funding as it is saved now.' }).waitFor();
    await page.getByTestId('funding-row').filter({ hasText: 'Theirs, saved first' }).waitFor();
  });

  it('the forms fit a phone and pass axe there', async () => {
    const page = await signedInPage(browser, 'ceo', { viewport: PHONE });
    await page.goto(`${baseUrl()}/partnerships/new`);
    await page.locator('cg-partnership-form').getByLabel('Name').waitFor();
    await screenshotWhole(page, 'record-forms-partnership-new-phone');
    await expectNoSeriousA11yViolations(page, 'new partnership form (phone)');
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);

    await page.goto(`${baseUrl()}/projects/new`);
    await page.locator('cg-project-form').getByLabel('Name').waitFor();
    await screenshotWhole(page, 'record-forms-project-new-phone');
    await expectNoSeriousA11yViolations(page, 'new project form (phone)');

    await page.goto(partnershipUrl);
    await page.getByTestId('record-funding').click();
    const funding = page.locator('cg-funding-form');
    await funding.getByTestId('funding-amount').fill('1000');
    await funding.getByTestId('add-instalment').click();
    await funding.getByTestId('add-instalment').click();
    await screenshotWhole(page, 'record-forms-funding-phone');
    await expectNoSeriousA11yViolations(page, 'funding form (phone)');
    await funding.getByRole('button', { name: 'Cancel' }).click();
  });

  it('a viewer is not offered these actions, and is told why', async () => {
    const page = await signedInPage(browser, 'viewer');
    await page.goto(`${baseUrl()}/partnerships`);
    await page.getByTestId('create-reason').waitFor();
    expect(await page.getByTestId('new-partnership').count()).toBe(0);

    await page.goto(partnershipUrl);
    await page.getByRole('heading', { level: 1, name: partnershipName }).waitFor();
    await page.getByTestId('edit-reason').waitFor();
    await page.getByTestId('funding-read-only').waitFor();
    expect(await page.getByTestId('edit-partnership').count()).toBe(0);
    expect(await page.getByTestId('archive-partnership').count()).toBe(0);
    expect(await page.getByTestId('new-project').count()).toBe(0);
    expect(await page.getByTestId('record-funding').count()).toBe(0);

    await page.getByRole('link', { name: projectName }).click();
    await page.getByRole('heading', { level: 1, name: projectName }).waitFor();
    await page.getByTestId('participants-reason').waitFor();
    expect(await page.getByTestId('edit-project').count()).toBe(0);
    expect(await page.getByTestId('add-participant').count()).toBe(0);
    expect(await page.getByTestId('record-funding').count()).toBe(0);
    expect(await page.getByRole('button', { name: /^Change funding/ }).count()).toBe(0);

    await page.goto(`${baseUrl()}/projects/new`);
    await page.getByTestId('read-only-reason').waitFor();
    expect(await page.locator('cg-project-form').count()).toBe(0);
  });

  it('the CEO archives the partnership after confirming', async () => {
    const page = await signedInPage(browser, 'ceo');
    await page.goto(partnershipUrl);
    await page.getByTestId('archive-partnership').click();
    await page.getByTestId('archive-confirm').waitFor();
    await expectNoSeriousA11yViolations(page, 'archive confirmation');
    await page.getByTestId('archive-yes').click();
    await page.waitForURL(/\/partnerships$/);
    await page.getByRole('heading', { level: 1, name: 'Partnerships' }).waitFor();
  });
});
