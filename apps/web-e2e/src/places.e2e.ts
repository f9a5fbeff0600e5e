import { Browser, Page } from 'playwright-core';
import { baseUrl, launchBrowser } from './support/browser';
import { expectNoSeriousA11yViolations, expectValue, screenshotWhole } from './support/page-checks';
import { PHONE, signedInPage } from './support/personas';

function summary(page: Page) {
  return page.getByTestId('results-summary');
}

/** Finds a local authority by filtering and then searching for its name; opens it and returns its name. */
async function openLocalAuthority(page: Page): Promise<string> {
  await page.goto(`${baseUrl()}/places`);
  await summary(page).waitFor();
  await page.getByTestId('level-filter').click();
  await page.getByRole('option', { name: 'Local authority', exact: true }).click();
  await page.waitForURL(/level=LOCAL_AUTHORITY/);
  await page.waitForFunction(() =>
    Array.from(document.querySelectorAll('[data-testid="results-table"] tbody tr')).every((row) => row.textContent?.includes('Local authority')),
  );
  const name = ((await page.getByTestId('results-table').locator('tbody th a').first().textContent()) ?? '').trim();
  await page.getByLabel('Search by name or code').fill(name.slice(0, 6));
  await page.waitForURL(/q=/);
  await page.getByTestId('results-table').locator('tbody th a', { hasText: name }).first().click();
  await page.getByRole('heading', { level: 1, name }).waitFor();
  return name;
}

describe('places', () => {
  let browser: Browser;
  beforeAll(async () => (browser = await launchBrowser()));
  afterAll(() => browser.close());

  it('lists places with search as you type, a level filter, the hierarchy and pages', async () => {
    const page = await signedInPage(browser, 'coordinator');
    await page.goto(baseUrl());
    await page.getByRole('navigation').getByRole('link', { name: 'Places' }).click();
    await page.getByRole('heading', { level: 1, name: 'Places' }).waitFor();
    await summary(page).filter({ hasText: /^Showing 1–20 of [\d,]+ places$/ }).waitFor();
    await screenshotWhole(page, 'places-list');
    await expectNoSeriousA11yViolations(page, 'places list (desktop)');
    // A coordinator may not add places, and is told why.
    expect(await page.getByTestId('new-place').count()).toBe(0);
    await page.getByTestId('create-reason').filter({ hasText: 'Only administrators' }).waitFor();

    await page.getByRole('button', { name: 'Next page' }).click();
    await summary(page).filter({ hasText: /^Showing 21–40 of/ }).waitFor();

    // Codes are searched too: every ward's GSS code starts E05.
    await page.getByTestId('level-filter').click();
    await page.getByRole('option', { name: 'Ward', exact: true }).click();
    await page.getByLabel('Search by name or code').fill('E05');
    await page.waitForURL(/q=E05/);
    expect(new URL(page.url()).searchParams.get('page')).toBeNull();
    await page.waitForFunction(() => {
      const rows = Array.from(document.querySelectorAll('[data-testid="results-table"] tbody tr'));
      return rows.length > 0 && rows.every((row) => /E05/.test(row.querySelector('.code')?.textContent ?? '') && /›/.test(row.textContent ?? ''));
    });

    await page.getByLabel('Search by name or code').fill('no such place anywhere');
    await page.getByRole('heading', { name: 'No places found' }).waitFor();
    await page.getByText('No places at the level “Ward” have a name or code containing “no such place anywhere”.').waitFor();
    await expectNoSeriousA11yViolations(page, 'places list with no results');
  });

  it('an organisation admin adds a neighbourhood inside a local authority, edits, archives and restores it', async () => {
    const page = await signedInPage(browser, 'ceo');
    const authority = await openLocalAuthority(page);
    const authorityUrl = page.url();

    // Official ONS places are reference data: no edit, and a reason.
    await page.getByTestId('place-level').filter({ hasText: 'Local authority' }).waitFor();
    await page.getByTestId('edit-reason').filter({ hasText: 'official ONS geography' }).waitFor();
    expect(await page.getByTestId('edit-place').count()).toBe(0);
    expect(await page.getByTestId('archive-place').count()).toBe(0);
    await page.getByTestId('breadcrumb').getByRole('link').first().waitFor();
    await page.getByTestId('children').getByRole('link').first().waitFor();
    await screenshotWhole(page, 'place-page-local-authority');
    await expectNoSeriousA11yViolations(page, 'place page (local authority)');

    // "Add a place inside" starts the form with the parent chosen.
    await page.getByTestId('add-inside').click();
    await page.waitForURL(/\/places\/new\?parent=/);
    const form = page.getByTestId('place-form');
    await expectValue(form.getByTestId('place-parent'), authority);
    const name = `Hillside estate ${Date.now()}`;
    await screenshotWhole(page, 'place-create-form');
    await expectNoSeriousA11yViolations(page, 'new place form');
    await form.getByRole('button', { name: 'Add place' }).click();
    await form.getByText('Enter the place’s name.').waitFor();
    await form.getByLabel('Name').fill(name);
    await form.getByLabel('Code (optional)').fill('not a code!');
    await form.getByRole('button', { name: 'Add place' }).click();
    await form.getByText('Use 2 to 40 letters, digits, hyphens or underscores.').waitFor();
    await form.getByLabel('Code (optional)').fill('');
    await form.getByLabel('Population (optional)').fill('1450');
    await form.getByRole('button', { name: 'Add place' }).click();

    await page.getByRole('heading', { level: 1, name }).waitFor();
    await page.getByTestId('place-level').filter({ hasText: 'Community-defined place' }).waitFor();
    await page.getByTestId('breadcrumb').getByRole('link', { name: authority }).waitFor();
    await page.getByTestId('population').filter({ hasText: '1,450' }).waitFor();
    expect(await page.getByTestId('edit-reason').count()).toBe(0);

    // Edit: the form is filled in; the change shows at once.
    await page.getByTestId('edit-place').click();
    const edit = page.getByTestId('place-form');
    await expectValue(edit.getByLabel('Name'), name);
    const renamed = `${name} (Hillside and Brook)`;
    await edit.getByLabel('Name').fill(renamed);
    await edit.getByRole('button', { name: 'Save changes' }).click();
    await page.getByRole('heading', { level: 1, name: renamed }).waitFor();
    await page.getByTestId('place-message').filter({ hasText: 'changes saved' }).waitFor();
    await screenshotWhole(page, 'place-page-custom');
    await expectNoSeriousA11yViolations(page, 'place page (custom)');

    // Archive, then restore.
    await page.getByTestId('archive-place').click();
    await page.getByTestId('restore-place').waitFor();
    await page.getByTestId('place-level').filter({ hasText: 'Archived' }).waitFor();
    expect(await page.getByTestId('restore-place').evaluate((button) => button === document.activeElement)).toBe(true);
    await screenshotWhole(page, 'place-page-archived');
    await page.getByTestId('restore-place').click();
    await page.getByTestId('archive-place').waitFor();
    await page.getByTestId('place-message').filter({ hasText: 'is restored' }).waitFor();
    expect(await page.getByTestId('place-level').textContent()).not.toContain('Archived');

    // Restored, it is one of the local authority's places again.
    await page.goto(authorityUrl);
    await page.getByTestId('children').getByRole('link', { name: renamed }).waitFor();
  });

  it('works on a phone-sized screen', async () => {
    const page = await signedInPage(browser, 'ceo', { viewport: PHONE });
    await page.goto(`${baseUrl()}/places?level=LOCAL_AUTHORITY`);
    await page.getByTestId('results-cards').waitFor();
    const overflow = () =>
      page.evaluate(() => {
        const content = document.querySelector('mat-sidenav-content');
        return content ? content.scrollWidth - content.clientWidth : 0;
      });
    expect(await overflow()).toBeLessThanOrEqual(1);
    await screenshotWhole(page, 'places-list-phone');
    await expectNoSeriousA11yViolations(page, 'places list (phone)');
    await page.getByTestId('results-cards').getByRole('link').first().click();
    await page.getByTestId('children').waitFor();
    expect(await overflow()).toBeLessThanOrEqual(1);
    await screenshotWhole(page, 'place-page-phone');
    await expectNoSeriousA11yViolations(page, 'place page (phone)');
  });

  it('says when a place does not exist', async () => {
    const page = await signedInPage(browser, 'coordinator');
    await page.goto(`${baseUrl()}/places/00000000-0000-4000-8000-000000000000`);
    await page.getByRole('heading', { level: 1, name: 'Place not found' }).waitFor();
  });
});
