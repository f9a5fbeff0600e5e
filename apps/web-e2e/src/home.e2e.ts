import { Browser } from 'playwright-core';
import { baseUrl, launchBrowser, screenshot } from './support/browser';
import { PHONE, signedInPage } from './support/personas';

describe('home page', () => {
  let browser: Browser;
  beforeAll(async () => (browser = await launchBrowser()));
  afterAll(() => browser.close());

  it('shows the app shell, the dashboard and a live organisation count read from PostgreSQL', async () => {
    const page = await signedInPage(browser, 'ceo');
    await page.goto(baseUrl());
    await page.getByRole('banner').getByText('Common Ground').waitFor();
    await page.getByRole('heading', { level: 1, name: 'Dashboard' }).waitFor();
    // The instance's figures stay below the organisation's own cards.
    const count = page.getByTestId('organisation-count');
    await count.waitFor();
    expect(await count.textContent()).toContain('160');
    for (const screen of ['Organisations', 'Partnerships', 'Network map']) {
      await page.getByRole('navigation').getByRole('link', { name: screen }).waitFor();
    }
    await screenshot(page, 'home-desktop');
  });

  it('works on a phone-sized screen', async () => {
    const page = await signedInPage(browser, 'ceo', { viewport: PHONE });
    await page.goto(baseUrl());
    await page.getByTestId('organisation-count').waitFor();
    await screenshot(page, 'home-phone');
  });

  it('sends a signed-out visitor to sign in, then back to the page they asked for', async () => {
    const page = await browser.newPage();
    await page.goto(`${baseUrl()}/organisations`);
    await page.getByRole('heading', { name: 'Sign in' }).waitFor();
    expect(new URL(page.url()).searchParams.get('returnUrl')).toBe('/organisations');
    await page.getByLabel('Email address').fill('ceo@demo.common-ground.example');
    await page.getByLabel('Password').fill('common-ground-demo');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { level: 1, name: 'Organisations' }).waitFor();
  });

  it('serves the app for deep links, so a reload on any page works', async () => {
    const page = await signedInPage(browser, 'ceo');
    const response = await page.goto(`${baseUrl()}/partnerships`);
    expect(response?.status()).toBe(200);
    await page
      .getByRole('heading', { name: /Partnerships/ })
      .first()
      .waitFor();
  });
});
