import { Browser } from 'playwright-core';
import { baseUrl, launchBrowser, screenshot } from './support/browser';

describe('home page', () => {
  let browser: Browser;
  beforeAll(async () => (browser = await launchBrowser()));
  afterAll(() => browser.close());

  it('shows the app shell and a live organisation count read from PostgreSQL', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(baseUrl());
    await page.getByRole('banner').getByText('Common Ground').waitFor();
    const count = page.getByTestId('organisation-count');
    await count.waitFor();
    expect(await count.textContent()).toContain('160');
    for (const screen of ['Organisations', 'Partnerships', 'Network map']) {
      await page.getByRole('navigation').getByRole('link', { name: screen }).waitFor();
    }
    await screenshot(page, 'home-desktop');
  });

  it('works on a phone-sized screen', async () => {
    const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
    await page.goto(baseUrl());
    await page.getByTestId('organisation-count').waitFor();
    await screenshot(page, 'home-phone');
  });

  it('serves the app for deep links, so a reload on any page works', async () => {
    const page = await browser.newPage();
    const response = await page.goto(`${baseUrl()}/partnerships`);
    expect(response?.status()).toBe(200);
    await page.getByRole('heading', { name: /Partnerships/ }).first().waitFor();
  });
});
