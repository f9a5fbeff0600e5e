import { Browser, Page } from 'playwright-core';
import { baseUrl, launchBrowser } from './support/browser';
import { expectNoSeriousA11yViolations, screenshotWhole, expectValue } from './support/page-checks';
import { PHONE, signedInPage } from './support/personas';

function summary(page: Page) {
  return page.getByTestId('results-summary');
}

/** The list narrowed to projects the signed-in person's organisation takes part in. */
async function openMyProjects(page: Page): Promise<void> {
  await page.goto(`${baseUrl()}/projects`);
  await summary(page).waitFor();
  await page.getByTestId('mine').getByRole('checkbox').check();
  await page.waitForURL(/org=/);
  await summary(page).filter({ hasNotText: /of 60 projects/ }).waitFor();
}

describe('projects', () => {
  let browser: Browser;
  beforeAll(async () => (browser = await launchBrowser()));
  afterAll(() => browser.close());

  it('lists projects with search, filters, sort and pages', async () => {
    const page = await signedInPage(browser, 'coordinator');
    await page.goto(baseUrl());
    await page.getByRole('navigation').getByRole('link', { name: 'Projects' }).click();
    await page.getByRole('heading', { level: 1, name: 'Projects' }).waitFor();
    await summary(page).filter({ hasText: /^Showing 1–20 of \d+ projects$/ }).waitFor();
    await screenshotWhole(page, 'projects-list');
    await expectNoSeriousA11yViolations(page, 'projects list (desktop)');
    await page.getByRole('button', { name: 'Next page' }).click();
    await summary(page).filter({ hasText: /^Showing 21–40 of/ }).waitFor();
    expect(new URL(page.url()).searchParams.get('page')).toBe('2');
    await page.getByLabel('Search by name').fill('Fenwick');
    await page.waitForURL(/q=Fenwick/);
    await page.waitForFunction(() => {
      const names = Array.from(document.querySelectorAll('[data-testid="results-table"] tbody th'));
      return names.length > 0 && names.every((n) => /fenwick/i.test(n.textContent ?? ''));
    });
    expect(new URL(page.url()).searchParams.get('page')).toBeNull();
  });

  it('a coordinator opens a project their charity takes part in, logs an activity and sees it on top of the log', async () => {
    const page = await signedInPage(browser, 'coordinator');
    await openMyProjects(page);
    await page.getByTestId('results-table').locator('tbody th a').first().click();
    await page.getByRole('heading', { level: 2, name: 'Participants' }).waitFor();
    const form = page.getByTestId('quick-activity-form');
    await form.waitFor();
    await page.getByTestId('activity-log').locator('[data-testid="log-count"], [data-testid="log-empty"]').first().waitFor();
    await screenshotWhole(page, 'project-page');
    await expectNoSeriousA11yViolations(page, 'project page (desktop)');

    // The date is today, in UK form, before anything is touched.
    const today = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London' }).format(new Date());
    await expectValue(form.getByTestId('activity-date'), today);

    // Without a title, the form says what is missing, next to the field.
    await form.getByRole('button', { name: 'Log activity' }).click();
    await form.getByText('Enter a title, so others know what happened.').waitFor();

    const url = page.url();
    const title = `Steering group ${Date.now()}`;
    await form.getByRole('combobox', { name: 'Kind' }).click();
    await page.getByRole('option', { name: 'Workshop', exact: true }).click();
    await form.getByLabel('Title').fill(title);
    await form.getByLabel('Notes').fill('Agreed the plan for the spring.');
    await form.getByLabel('Attendance').fill('14');
    // The project's own organisations are offered before anything is typed.
    await form.getByTestId('activity-organisations').click();
    const firstOrganisation = page.getByRole('option').first();
    await firstOrganisation.waitFor();
    const organisation = ((await firstOrganisation.textContent()) ?? '').split('·')[0].trim();
    await firstOrganisation.click();
    await form.getByTestId('activity-organisations-chip').filter({ hasText: organisation }).waitFor();
    await form.getByRole('button', { name: 'Log activity' }).click();

    const first = page.getByTestId('activity-timeline').locator('li').first();
    await first.filter({ hasText: title }).waitFor();
    expect(await first.textContent()).toContain('Just logged');
    expect(await first.textContent()).toContain('Workshop');
    expect(await first.textContent()).toContain(today);
    expect(await first.textContent()).toContain('14 people attended');
    expect(await first.textContent()).toContain(organisation);
    await page.getByTestId('activity-logged').filter({ hasText: `Logged “${title}”` }).waitFor();
    expect(page.url()).toBe(url);
    // Ready for the next entry: the title is empty again and has the focus.
    await expectValue(form.getByLabel('Title'), '');
    await screenshotWhole(page, 'project-activity-logged');

    // Filtering by kind keeps it; another kind hides it.
    await page.getByTestId('log-kind-filter').click();
    await page.getByRole('option', { name: 'Workshop', exact: true }).click();
    await page.getByTestId('log-count').filter({ hasText: 'match the filters' }).waitFor();
    await page.getByTestId('activity-timeline').locator('li').first().filter({ hasText: title }).waitFor();
    // Let the first list close before opening the select again.
    await page.locator('mat-option').first().waitFor({ state: 'detached' });
    await page.getByTestId('log-kind-filter').click();
    await page.getByRole('option', { name: 'Milestone', exact: true }).click();
    await page.waitForFunction(
      (t) => !document.querySelector('[data-testid="activity-timeline"]')?.textContent?.includes(t),
      title,
    );
    await page.locator('mat-option').first().waitFor({ state: 'detached' });
    await expectNoSeriousA11yViolations(page, 'project page with filters');

    // It is saved, not just shown: a fresh load still has it on top.
    await page.reload();
    await page.getByTestId('activity-timeline').locator('li').first().filter({ hasText: title }).waitFor();
  });

  it('says when a project does not exist', async () => {
    const page = await signedInPage(browser, 'coordinator');
    await page.goto(`${baseUrl()}/projects/00000000-0000-4000-8000-000000000000`);
    await page.getByRole('heading', { level: 1, name: 'Project not found' }).waitFor();
  });

  it('works on a phone-sized screen, logging included', async () => {
    const page = await signedInPage(browser, 'coordinator', { viewport: PHONE });
    await openMyProjects(page);
    await page.getByTestId('results-cards').waitFor();
    await screenshotWhole(page, 'projects-list-phone');
    await expectNoSeriousA11yViolations(page, 'projects list (phone)');
    await page.getByTestId('results-cards').getByRole('link').first().click();
    const form = page.getByTestId('quick-activity-form');
    await form.waitFor();
    const title = `Phone note ${Date.now()}`;
    await form.getByLabel('Title').fill(title);
    await form.getByRole('button', { name: 'Log activity' }).click();
    await page.getByTestId('activity-timeline').locator('li').first().filter({ hasText: title }).waitFor();
    const overflow = await page.evaluate(() => {
      const content = document.querySelector('mat-sidenav-content');
      return content ? content.scrollWidth - content.clientWidth : 0;
    });
    expect(overflow).toBeLessThanOrEqual(1);
    await screenshotWhole(page, 'project-page-phone');
    await expectNoSeriousA11yViolations(page, 'project page (phone)');
  });
});
