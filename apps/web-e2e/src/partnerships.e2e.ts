import { Browser, Page } from 'playwright-core';
import { baseUrl, launchBrowser } from './support/browser';
import { expectNoSeriousA11yViolations, screenshotWhole, expectValue } from './support/page-checks';
import { PHONE, signedInPage } from './support/personas';

function summary(page: Page) {
  return page.getByTestId('results-summary');
}

/** Opens, one by one, the partnerships the CEO's charity belongs to until one offers "Add a member". */
async function openPartnershipWeLead(page: Page): Promise<string> {
  await page.goto(`${baseUrl()}/partnerships`);
  await summary(page).waitFor();
  await page.getByRole('checkbox', { name: 'Only my organisation’s' }).check();
  await page.waitForURL(/member=/);
  await summary(page).filter({ hasNotText: /of 20 partnerships/ }).waitFor();
  const links = await page
    .getByTestId('results-table')
    .locator('tbody th a')
    .evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).pathname));
  expect(links.length).toBeGreaterThan(0);
  for (const link of links) {
    await page.goto(`${baseUrl()}${link}`);
    await page.getByRole('heading', { level: 2, name: 'Members' }).waitFor();
    if ((await page.getByTestId('add-member').count()) > 0) return link;
  }
  throw new Error('The CEO’s charity leads or co-leads none of its partnerships');
}

describe('partnerships', () => {
  let browser: Browser;
  beforeAll(async () => (browser = await launchBrowser()));
  afterAll(() => browser.close());

  it('lists partnerships with search, status filter and sort, all kept in the URL', async () => {
    const page = await signedInPage(browser, 'ceo');
    await page.goto(baseUrl());
    await page.getByRole('navigation').getByRole('link', { name: 'Partnerships' }).click();
    await page.getByRole('heading', { level: 1, name: 'Partnerships' }).waitFor();
    await summary(page).filter({ hasText: /^Showing 1–\d+ of \d+ partnerships$/ }).waitFor();
    await screenshotWhole(page, 'partnerships-list');
    await expectNoSeriousA11yViolations(page, 'partnerships list (desktop)');

    await page.getByRole('combobox', { name: 'Status' }).click();
    await page.getByRole('option', { name: 'Active', exact: true }).click();
    await page.waitForURL(/status=ACTIVE/);
    await page.waitForFunction(() => {
      const cells = Array.from(document.querySelectorAll('[data-testid="results-table"] tbody td:nth-child(2)'));
      return cells.length > 0 && cells.every((cell) => cell.textContent?.trim() === 'Active');
    });

    await page.getByRole('combobox', { name: 'Sort by' }).click();
    await page.getByRole('option', { name: 'Most members' }).click();
    await page.waitForURL(/sort=members/);
    await page.waitForFunction(() => {
      const counts = Array.from(document.querySelectorAll('[data-testid="results-table"] tbody td:nth-child(4)')).map(
        (cell) => Number(cell.textContent),
      );
      return counts.length > 1 && counts.every((n, i) => i === 0 || counts[i - 1] >= n);
    });

    await page.getByLabel('Search by name').fill('qqqqxxxx');
    await page.getByText('No partnerships match “qqqqxxxx”').waitFor();
    await expectNoSeriousA11yViolations(page, 'partnerships empty state');
    await page.getByRole('button', { name: 'Clear filters' }).first().click();
    await summary(page).waitFor();
    expect(new URL(page.url()).searchParams.get('q')).toBeNull();
  });

  it('a CEO opens a partnership their charity co-leads and adds a member with a role', async () => {
    const page = await signedInPage(browser, 'ceo');
    await openPartnershipWeLead(page);
    await page.getByTestId('purpose').waitFor();
    await page.getByRole('heading', { level: 2, name: 'Without ego, silo or logo' }).waitFor();
    expect(await page.getByTestId('collaboration-index').count()).toBeGreaterThan(3);
    expect(await page.getByTestId('cash-total').textContent()).toMatch(/^£[\d,]+$/);
    const before = Number(await page.getByTestId('member-count').textContent());
    await screenshotWhole(page, 'partnership-page');
    await expectNoSeriousA11yViolations(page, 'partnership page (desktop)');

    await page.getByTestId('add-member').click();
    const form = page.getByRole('region', { name: 'Add a member' });
    // Nothing chosen yet: the messages sit next to the fields.
    await form.getByRole('button', { name: 'Add member' }).click();
    await form.getByText('Choose an organisation from the list.').waitFor();
    await form.getByText('Choose the organisation’s role.').waitFor();
    await screenshotWhole(page, 'partnership-add-member-errors');
    await expectNoSeriousA11yViolations(page, 'add member form with errors');

    await form.getByTestId('member-organisation').fill('Trust');
    const option = page.getByRole('option').filter({ hasNotText: 'No organisations match' }).first();
    await option.waitFor();
    const name = ((await option.locator('.option-name').textContent()) ?? '').trim();
    await option.click();
    await form.getByRole('combobox', { name: 'Role' }).click();
    await page.getByRole('option', { name: 'Adviser', exact: true }).click();
    await form.getByRole('checkbox', { name: 'Holds a decision-making seat' }).check();
    await form.getByLabel('Cash contribution').fill('1500');
    await form.getByLabel('Member from').fill('01/04/2026');
    await form.getByRole('button', { name: 'Add member' }).click();

    await page.getByTestId('member-saved').filter({ hasText: `${name} added as adviser.` }).waitFor();
    const added = page.getByTestId('member').filter({ has: page.getByRole('link', { name, exact: true }) });
    await added.waitFor();
    expect(await added.getByTestId('member-role-label').textContent()).toBe('Adviser');
    expect(await added.textContent()).toContain('Decision seat');
    expect(await added.textContent()).toContain('£1,500');
    expect(await added.textContent()).toContain('from 01/04/2026');
    await page.waitForFunction(
      (n) => Number(document.querySelector('[data-testid="member-count"]')?.textContent) === n,
      before + 1,
    );

    // Changing the new member: the form opens filled in.
    await added.getByRole('button', { name: `Change ${name}’s membership` }).click();
    const edit = page.getByRole('region', { name: `Change ${name}’s membership` });
    await expectValue(edit.getByLabel('Cash contribution'), '1500');
    await edit.getByLabel('Member until').fill('01/03/2026');
    await edit.getByRole('button', { name: 'Save changes' }).click();
    await edit.getByText('The last day must be on or after the first day.').waitFor();
    await edit.getByLabel('Member until').fill('31/03/2027');
    await edit.getByRole('button', { name: 'Save changes' }).click();
    await page.getByTestId('member-saved').filter({ hasText: `${name}’s membership saved.` }).waitFor();
    expect(await added.textContent()).toContain('until 31/03/2027');
    await screenshotWhole(page, 'partnership-member-added');
  });

  it('a viewer can read a partnership but is not offered member changes it may not make', async () => {
    const page = await signedInPage(browser, 'viewer');
    await page.goto(`${baseUrl()}/partnerships`);
    await summary(page).waitFor();
    await page.getByTestId('results-table').locator('tbody th a').first().click();
    await page.getByRole('heading', { level: 2, name: 'Members' }).waitFor();
    expect(await page.getByTestId('add-member').count()).toBe(0);
    await page.getByText('Only people at the partnership’s lead or co-lead organisations').waitFor();
  });

  it('a closed partnership says it has closed and shows its measures as they stood; member rows name the sector as a sector', async () => {
    const page = await signedInPage(browser, 'ceo');
    await page.goto(`${baseUrl()}/partnerships?status=CLOSED`);
    await summary(page).waitFor();
    const links = await page
      .getByTestId('results-table')
      .locator('tbody th a')
      .evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).pathname));
    // The first closed partnership that recorded members before it closed.
    let opened = false;
    for (const link of links) {
      await page.goto(`${baseUrl()}${link}`);
      await page.getByRole('heading', { level: 2, name: 'Members' }).waitFor();
      if ((await page.getByTestId('member').count()) > 0) {
        opened = true;
        break;
      }
    }
    expect(opened).toBe(true);
    await page.getByTestId('partnership-status').filter({ hasText: 'Closed' }).waitFor();
    const measures = page.getByTestId('collaboration');
    await measures.getByTestId('collaboration-closed').filter({ hasText: /^This partnership has closed/ }).waitFor();
    expect(await measures.getByTestId('collaboration-index').count()).toBeGreaterThan(3);
    expect(await measures.textContent()).not.toContain('No members yet');
    // "Core member · Private sector", never a bare "Private" beside visibility words.
    const roles = await page.getByTestId('member').locator('.member-role').allTextContents();
    expect(roles.length).toBeGreaterThan(0);
    for (const role of roles) expect(role.replace(/\s+/g, ' ').trim()).not.toMatch(/· (Private|Public)( ·|$)/);
    await screenshotWhole(page, 'partnership-closed');
  });

  it('says when a partnership does not exist', async () => {
    const page = await signedInPage(browser, 'ceo');
    await page.goto(`${baseUrl()}/partnerships/00000000-0000-4000-8000-000000000000`);
    await page.getByRole('heading', { level: 1, name: 'Partnership not found' }).waitFor();
  });

  it('works on a phone-sized screen', async () => {
    const page = await signedInPage(browser, 'ceo', { viewport: PHONE });
    await page.goto(`${baseUrl()}/partnerships`);
    await summary(page).waitFor();
    await page.getByTestId('results-cards').waitFor();
    await screenshotWhole(page, 'partnerships-list-phone');
    await expectNoSeriousA11yViolations(page, 'partnerships list (phone)');
    await page.getByTestId('results-cards').getByRole('link').first().click();
    await page.getByRole('heading', { level: 2, name: 'Members' }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Without ego, silo or logo' }).waitFor();
    const overflow = await page.evaluate(() => {
      const content = document.querySelector('mat-sidenav-content');
      return content ? content.scrollWidth - content.clientWidth : 0;
    });
    expect(overflow).toBeLessThanOrEqual(1);
    await screenshotWhole(page, 'partnership-page-phone');
    await expectNoSeriousA11yViolations(page, 'partnership page (phone)');
  });
});
