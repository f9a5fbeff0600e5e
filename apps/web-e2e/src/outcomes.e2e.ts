import { Browser, Page } from 'playwright-core';
import { baseUrl, launchBrowser } from './support/browser';
import { expectNoSeriousA11yViolations, screenshotWhole, expectValue } from './support/page-checks';
import { PHONE, signedInPage } from './support/personas';

/** Today in the UK as dd/mm/yyyy, the reading form's default date. */
function todayUk(): string {
  return new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', day: '2-digit', month: '2-digit', year: 'numeric' }).format(
    new Date(),
  );
}

/** Opens the first outcome owned by a project the coordinator's organisation takes part in. */
async function openMyProjectOutcome(page: Page): Promise<string> {
  await page.goto(`${baseUrl()}/outcomes?owner=mine`);
  await page.getByTestId('results-summary').waitFor();
  const row = page.getByTestId('results-table').locator('tbody tr').filter({ hasText: '(project)' }).first();
  const link = row.locator('th a');
  const title = ((await link.textContent()) ?? '').trim();
  await link.click();
  await page.getByRole('heading', { level: 1, name: title }).waitFor();
  await page.getByTestId('indicator').first().waitFor();
  return title;
}

describe('outcomes tracker', () => {
  let browser: Browser;
  beforeAll(async () => (browser = await launchBrowser()));
  afterAll(() => browser.close());

  it('lists outcomes with search, progress filter and pages', async () => {
    const page = await signedInPage(browser, 'coordinator');
    await page.goto(baseUrl());
    await page.getByRole('navigation').getByRole('link', { name: 'Outcomes' }).click();
    await page.getByRole('heading', { level: 1, name: 'Outcomes' }).waitFor();
    await page.getByTestId('results-summary').filter({ hasText: /Showing 1–20 of \d+ outcomes/ }).waitFor();
    await screenshotWhole(page, 'outcomes-list');
    await expectNoSeriousA11yViolations(page, 'outcomes list (desktop)');

    await page.getByRole('combobox', { name: 'Progress' }).click();
    await page.getByRole('option', { name: 'Off track', exact: true }).click();
    await page.waitForURL(/status=OFF_TRACK/);
    await page.waitForFunction(() => {
      const cells = Array.from(document.querySelectorAll('[data-testid="results-table"] tbody td:nth-child(2)'));
      return cells.length > 0 && cells.every((cell) => cell.textContent?.includes('Off track'));
    });

    await page.getByLabel('Search by title').fill('qqqqzzzz');
    await page.getByText('No outcomes match “qqqqzzzz”').waitFor();
    await screenshotWhole(page, 'outcomes-list-empty');
    await expectNoSeriousA11yViolations(page, 'outcomes list empty state');
    await page.getByRole('button', { name: 'Clear filters' }).first().click();
    await page.getByTestId('results-summary').filter({ hasText: 'Showing 1–20' }).waitFor();
  });

  it('a coordinator records a reading and sees the new point on the chart without a reload', async () => {
    const page = await signedInPage(browser, 'coordinator');
    await openMyProjectOutcome(page);
    const indicator = page.getByTestId('indicator').first();
    await indicator.locator('canvas').waitFor();
    await indicator.getByTestId('chart-summary').filter({ hasText: /^(Latest|No readings)/ }).waitFor();
    await screenshotWhole(page, 'outcome-page');
    await expectNoSeriousA11yViolations(page, 'outcome page (desktop)');

    const navigations: string[] = [];
    page.on('framenavigated', (frame) => frame === page.mainFrame() && navigations.push(frame.url()));
    await indicator.getByRole('button', { name: 'Record a reading' }).click();
    // Two decimals, which no demo reading has, so the new row is unmistakable.
    await indicator.getByLabel(/^Value/).fill('42.37');
    await expectValue(indicator.getByLabel('Date of reading'), todayUk());
    await indicator.getByLabel('Note (optional)').fill('Counted at the autumn session');
    await indicator.getByRole('button', { name: 'Record reading' }).click();

    await indicator.getByTestId('measurement-saved').filter({ hasText: `on ${todayUk()} recorded` }).waitFor();
    // The chart's text alternative and its table both show the new point.
    const firstRow = indicator.getByTestId('readings-table').locator('tbody tr').first();
    await firstRow.filter({ hasText: todayUk() }).filter({ hasText: '42.37' }).waitFor({ state: 'attached' });
    expect(await firstRow.textContent()).toContain('Counted at the autumn session');
    await indicator.getByTestId('chart-summary').filter({ hasText: '42.37' }).waitFor();
    expect(navigations).toEqual([]);
    await indicator.getByText('Readings as a table').click();
    await screenshotWhole(page, 'outcome-page-recorded');
    await expectNoSeriousA11yViolations(page, 'outcome page after recording');
  });

  it('a coordinator adds a story with consent beside the numbers', async () => {
    const page = await signedInPage(browser, 'coordinator');
    await openMyProjectOutcome(page);
    await page.getByRole('button', { name: 'Add a story' }).click();
    await page.getByLabel('Title').fill('A warmer welcome');
    await page.getByLabel('The story').fill('New volunteers now greet every family at the door.');
    await page.getByRole('button', { name: 'Add story' }).click();
    // Consent first: stories are shared only with it.
    await page.getByText('Stories are shared only with consent').waitFor();
    await page.getByTestId('story-consent').getByRole('checkbox').check();
    await page.getByRole('button', { name: 'Add story' }).click();
    await page.getByText('Story “A warmer welcome” added.').waitFor();
    const story = page.getByTestId('stories').locator('li').filter({ hasText: 'A warmer welcome' });
    expect(await story.textContent()).toContain(`Shared with consent given on ${todayUk()}`);
  });

  it('works on a phone-sized screen', async () => {
    const page = await signedInPage(browser, 'coordinator', { viewport: PHONE });
    await page.goto(`${baseUrl()}/outcomes`);
    await page.getByTestId('results-cards').waitFor();
    await screenshotWhole(page, 'outcomes-list-phone');
    await expectNoSeriousA11yViolations(page, 'outcomes list (phone)');
    await page.getByTestId('results-cards').locator('h3 a').first().click();
    await page.getByTestId('indicator').first().locator('canvas').waitFor();
    await page.getByTestId('chart-summary').first().waitFor();
    // Nothing wider than the screen: no sideways scrolling of the page.
    const overflow = await page.evaluate(() => {
      const content = document.querySelector('mat-sidenav-content') ?? document.documentElement;
      return content.scrollWidth - content.clientWidth;
    });
    expect(overflow).toBeLessThanOrEqual(1);
    await screenshotWhole(page, 'outcome-page-phone');
    await expectNoSeriousA11yViolations(page, 'outcome page (phone)');
  });

  it('says when an outcome does not exist', async () => {
    const page = await signedInPage(browser, 'viewer');
    await page.goto(`${baseUrl()}/outcomes/00000000-0000-4000-8000-000000000000`);
    await page.getByRole('heading', { level: 1, name: 'Outcome not found' }).waitFor();
  });
});
