import { Browser, Locator } from 'playwright-core';
import { baseUrl, launchBrowser } from './support/browser';
import { expectNoSeriousA11yViolations, screenshotWhole } from './support/page-checks';
import { signedInPage } from './support/personas';

/** The organisation names a suggestions panel lists, once it has loaded. */
async function namesIn(panel: Locator): Promise<string[]> {
  return (await panel.getByRole('listitem').getByRole('link').allTextContents()).map((name) => name.trim());
}

async function waitUntil(check: () => Promise<boolean>, what: string, timeoutMs = 15_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > until) throw new Error(`Timed out waiting until ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

describe('partner suggestions and who is missing (issue #15)', () => {
  let browser: Browser;
  beforeAll(async () => (browser = await launchBrowser()));
  afterAll(() => browser.close());

  it('a CEO dismisses one suggestion (and takes it back), then follows another to its profile', async () => {
    const page = await signedInPage(browser, 'ceo');
    await page.goto(baseUrl());
    const panel = page.getByTestId('partner-suggestions');
    await panel.getByRole('heading', { name: 'Suggested partners' }).waitFor();
    const items = panel.getByRole('listitem');
    await items.first().waitFor();
    expect(await items.count()).toBeGreaterThan(1);
    for (const reason of await panel.locator('.reason').allTextContents()) expect(reason.trim()).toMatch(/^[A-Z].*\.$/);
    await screenshotWhole(page, 'suggestions-dashboard');
    await expectNoSeriousA11yViolations(page, 'dashboard with suggested partners');

    // "Not now" to the second: gone from the list, said in the status line with an Undo.
    const second = items.nth(1);
    const dismissed = ((await second.getByRole('link').textContent()) ?? '').trim();
    await second.getByRole('button', { name: `Not now: stop suggesting ${dismissed}` }).click();
    await panel.getByText(`${dismissed} will not be suggested again.`).waitFor();
    await waitUntil(async () => !(await namesIn(panel)).includes(dismissed), `${dismissed} leaves the list`);
    await screenshotWhole(page, 'suggestions-dismissed');
    await expectNoSeriousA11yViolations(page, 'dashboard after dismissing a suggestion');

    // Undo puts it back, so the shared demo county is as it was for other tests.
    await panel.getByRole('button', { name: 'Undo' }).click();
    await waitUntil(async () => (await namesIn(panel)).includes(dismissed), `${dismissed} comes back`);

    // Follow the first suggestion to its profile, which suggests partners of its own.
    const first = items.first().getByRole('link');
    const followed = ((await first.textContent()) ?? '').trim();
    await first.click();
    await page.waitForURL(/\/organisations\/[0-9a-f-]{36}$/);
    await page.getByRole('heading', { level: 1, name: followed, exact: true }).waitFor();
    const theirs = page.getByTestId('partner-suggestions');
    await theirs.getByRole('heading', { name: 'Suggested partners' }).waitFor();
    await theirs.locator('.list, .empty').first().waitFor();
    // The CEO does not decide for another organisation.
    expect(await theirs.getByRole('button', { name: /^Not now/ }).count()).toBe(0);
    await theirs.scrollIntoViewIfNeeded();
    await screenshotWhole(page, 'suggestions-organisation-profile');
    await expectNoSeriousA11yViolations(page, 'organisation profile with suggested partners');
  });

  it('the partnership page says who is missing, with organisations to fill each gap', async () => {
    const page = await signedInPage(browser, 'ceo');
    await page.goto(baseUrl());
    const partnership = page.getByTestId('my-partnerships').getByRole('link').first();
    await partnership.waitFor();
    await partnership.click();
    await page.waitForURL(/\/partnerships\/[0-9a-f-]{36}$/);
    const gaps = page.getByTestId('partnership-gaps');
    await gaps.getByRole('heading', { name: 'Who is missing' }).waitFor();
    await gaps.locator('.list, .empty').first().waitFor();
    const sentences = (await gaps.locator('.sentence').allTextContents()).map((s) => s.trim());
    for (const sentence of sentences) expect(sentence).toMatch(/^No .*\.$/);
    await gaps.scrollIntoViewIfNeeded();
    await screenshotWhole(page, 'suggestions-who-is-missing');
    await expectNoSeriousA11yViolations(page, 'partnership page with who is missing');
  });
});
