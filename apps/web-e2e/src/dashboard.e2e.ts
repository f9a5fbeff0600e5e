import { Browser } from 'playwright-core';
import { baseUrl, launchBrowser } from './support/browser';
import { expectNoSeriousA11yViolations, screenshotWhole } from './support/page-checks';
import { PHONE, signedInPage } from './support/personas';

describe('dashboard', () => {
  let browser: Browser;
  beforeAll(async () => (browser = await launchBrowser()));
  afterAll(() => browser.close());

  it('a funder sees the partnerships it funds, with amounts, and links through to them', async () => {
    const page = await signedInPage(browser, 'funder');
    await page.goto(baseUrl());
    await page.getByRole('heading', { level: 1, name: 'Dashboard' }).waitFor();
    await page.getByTestId('dashboard-organisation').waitFor();
    const funded = page.getByTestId('funded-partnerships');
    await funded.waitFor();
    const rows = funded.locator('tbody tr');
    expect(await rows.count()).toBeGreaterThan(0);
    for (const amount of await rows.locator('td:last-child').allTextContents()) expect(amount.trim()).toMatch(/^£[\d,]+(\.\d{2})?$/);
    expect((await funded.locator('tfoot td:last-child').textContent())?.trim()).toMatch(/^£[\d,]+(\.\d{2})?$/);
    await page.getByTestId('funding-lines').locator('tbody tr').first().waitFor();
    await page.getByTestId('outcomes-at-risk').getByRole('heading').waitFor();
    await page.getByTestId('organisation-count').waitFor();
    await screenshotWhole(page, 'dashboard-funder');
    await expectNoSeriousA11yViolations(page, 'dashboard (funder, desktop)');

    const first = rows.first().locator('th a');
    const name = ((await first.textContent()) ?? '').trim();
    await first.click();
    await page.waitForURL(/\/partnerships\/[0-9a-f-]{36}$/);
    await page.getByRole('heading', { level: 1, name }).waitFor();
  });

  it('a CEO sees its partners, partnerships, activity and outcomes at risk', async () => {
    const page = await signedInPage(browser, 'ceo');
    await page.goto(baseUrl());
    await page.getByTestId('dashboard-organisation').waitFor();
    const partnerships = page.getByTestId('my-partnerships').getByRole('listitem');
    await partnerships.first().waitFor();
    expect(await partnerships.count()).toBeGreaterThan(0);
    const partners = page.getByTestId('my-partners').getByRole('listitem');
    expect(await partners.count()).toBeGreaterThan(0);
    expect(await page.getByTestId('partner-count').textContent()).toMatch(/^\d+$/);
    await page.getByTestId('recent-activity').getByRole('listitem').first().waitFor();
    await page.getByTestId('outcomes-at-risk').getByRole('link').first().waitFor();
    await screenshotWhole(page, 'dashboard-ceo');
    await expectNoSeriousA11yViolations(page, 'dashboard (CEO, desktop)');

    const partner = partners.first().getByRole('link');
    const name = ((await partner.textContent()) ?? '').trim();
    await partner.click();
    await page.getByRole('heading', { level: 1, name, exact: true }).waitFor();
  });

  it('works on a phone-sized screen', async () => {
    const page = await signedInPage(browser, 'ceo', { viewport: PHONE });
    await page.goto(baseUrl());
    await page.getByTestId('my-partnerships').getByRole('listitem').first().waitFor();
    await page.getByTestId('funding-lines').locator('tbody tr').first().waitFor();
    await page.getByTestId('organisation-count').waitFor();
    await screenshotWhole(page, 'dashboard-phone');
    await expectNoSeriousA11yViolations(page, 'dashboard (phone)');
  });

  it('shows an instance admin without an organisation the whole instance', async () => {
    const page = await signedInPage(browser, 'admin');
    await page.goto(baseUrl());
    await page.getByTestId('outcomes-at-risk').getByRole('link').first().waitFor();
    expect(await page.getByTestId('dashboard-organisation').count()).toBe(0);
    expect(await page.getByTestId('organisation-count').textContent()).toContain('160');
    await screenshotWhole(page, 'dashboard-admin');
    await expectNoSeriousA11yViolations(page, 'dashboard (instance admin)');
  });
});
