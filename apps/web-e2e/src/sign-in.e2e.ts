import { Browser } from 'playwright-core';
import { baseUrl, launchBrowser, screenshot } from './support/browser';

describe('signing in', () => {
  let browser: Browser;
  beforeAll(async () => (browser = await launchBrowser()));
  afterAll(() => browser.close());

  it('a charity CEO signs in with the demo account, after a wrong password, and signs out', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(baseUrl());
    await page.getByRole('banner').getByRole('link', { name: 'Sign in' }).click();
    await page.getByRole('heading', { name: 'Sign in' }).waitFor();

    await page.getByLabel('Email address').fill('ceo@demo.common-ground.example');
    await page.getByLabel('Password').fill('not the password');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('alert').filter({ hasText: 'That email and password do not match an account.' }).waitFor();
    await screenshot(page, 'sign-in-wrong-password');

    await page.getByLabel('Password').fill('common-ground-demo');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByTestId('signed-in-user').filter({ hasText: 'Asha Patel' }).waitFor();
    await page.waitForURL((url) => url.pathname === '/');
    await screenshot(page, 'signed-in-home');

    await page.reload();
    await page.getByTestId('signed-in-user').filter({ hasText: 'Asha Patel' }).waitFor();

    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByRole('heading', { name: 'Sign in' }).waitFor();
    await page.getByRole('banner').getByRole('link', { name: 'Sign in' }).waitFor();
  });
});
