import { Browser, Page } from 'playwright-core';
import { baseUrl, launchBrowser } from './support/browser';
import { expectNoSeriousA11yViolations, screenshotWhole } from './support/page-checks';
import { signedInPage } from './support/personas';

/** The number in the map's summary strip box `testId`. */
async function summaryNumber(page: Page, testId: string): Promise<number> {
  const text = (await page.getByTestId(testId).locator('dd').textContent()) ?? '';
  return Number(text.replace(/[^\d]/g, ''));
}

async function waitForMap(page: Page): Promise<void> {
  await page.getByTestId('summary-nodes').waitFor();
  await page.getByTestId('layout-status').getByText('Map arranged.').waitFor({ timeout: 60_000 });
}

describe('as-at-date measures', () => {
  let browser: Browser;
  beforeAll(async () => (browser = await launchBrowser()));
  afterAll(() => browser.close());

  it('a CEO sees a partnership grow month by month, as a chart and as a table', async () => {
    const page = await signedInPage(browser, 'ceo');
    // The partnership with most members: the demo's memberships began on many different days.
    await page.goto(`${baseUrl()}/partnerships?sort=members`);
    await page.getByTestId('results-table').locator('tbody th a').first().click();
    const growth = page.getByTestId('growth');
    await growth.getByRole('heading', { level: 2, name: 'Growth over time' }).waitFor();
    const summary = growth.getByTestId('growth-summary');
    await summary.waitFor();
    expect(await summary.textContent()).toMatch(/^From \d{2}\/\d{2}\/\d{4} to \d{2}\/\d{2}\/\d{4}: members (went from \d+ to \d+|stayed at \d+); /);
    // Both charts drawn (Chart.js loads on first use), each named for screen readers.
    await page.waitForFunction(() => {
      const canvases = Array.from(document.querySelectorAll('[data-testid="growth"] canvas'));
      return canvases.length === 2 && canvases.every((c) => (c as HTMLCanvasElement).width > 0 && c.getAttribute('aria-label'));
    });

    await growth.getByText('Monthly figures as a table').click();
    const rows = growth.getByTestId('growth-table').locator('tbody tr');
    expect(await rows.count()).toBeGreaterThan(1);
    expect((await rows.first().locator('th').textContent())?.trim()).toMatch(/^\d{2}\/\d{2}\/\d{4}$/);
    // Newest first: the last row is the earliest month end, when fewer members had joined.
    const members = async (row: number) => Number(await rows.nth(row).locator('td').first().textContent());
    expect(await members((await rows.count()) - 1)).toBeLessThan(await members(0));

    await screenshotWhole(page, 'growth-over-time');
    await expectNoSeriousA11yViolations(page, 'partnership page with growth over time');
  });

  it('moves the coalition map back in time with the "As at" date, and back to today when emptied', async () => {
    const page = await signedInPage(browser, 'ceo');
    await page.goto(`${baseUrl()}/network-map`);
    await waitForMap(page);
    const today = { nodes: await summaryNumber(page, 'summary-nodes'), ties: await summaryNumber(page, 'summary-edges') };

    const asAt = page.getByLabel('As at');
    await asAt.fill('31/12/2019');
    await asAt.press('Tab');
    await page.waitForURL(/asAt=2019-12-31/);
    await page.waitForFunction(
      (before) => Number(document.querySelector('[data-testid="summary-edges"] dd')?.textContent?.replace(/[^\d]/g, '')) !== before,
      today.ties,
    );
    await waitForMap(page);
    const then = { nodes: await summaryNumber(page, 'summary-nodes'), ties: await summaryNumber(page, 'summary-edges') };
    expect(then.ties).toBeLessThan(today.ties);
    expect(then.nodes).toBeLessThanOrEqual(today.nodes);
    await screenshotWhole(page, 'network-map-as-at-2019');
    await expectNoSeriousA11yViolations(page, 'network map as at a past day');

    await asAt.fill('');
    await asAt.press('Tab');
    await page.waitForFunction(() => !/asAt=/.test(location.search));
    await page.getByTestId('summary-edges').getByText(today.ties.toLocaleString('en-GB')).waitFor();
  });
});
