import { Browser, Page } from 'playwright-core';
import { baseUrl, launchBrowser } from './support/browser';
import { expectNoSeriousA11yViolations, screenshotWhole, expectValue } from './support/page-checks';
import { PHONE, signedInPage } from './support/personas';

/** Unique per run, so this file never trips over the demo data or another run's records. */
const RUN = Date.now().toString(36);
const TITLE = `Warmer homes in the test ward ${RUN}`;
const RENAMED = `Fewer cold homes in the test ward ${RUN}`;
const INDICATOR = `Homes insulated ${RUN}`;

/** No sideways scrolling of the page on a phone. */
async function expectNoOverflow(page: Page): Promise<void> {
  const overflow = await page.evaluate(() => {
    const content = document.querySelector('mat-sidenav-content') ?? document.documentElement;
    return content.scrollWidth - content.clientWidth;
  });
  expect(overflow).toBeLessThanOrEqual(1);
}

async function choose(page: Page, testId: string, option: string | RegExp): Promise<void> {
  // An empty select's label lies over it, so the click goes through.
  await page.getByTestId(testId).click({ force: true });
  await page.getByRole('option', { name: option }).first().click();
}

describe('outcome and indicator forms', () => {
  let browser: Browser;
  /** The outcome the CEO creates, for the later tests. */
  let outcomeUrl = '';
  beforeAll(async () => (browser = await launchBrowser()));
  afterAll(() => browser.close());

  it('the CEO creates an outcome owned by a partnership their charity leads', async () => {
    const page = await signedInPage(browser, 'ceo');
    await page.goto(`${baseUrl()}/outcomes`);
    await page.getByTestId('new-outcome').click();
    await page.getByRole('heading', { level: 1, name: 'New outcome' }).waitFor();

    // Nothing filled in: the messages sit next to the fields.
    await page.getByRole('button', { name: 'Create outcome' }).click();
    await page.getByText('Enter a title for the outcome.').waitFor();
    await page.getByText('Choose the partnership or project that owns this outcome.').waitFor();
    await page.getByText('Choose who defined the outcome.').waitFor();
    await screenshotWhole(page, 'outcome-new-errors');
    await expectNoSeriousA11yViolations(page, 'new outcome form with errors');

    await page.getByTestId('outcome-title').fill(TITLE);
    await page.getByTestId('outcome-description').fill('Households in the ward keep warm without falling into debt.');
    await page.getByTestId('outcome-owner-select').click({ force: true });
    // Only partnerships and projects the charity leads are offered; take the first partnership.
    const partnershipGroup = page.getByRole('group', { name: 'Partnerships' });
    await partnershipGroup.getByRole('option').first().waitFor();
    const owner = ((await partnershipGroup.getByRole('option').first().textContent()) ?? '').trim();
    await partnershipGroup.getByRole('option').first().click();
    await page.getByRole('radio', { name: 'The community it affects' }).check();
    await page.getByRole('checkbox', { name: 'Co-produced with the people it affects' }).check();
    await choose(page, 'outcome-missions', 'Housing');
    await page.keyboard.press('Escape');
    await page.getByRole('listbox').waitFor({ state: 'detached' });
    await choose(page, 'outcome-contributors', /./);
    await page.keyboard.press('Escape');
    await page.getByRole('listbox').waitFor({ state: 'detached' });
    await screenshotWhole(page, 'outcome-new');
    await expectNoSeriousA11yViolations(page, 'new outcome form');

    await page.getByRole('button', { name: 'Create outcome' }).click();
    await page.getByRole('heading', { level: 1, name: TITLE }).waitFor();
    outcomeUrl = page.url();
    expect(outcomeUrl).toMatch(/\/outcomes\/[0-9a-f-]{36}$/);
    expect(await page.getByTestId('outcome-owner').textContent()).toContain(owner);
    expect(await page.getByTestId('outcome-defined-by').textContent()).toContain('co-produced');
    await page.getByText('Contributing organisations').waitFor();
  });

  it('the CEO adds an indicator with baseline and target, and its chart says there are no readings yet', async () => {
    const page = await signedInPage(browser, 'ceo');
    await page.goto(outcomeUrl);
    await page.getByRole('heading', { level: 1, name: TITLE }).waitFor();
    await page.getByTestId('add-indicator').click();
    const form = page.getByTestId('indicator-form');
    await form.getByLabel('Name').fill(INDICATOR);
    await form.getByLabel('Unit').fill('homes');
    await form.getByLabel('Baseline value (optional)').fill('40');
    await form.getByLabel('Baseline date (optional)').fill('01/04/2025');
    await form.getByLabel('Target value (optional)').fill('120');
    // A target before the baseline is refused next to the target date.
    await form.getByLabel('Target date (optional)').fill('01/01/2024');
    await form.getByRole('button', { name: 'Add indicator' }).click();
    await form.getByTestId('target-date-error').waitFor();
    // Let the message finish fading in before the screenshot.
    await page.waitForTimeout(400);
    await screenshotWhole(page, 'indicator-new-error');
    await expectNoSeriousA11yViolations(page, 'indicator form with an error');

    await form.getByLabel('Target date (optional)').fill('31/03/2030');
    await form.getByLabel('Source (optional)').fill('Council retrofit register');
    await form.getByRole('button', { name: 'Add indicator' }).click();
    await page.getByTestId('indicator-saved').filter({ hasText: `Indicator “${INDICATOR}” added.` }).waitFor();

    const card = page.getByTestId('indicator').filter({ hasText: INDICATOR });
    await card.getByTestId('chart-summary').filter({ hasText: /^No readings yet/ }).waitFor();
    const text = (await card.textContent()) ?? '';
    expect(text).toContain('40 homes');
    expect(text).toContain('01/04/2025');
    expect(text).toContain('120 homes');
    expect(text).toContain('31/03/2030');
    expect(text).toContain('Council retrofit register');
    await screenshotWhole(page, 'outcome-page-new-indicator');
    await expectNoSeriousA11yViolations(page, 'outcome page with a new indicator');

    // Edit the indicator: the form opens filled in.
    await card.getByTestId('edit-indicator').click();
    await expectValue(card.getByLabel('Baseline date (optional)'), '01/04/2025');
    await card.getByRole('button', { name: 'Cancel' }).click();
  });

  it('the CEO edits the outcome title', async () => {
    const page = await signedInPage(browser, 'ceo');
    await page.goto(outcomeUrl);
    await page.getByRole('heading', { level: 1, name: TITLE }).waitFor();
    await page.getByTestId('edit-outcome').click();
    const title = page.getByTestId('outcome-form').getByTestId('outcome-title');
    await expectValue(title, TITLE);
    await screenshotWhole(page, 'outcome-edit');
    await expectNoSeriousA11yViolations(page, 'edit outcome form');
    await title.fill(RENAMED);
    await page.getByRole('button', { name: 'Save changes' }).click();
    await page.getByRole('heading', { level: 1, name: RENAMED }).waitFor();
    await page.getByTestId('outcome-saved').filter({ hasText: 'Outcome saved.' }).waitFor();
  });

  it('a coordinator is not offered outcome editing but can still record a reading', async () => {
    const page = await signedInPage(browser, 'coordinator');
    await page.goto(outcomeUrl);
    await page.getByRole('heading', { level: 1, name: RENAMED }).waitFor();
    const card = page.getByTestId('indicator').filter({ hasText: INDICATOR });
    await card.waitFor();
    expect(await page.getByTestId('edit-outcome').count()).toBe(0);
    expect(await page.getByTestId('archive-outcome').count()).toBe(0);
    expect(await page.getByTestId('add-indicator').count()).toBe(0);
    expect(await card.getByTestId('edit-indicator').count()).toBe(0);
    await page.getByTestId('manage-note').waitFor();

    await card.getByRole('button', { name: 'Record a reading' }).click();
    await card.getByLabel(/^Value/).fill('55');
    await card.getByRole('button', { name: 'Record reading' }).click();
    await card.getByTestId('measurement-saved').filter({ hasText: 'Reading of 55 homes' }).waitFor();
    await card.getByTestId('chart-summary').filter({ hasText: /^Latest 55 homes/ }).waitFor();

    // And correct it.
    await card.getByTestId('correct-reading').click();
    await card.getByTestId('correct-value').fill('56');
    await card.getByRole('button', { name: 'Save correction' }).click();
    await page.getByTestId('indicator-saved').filter({ hasText: 'Reading of 56 homes' }).waitFor();
    await card.getByTestId('chart-summary').filter({ hasText: /^Latest 56 homes/ }).waitFor();
    await screenshotWhole(page, 'outcome-page-coordinator');
    await expectNoSeriousA11yViolations(page, 'outcome page as a coordinator');

    await page.goto(`${baseUrl()}/outcomes/new`);
    await page.getByTestId('read-only-note').waitFor();
  });

  it('the forms fit a phone', async () => {
    const page = await signedInPage(browser, 'ceo', { viewport: PHONE });
    await page.goto(`${baseUrl()}/outcomes/new`);
    await page.getByTestId('outcome-title').waitFor();
    await expectNoOverflow(page);
    await screenshotWhole(page, 'outcome-new-phone');
    await expectNoSeriousA11yViolations(page, 'new outcome form (phone)');

    await page.goto(outcomeUrl);
    await page.getByRole('heading', { level: 1, name: RENAMED }).waitFor();
    await page.getByTestId('edit-outcome').click();
    await page.getByTestId('add-indicator').click();
    await page.getByTestId('indicator-form').waitFor();
    await expectNoOverflow(page);
    await screenshotWhole(page, 'outcome-forms-phone');
    await expectNoSeriousA11yViolations(page, 'outcome page forms (phone)');
  });

  it('the CEO archives the outcome after confirming', async () => {
    const page = await signedInPage(browser, 'ceo');
    await page.goto(outcomeUrl);
    await page.getByRole('heading', { level: 1, name: RENAMED }).waitFor();
    await page.getByTestId('archive-outcome').click();
    await page.getByTestId('archive-confirm').waitFor();
    await screenshotWhole(page, 'outcome-archive-confirm');
    await page.getByRole('button', { name: 'Keep it' }).click();
    await page.getByTestId('archive-confirm').waitFor({ state: 'detached' });
    await page.getByTestId('archive-outcome').click();
    await page.getByTestId('archive-confirm-button').click();
    await page.waitForURL(/\/outcomes$/);
    // Gone from the tracker; its own page says it was archived and offers no changes.
    await page.getByTestId('outcome-search').fill(RENAMED);
    await page.getByText(`No outcomes match “${RENAMED}”`).waitFor();
    await page.goto(outcomeUrl);
    await page.getByTestId('archived-note').waitFor();
    expect(await page.getByTestId('edit-outcome').count()).toBe(0);
  });
});
