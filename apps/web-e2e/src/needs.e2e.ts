import { Browser, Page } from 'playwright-core';
import { baseUrl, launchBrowser } from './support/browser';
import { expectNoSeriousA11yViolations, screenshotWhole, expectValue } from './support/page-checks';
import { PHONE, signedInPage } from './support/personas';

const RUN = Date.now().toString(36);
const NEED = `Warm spaces for older people ${RUN}`;

async function expectNoOverflow(page: Page): Promise<void> {
  const overflow = await page.evaluate(() => {
    const content = document.querySelector('mat-sidenav-content') ?? document.documentElement;
    return content.scrollWidth - content.clientWidth;
  });
  expect(overflow).toBeLessThanOrEqual(1);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Types into a search picker and chooses the first match (the exact name, when `exact`). */
async function pick(page: Page, testId: string, text: string, exact = false): Promise<string> {
  await page.getByTestId(testId).fill(text);
  const option = exact
    ? page.getByRole('option', { name: new RegExp(`^\\s*${escapeRegExp(text)}\\s*(·|$)`) }).first()
    : page.getByRole('option').filter({ hasNotText: 'Nothing matches' }).first();
  await option.waitFor();
  const name = ((await option.textContent()) ?? '').split('·')[0].trim();
  await option.click();
  return name;
}

describe('needs board', () => {
  let browser: Browser;
  beforeAll(async () => (browser = await launchBrowser()));
  afterAll(() => browser.close());

  it('filters needs by place and priority, in the URL', async () => {
    const page = await signedInPage(browser, 'coordinator');
    await page.goto(baseUrl());
    await page.getByRole('navigation').getByRole('link', { name: 'Needs' }).click();
    await page.getByRole('heading', { level: 1, name: 'Needs' }).waitFor();
    await page.getByTestId('results-summary').waitFor();
    await page.getByTestId('raise-need-reason').waitFor();
    await screenshotWhole(page, 'needs-board');
    await expectNoSeriousA11yViolations(page, 'needs board (desktop)');

    // The place of the first need, found through the place picker.
    const first = page.getByTestId('need').filter({ has: page.getByTestId('need-place') }).first();
    const place = ((await first.getByTestId('need-place').textContent()) ?? '').trim();
    const title = ((await first.locator('h3').textContent()) ?? '').trim();
    const priority = ((await first.getByTestId('need-priority').textContent()) ?? '').replace(' priority', '').trim();
    await pick(page, 'place-filter', place, true);
    await page.waitForURL(/place=/);
    await page.getByTestId('need').filter({ hasText: title }).first().waitFor();

    await page.getByTestId('priority-filter').click();
    await page.getByRole('option', { name: priority, exact: true }).click();
    await page.waitForURL(/priority=/);
    await page.waitForFunction(
      (label) => {
        const badges = Array.from(document.querySelectorAll('[data-testid="need-priority"]'));
        return badges.length > 0 && badges.every((badge) => badge.textContent?.trim() === `${label} priority`);
      },
      priority,
    );
    await page.getByTestId('need').filter({ hasText: title }).first().waitFor();

    // A reload keeps the filters, and names the place in its picker.
    await page.reload();
    await page.getByTestId('need').filter({ hasText: title }).first().waitFor();
    await page.waitForFunction((name) => (document.querySelector('[data-testid="place-filter"]') as HTMLInputElement | null)?.value === name, place);

    await page.getByTestId('need-search').fill(`qqqzzz${RUN}`);
    await page.getByText('No needs found').waitFor();
    await screenshotWhole(page, 'needs-board-empty');
    await expectNoSeriousA11yViolations(page, 'needs board empty state');
    await page.getByRole('button', { name: 'Clear filters' }).first().click();
    await page.waitForURL((url) => !url.search.includes('place='));
  });

  it('the CEO raises a need and sees it on the board', async () => {
    const page = await signedInPage(browser, 'ceo');
    await page.goto(`${baseUrl()}/needs`);
    await page.getByTestId('raise-need').click();
    await page.getByRole('heading', { level: 1, name: 'Raise a need' }).waitFor();

    await page.getByRole('button', { name: 'Raise need' }).click();
    await page.getByText('Enter a title for the need.').waitFor();

    await page.getByTestId('need-title').fill(NEED);
    await page.getByTestId('need-description').fill('Older residents say the library was the only warm place and it now closes at noon.');
    // Take a place from the demo data: the first match for a common letter pair.
    await page.getByTestId('need-place').fill('an');
    const placeOption = page.getByRole('option').filter({ hasNotText: 'Nothing matches' }).first();
    await placeOption.waitFor();
    const place = ((await placeOption.textContent()) ?? '').split('·')[0].trim();
    await placeOption.click();
    await page.getByRole('radio', { name: 'An organisation' }).check();
    await page.getByRole('button', { name: 'Raise need' }).click();
    await page.getByText('Choose the organisation that raised the need.').waitFor();
    await pick(page, 'need-organisation', 'an');
    await page.getByTestId('need-priority-input').click({ force: true });
    await page.getByRole('option', { name: 'Urgent', exact: true }).click();
    await page.getByTestId('need-themes').fill('warmth, older people');
    await screenshotWhole(page, 'need-new');
    await expectNoSeriousA11yViolations(page, 'raise a need form');

    await page.getByRole('button', { name: 'Raise need' }).click();
    await page.waitForURL(/\/needs\?q=/);
    const card = page.getByTestId('need').filter({ hasText: NEED });
    await card.waitFor();
    expect(await card.getByTestId('need-place').textContent()).toContain(place);
    expect(await card.getByTestId('need-priority').textContent()).toContain('Urgent');
    expect(await card.textContent()).toContain('Nothing answers this need yet.');

    // Edit it: link an outcome that answers it.
    await card.getByTestId('edit-need').click();
    await page.getByRole('heading', { level: 1, name: 'Edit need' }).waitFor();
    await expectValue(page.getByTestId('need-title'), NEED);
    await page.getByTestId('need-outcomes').click({ force: true });
    const outcome = page.getByRole('option').first();
    const outcomeTitle = ((await outcome.textContent()) ?? '').trim();
    await outcome.click();
    await page.keyboard.press('Escape');
    await page.getByRole('listbox').waitFor({ state: 'detached' });
    await screenshotWhole(page, 'need-edit');
    await expectNoSeriousA11yViolations(page, 'edit need form');
    await page.getByRole('button', { name: 'Save changes' }).click();
    await page.waitForURL(/\/needs\?q=/);
    const answered = page.getByTestId('need').filter({ hasText: NEED });
    await answered.getByRole('link', { name: outcomeTitle }).waitFor();
  });

  it('fits a phone', async () => {
    const page = await signedInPage(browser, 'ceo', { viewport: PHONE });
    await page.goto(`${baseUrl()}/needs`);
    await page.getByTestId('results-summary').waitFor();
    await expectNoOverflow(page);
    await screenshotWhole(page, 'needs-board-phone');
    await expectNoSeriousA11yViolations(page, 'needs board (phone)');
    await page.goto(`${baseUrl()}/needs/new`);
    await page.getByTestId('need-title').waitFor();
    await expectNoOverflow(page);
    await screenshotWhole(page, 'need-new-phone');
    await expectNoSeriousA11yViolations(page, 'raise a need form (phone)');
  });
});
