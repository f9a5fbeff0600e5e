import { Browser, Locator, Page } from 'playwright-core';
import { baseUrl, launchBrowser } from './support/browser';
import { expectNoSeriousA11yViolations, expectValue, screenshotWhole } from './support/page-checks';
import { signedInPage } from './support/personas';

/** The first of the coordinator's own projects, opened; its address. */
async function openOwnProject(page: Page): Promise<string> {
  await page.goto(`${baseUrl()}/projects`);
  await page.getByTestId('results-summary').waitFor();
  await page.getByTestId('mine').getByRole('checkbox').check();
  await page.waitForURL(/org=/);
  await page.getByTestId('results-summary').filter({ hasNotText: /of 60 projects/ }).waitFor();
  await page.getByTestId('results-table').locator('tbody th a').first().click();
  await page.getByTestId('quick-activity-form').waitFor();
  await page.getByTestId('activity-log').locator('[data-testid="log-count"], [data-testid="log-empty"]').first().waitFor();
  return page.url();
}

function entryTitled(page: Page, title: string): Locator {
  return page.getByTestId('activity-timeline').locator('li.entry').filter({ has: page.getByRole('heading', { name: title, exact: true }) });
}

/** The number in "12 entries, newest first." */
async function logCount(page: Page): Promise<number> {
  const text = (await page.getByTestId('log-count').textContent()) ?? '';
  return Number(text.match(/\d[\d,]*/)?.[0].replace(/,/g, '') ?? NaN);
}

async function waitForLogCount(page: Page, expected: number): Promise<void> {
  if (expected === 0) await page.getByTestId('log-empty').waitFor();
  else await page.getByTestId('log-count').filter({ hasText: new RegExp(`^\\s*${expected} entr`) }).waitFor();
}

/** Changes an activity's title behind the page's back, as a colleague would. */
async function changeTitleElsewhere(page: Page, title: string, newTitle: string): Promise<void> {
  const graphql = async (query: string, variables: Record<string, unknown>) => {
    const response = await page.request.post(`${baseUrl()}/graphql`, { data: { query, variables } });
    const body = (await response.json()) as { data?: Record<string, unknown>; errors?: { message: string }[] };
    if (body.errors?.length) throw new Error(body.errors[0].message);
    return body.data ?? {};
  };
  const found = (await graphql('query ($t: String!) { activities(first: 1, filter: { title: { eq: $t } }) { nodes { id version } } }', { t: title })) as {
    activities: { nodes: { id: string; version: number }[] };
  };
  const [activity] = found.activities.nodes;
  await graphql('mutation ($input: UpdateActivityInput!) { updateActivity(input: $input) { id } }', {
    input: { id: activity.id, version: activity.version, title: newTitle },
  });
}

describe('changing the activity log', () => {
  let browser: Browser;
  beforeAll(async () => (browser = await launchBrowser()));
  afterAll(() => browser.close());

  it('a coordinator edits a logged activity, archives it, undoes that and archives it again', async () => {
    const page = await signedInPage(browser, 'coordinator');
    await openOwnProject(page);
    const title = `Planning meeting ${Date.now()}`;
    const form = page.getByTestId('quick-activity-form');
    await form.getByLabel('Title').fill(title);
    await form.getByLabel('Attendance').fill('6');
    await form.getByRole('button', { name: 'Log activity' }).click();
    await entryTitled(page, title).waitFor();
    const before = await logCount(page);

    // Edit opens the same fields as the quick log, filled in.
    await page.getByRole('button', { name: `Edit “${title}”` }).click();
    const edit = page.getByTestId('activity-edit-form');
    await edit.waitFor();
    await expectValue(edit.getByLabel('Title'), title);
    await expectValue(edit.getByLabel('Attendance'), '6');
    const today = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London' }).format(new Date());
    await expectValue(edit.getByTestId('activity-date'), today);
    await screenshotWhole(page, 'activity-edit-form');
    await expectNoSeriousA11yViolations(page, 'activity edit form');

    // The same rules as logging: a title is needed.
    await edit.getByLabel('Title').fill('');
    await edit.getByRole('button', { name: 'Save changes' }).click();
    await edit.getByText('Enter a title, so others know what happened.').waitFor();

    const renamed = `${title} (renamed)`;
    await edit.getByLabel('Title').fill(renamed);
    await edit.getByLabel('Attendance').fill('23');
    await edit.getByRole('button', { name: 'Save changes' }).click();
    const entry = entryTitled(page, renamed);
    await entry.filter({ hasText: '23 people attended' }).waitFor();
    await page.getByTestId('activity-notice').filter({ hasText: `Saved your changes to “${renamed}”.` }).waitFor();
    expect(await edit.count()).toBe(0);

    // Archive hides it at once, with Undo; Undo brings it back.
    await page.getByRole('button', { name: `Archive “${renamed}”` }).click();
    await page.getByTestId('activity-notice').filter({ hasText: `Archived “${renamed}”` }).waitFor();
    await entry.waitFor({ state: 'detached' });
    await waitForLogCount(page, before - 1);
    const undo = page.getByTestId('activity-undo');
    expect(await undo.evaluate((button) => button === document.activeElement)).toBe(true);
    await screenshotWhole(page, 'activity-archived-with-undo');
    await expectNoSeriousA11yViolations(page, 'activity log after archiving');
    await undo.click();
    await page.getByTestId('activity-notice').filter({ hasText: `Restored “${renamed}”` }).waitFor();
    await entry.filter({ hasText: '23 people attended' }).waitFor();
    await waitForLogCount(page, before);

    // Archived again, it stays gone after a fresh load: nothing only on screen.
    await page.getByRole('button', { name: `Archive “${renamed}”` }).click();
    await entry.waitFor({ state: 'detached' });
    await page.reload();
    await page.getByTestId('activity-log').locator('[data-testid="log-count"], [data-testid="log-empty"]').first().waitFor();
    expect(await entryTitled(page, renamed).count()).toBe(0);
    expect(await entryTitled(page, title).count()).toBe(0);
  });

  it('says when someone else changed the activity meanwhile, and keeps mine on request', async () => {
    const page = await signedInPage(browser, 'coordinator');
    await openOwnProject(page);
    const title = `Drop-in ${Date.now()}`;
    const form = page.getByTestId('quick-activity-form');
    await form.getByLabel('Title').fill(title);
    await form.getByRole('button', { name: 'Log activity' }).click();
    await entryTitled(page, title).waitFor();

    await page.getByRole('button', { name: `Edit “${title}”` }).click();
    const edit = page.getByTestId('activity-edit-form');
    await expectValue(edit.getByLabel('Title'), title);
    await changeTitleElsewhere(page, title, `${title} (theirs)`);

    await edit.getByLabel('Title').fill(`${title} (mine)`);
    await edit.getByRole('button', { name: 'Save changes' }).click();
    const conflict = edit.getByTestId('conflict-notice');
    await conflict.filter({ hasText: 'Someone changed this' }).waitFor();
    await expectNoSeriousA11yViolations(page, 'activity edit conflict');
    await conflict.getByRole('button', { name: 'Keep mine' }).click();
    await entryTitled(page, `${title} (mine)`).waitFor();
    expect(await edit.count()).toBe(0);
  });

  it('a viewer sees the log but no way to change it', async () => {
    const coordinator = await signedInPage(browser, 'coordinator');
    const url = await openOwnProject(coordinator);
    await coordinator.context().close();

    const page = await signedInPage(browser, 'viewer');
    await page.goto(url);
    await page.getByTestId('activity-log').locator('[data-testid="log-count"], [data-testid="log-empty"]').first().waitFor();
    await page.getByTestId('activity-timeline').locator('li.entry').first().waitFor();
    expect(await page.getByTestId('activity-edit').count()).toBe(0);
    expect(await page.getByTestId('activity-archive').count()).toBe(0);
    expect(await page.getByTestId('quick-activity-form').count()).toBe(0);
  });
});
