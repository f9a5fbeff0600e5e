import { Browser, Page } from 'playwright-core';
import { baseUrl, launchBrowser } from './support/browser';
import { expectNoSeriousA11yViolations, screenshotWhole, expectValue } from './support/page-checks';
import { PHONE, signedInPage } from './support/personas';

/** The "Showing 1–25 of 160 organisations" line. */
function summary(page: Page) {
  return page.getByTestId('results-summary');
}

describe('organisations', () => {
  let browser: Browser;
  beforeAll(async () => (browser = await launchBrowser()));
  afterAll(() => browser.close());

  it('a CEO searches the directory, filters by type, opens a profile and comes back to the same search', async () => {
    const page = await signedInPage(browser, 'ceo');
    await page.goto(baseUrl());
    await page.getByRole('navigation').getByRole('link', { name: 'Organisations' }).click();
    await page.getByRole('heading', { level: 1, name: 'Organisations' }).waitFor();
    await summary(page).filter({ hasText: 'Showing 1–25 of 160 organisations' }).waitFor();
    await screenshotWhole(page, 'organisations-directory');
    await expectNoSeriousA11yViolations(page, 'directory (desktop)');

    // A short form of the town's name still finds it: the search is fuzzy.
    await page.getByLabel('Search by name').fill('Wyvernham');
    await summary(page).filter({ hasNotText: 'of 160' }).waitFor();
    expect(new URL(page.url()).searchParams.get('q')).toBe('Wyvernham');
    const rows = page.getByTestId('results-table').locator('tbody tr');
    expect(await rows.count()).toBeGreaterThan(0);
    expect(await rows.first().textContent()).toContain('Wyvernham');

    await page.getByRole('combobox', { name: 'Type' }).click();
    await page.getByRole('option', { name: 'Charity', exact: true }).click();
    await page.waitForURL(/type=CHARITY/);
    // The last results stay, faded, while the filtered ones load: wait for charities only.
    await page.waitForFunction(() => {
      const cells = Array.from(document.querySelectorAll('[data-testid="results-table"] tbody td:nth-child(2)'));
      return cells.length > 0 && cells.every((cell) => cell.textContent?.trim() === 'Charity');
    });
    const types = await page.getByTestId('results-table').locator('tbody td:nth-child(2)').allTextContents();
    expect(types.length).toBeGreaterThan(0);
    expect(new Set(types.map((t) => t.trim()))).toEqual(new Set(['Charity']));
    await screenshotWhole(page, 'organisations-directory-filtered');

    const first = page.getByTestId('results-table').locator('tbody th a').first();
    const name = (await first.textContent())?.trim() ?? '';
    await first.click();
    await page.getByRole('heading', { level: 1, name, exact: true }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Partnerships' }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Ties to other organisations' }).waitFor();
    expect(await page.getByTestId('organisation-kind').textContent()).toContain('Charity');
    expect(await page.title()).toBe(`${name} – Common Ground`);
    expect(await page.getByTestId('funding-received').textContent()).toMatch(/^£[\d,]+(\.\d{2})?$/);
    await screenshotWhole(page, 'organisation-profile');
    await expectNoSeriousA11yViolations(page, 'profile (desktop)');

    await page.goBack();
    await page.getByRole('heading', { level: 1, name: 'Organisations' }).waitFor();
    await expectValue(page.getByLabel('Search by name'), 'Wyvernham');
    expect(new URL(page.url()).searchParams.get('type')).toBe('CHARITY');
    await page.getByTestId('results-table').getByRole('link', { name, exact: true }).first().waitFor();
  });

  it('shows a profile with partnerships and ties, and scores in words', async () => {
    const page = await signedInPage(browser, 'ceo');
    // The demo's partnership leads are charities in the county's towns; find one with memberships.
    await page.goto(`${baseUrl()}/organisations?type=CHARITY`);
    await summary(page).waitFor();
    const links = await page
      .getByTestId('results-table')
      .locator('tbody th a')
      .evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).pathname));
    let found = false;
    for (const link of links) {
      await page.goto(`${baseUrl()}${link}`);
      await page.getByRole('heading', { level: 2, name: 'Partnerships' }).waitFor();
      if ((await page.getByTestId('partnerships').count()) > 0) {
        found = true;
        break;
      }
    }
    expect(found).toBe(true);
    const since = await page.getByTestId('partnerships').locator('tbody tr td:nth-child(3)').first().textContent();
    expect(since?.trim()).toMatch(/^(\d{2}\/\d{2}\/\d{4}|—)/);
    await page.getByTestId('ties').getByRole('heading', { level: 3 }).first().waitFor();
    await screenshotWhole(page, 'organisation-profile-partnerships');
  });

  it('says when an organisation does not exist', async () => {
    const page = await signedInPage(browser, 'ceo');
    await page.goto(`${baseUrl()}/organisations/00000000-0000-4000-8000-000000000000`);
    await page.getByRole('heading', { level: 1, name: 'Organisation not found' }).waitFor();
  });

  it('offers to clear filters when nothing matches', async () => {
    const page = await signedInPage(browser, 'ceo');
    await page.goto(`${baseUrl()}/organisations?q=qqqqxxxxzzzz`);
    await page.getByText('No organisations match “qqqqxxxxzzzz”').waitFor();
    await screenshotWhole(page, 'organisations-directory-empty');
    await expectNoSeriousA11yViolations(page, 'directory empty state');
    await page.getByRole('button', { name: 'Clear filters' }).first().click();
    await summary(page).filter({ hasText: 'of 160' }).waitFor();
  });

  it('works on a phone-sized screen, with cards and pages', async () => {
    const page = await signedInPage(browser, 'ceo', { viewport: PHONE });
    await page.goto(`${baseUrl()}/organisations`);
    await summary(page).filter({ hasText: 'Showing 1–25 of 160' }).waitFor();
    await page.getByTestId('results-cards').waitFor();
    await page.getByRole('button', { name: 'Next page' }).click();
    await summary(page).filter({ hasText: 'Showing 26–50 of 160' }).waitFor();
    expect(new URL(page.url()).searchParams.get('page')).toBe('2');
    await screenshotWhole(page, 'organisations-directory-phone');
    await expectNoSeriousA11yViolations(page, 'directory (phone)');
    await page.goBack();
    await summary(page).filter({ hasText: 'Showing 1–25 of 160' }).waitFor();

    await page.getByTestId('results-cards').getByRole('link').first().click();
    await page.getByRole('heading', { level: 2, name: 'Partnerships' }).waitFor();
    await screenshotWhole(page, 'organisation-profile-phone');
    await expectNoSeriousA11yViolations(page, 'profile (phone)');
  });
});
