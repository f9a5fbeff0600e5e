import { readFileSync } from 'node:fs';
import { Browser, Page } from 'playwright-core';
import { baseUrl, launchBrowser } from './support/browser';
import { expectNoSeriousA11yViolations, expectValue, screenshotWhole } from './support/page-checks';
import { PHONE, signedInPage } from './support/personas';

const RUN = Date.now().toString(36);
const NAME = `Amira Haddad ${RUN}`;

/** The person the CEO adds, for the later tests: their page's path and their organisation's name. */
const added = { path: '', organisation: '' };

/** Asks the API as whoever is signed in on the page (the browser context holds the session cookie). */
async function gql<T>(page: Page, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const response = await page.context().request.post(`${baseUrl()}/graphql`, {
    data: { query, variables },
    headers: { 'x-requested-with': 'common-ground' },
  });
  const body = (await response.json()) as { data?: T; errors?: { message: string }[] };
  if (body.errors?.length) throw new Error(`GraphQL: ${body.errors.map((e) => e.message).join('; ')}`);
  return body.data as T;
}

async function expectNoOverflow(page: Page): Promise<void> {
  const overflow = await page.evaluate(() => {
    const content = document.querySelector('mat-sidenav-content') ?? document.documentElement;
    return content.scrollWidth - content.clientWidth;
  });
  expect(overflow).toBeLessThanOrEqual(1);
}

/** Waits for Material's animations (errors fading in, dialogs opening) to finish before a screenshot or check. */
async function animationsDone(page: Page): Promise<void> {
  await page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== 'running'));
  await page.waitForTimeout(200);
}

function personId(page: Page): string {
  return new URL(page.url()).pathname.split('/').pop() ?? '';
}

describe('people', () => {
  let browser: Browser;
  beforeAll(async () => (browser = await launchBrowser()));
  afterAll(() => browser.close());

  it('the CEO adds a person with consent from their organisation, edits them, adds and ends an affiliation, and downloads their data', async () => {
    const page = await signedInPage(browser, 'ceo');
    await page.goto(baseUrl());
    const own = page.getByTestId('dashboard-organisation');
    added.organisation = ((await own.textContent()) ?? '').trim();
    await own.click();
    await page.getByRole('heading', { level: 1, name: added.organisation, exact: true }).waitFor();

    await page.getByTestId('add-person').click();
    await page.getByRole('heading', { level: 1, name: 'Add a person' }).waitFor();
    await page.getByRole('group', { name: `Their role at ${added.organisation}` }).waitFor();

    // Messages sit next to the fields: a name first, then the consent rules.
    await page.getByTestId('person-save').click();
    await page.getByText('Enter their name.').waitFor();
    await page.getByTestId('person-name').fill(NAME);
    await page.getByTestId('person-email').fill('amira');
    await page.getByTestId('person-consent-purpose').fill('Invitations to the residents’ panel, by email');
    await page.getByTestId('person-save').click();
    await page.getByText('Enter an email address like name@example.org.').waitFor();
    await page
      .getByText('Choose the lawful basis for holding their details, as you have recorded consent details.')
      .waitFor();
    await page.getByTestId('person-email').fill(`amira.${RUN}@example.org`);
    await page.getByTestId('person-phone').fill('0113 496 0000');
    await page.getByLabel('Brings lived experience of the issues the work addresses').check();
    await page.getByTestId('person-lawful-basis').click();
    await page.getByRole('option', { name: /^Consent:/ }).click();
    await page.getByText('Enter the day they gave consent, as consent is the lawful basis.').waitFor();
    await page.getByTestId('person-consent-date').fill('05/01/2026');
    await page.getByTestId('person-role-title').fill('Volunteer coordinator');
    await animationsDone(page);
    await screenshotWhole(page, 'person-new');
    await expectNoSeriousA11yViolations(page, 'add a person form');

    await page.getByTestId('person-save').click();
    await page.waitForURL(/\/people\/[0-9a-f-]{36}$/);
    added.path = new URL(page.url()).pathname;
    await page.getByRole('heading', { level: 1, name: NAME }).waitFor();
    await page
      .getByTestId('person-announcement')
      .filter({ hasText: `${NAME} added.` })
      .waitFor();
    expect(await page.getByTestId('person-lawful-basis-value').textContent()).toContain(
      'Consent: they agreed to us holding their details',
    );
    expect(await page.getByTestId('person-consent-date-value').textContent()).toContain('05/01/2026');
    expect(await page.getByTestId('person-voice').textContent()).toContain('Brings lived experience');
    expect(await page.getByTestId('person-primary').textContent()).toContain(
      `Volunteer coordinator, ${added.organisation}`,
    );
    expect(await page.getByTestId('person-private-notes-value').count()).toBe(0);
    await screenshotWhole(page, 'person-page');
    await expectNoSeriousA11yViolations(page, 'person page');

    // The organisation's profile lists them, linked to their page.
    await page.getByTestId('affiliation').getByRole('link', { name: added.organisation }).click();
    await page.getByRole('heading', { level: 1, name: added.organisation, exact: true }).waitFor();
    const listed = page.getByTestId('organisation-people').getByRole('link', { name: NAME });
    await listed.waitFor();
    await screenshotWhole(page, 'organisation-profile-people');
    await listed.click();
    await page.getByRole('heading', { level: 1, name: NAME }).waitFor();

    // Edit: a private note appears once saved.
    await page.getByTestId('edit-person').click();
    await expectValue(page.getByTestId('person-name'), NAME);
    await page.getByTestId('person-private-notes').fill('Prefers a phone call in the afternoon.');
    await page.getByTestId('person-save').click();
    await page.getByTestId('person-announcement').filter({ hasText: 'changes saved' }).waitFor();
    expect(await page.getByTestId('person-private-notes-value').textContent()).toContain('Prefers a phone call');

    // A second affiliation, then its end.
    await page.getByTestId('add-affiliation').click();
    await page.getByTestId('affiliation-save').click();
    await page.getByText('Choose an organisation from the list.').waitFor();
    await page.getByTestId('affiliation-organisation').fill('an');
    const option = page.getByRole('option').filter({ hasNotText: 'No organisations match' }).first();
    await option.waitFor();
    const second = ((await option.textContent()) ?? '').split('·')[0].trim();
    await option.click();
    await page.getByTestId('affiliation-title').fill('Trustee');
    await page.getByTestId('affiliation-from').fill('01/04/2024');
    await page.getByTestId('affiliation-save').click();
    await page
      .getByTestId('affiliation-saved')
      .filter({ hasText: `Affiliation with ${second} added.` })
      .waitFor();
    const row = page.getByTestId('affiliation').filter({ hasText: second });
    expect(await row.getByTestId('affiliation-period').textContent()).toContain('Since 01/04/2024');
    expect(await page.getByTestId('affiliation').count()).toBe(2);

    await row.getByTestId('end-affiliation').click();
    await page.getByTestId('end-affiliation-panel').waitFor();
    await animationsDone(page);
    await screenshotWhole(page, 'person-end-affiliation');
    await expectNoSeriousA11yViolations(page, 'end an affiliation');
    await page.getByTestId('confirm-end-affiliation').click();
    await page
      .getByTestId('affiliation-saved')
      .filter({ hasText: `Affiliation with ${second} ended.` })
      .waitFor();
    expect(await row.getByTestId('affiliation-period').textContent()).toMatch(/01\/04\/2024 to \d{2}\/\d{2}\/\d{4}/);
    expect(await row.getByTestId('end-affiliation').count()).toBe(0);

    // The subject access export arrives as a JSON file with everything held about them.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('download-person-data').click(),
    ]);
    expect(download.suggestedFilename()).toMatch(
      new RegExp(`^personal-data-amira-haddad-${RUN}-\\d{4}-\\d{2}-\\d{2}\\.json$`),
    );
    const exported = JSON.parse(readFileSync(await download.path(), 'utf8')) as {
      person: { fullName: string; consentPurpose: string; privateNotes: string };
      affiliations: { organisation: string; title: string | null }[];
    };
    expect(exported.person.fullName).toBe(NAME);
    expect(exported.person.privateNotes).toContain('Prefers a phone call');
    expect(exported.affiliations.map((a) => a.organisation).sort()).toEqual([added.organisation, second].sort());
    await screenshotWhole(page, 'person-page-affiliations');
  });

  it('shows someone else’s change as a conflict, with reload or keep mine', async () => {
    const page = await signedInPage(browser, 'ceo');
    await page.goto(`${baseUrl()}${added.path}`);
    await page.getByTestId('edit-person').click();
    await expectValue(page.getByTestId('person-name'), NAME);

    // Someone else saves first.
    const id = personId(page);
    const { person } = await gql<{ person: { version: number } }>(
      page,
      'query ($id: ID!) { person(id: $id) { version } }',
      { id },
    );
    await gql(page, 'mutation ($input: UpdatePersonInput!) { updatePerson(input: $input) { version } }', {
      input: { id, version: person.version, phone: '0113 496 1111' },
    });

    await page.getByTestId('person-phone').fill('0113 496 2222');
    await page.getByTestId('person-save').click();
    const notice = page.getByTestId('conflict-notice');
    await notice.waitFor();
    expect(await notice.textContent()).toContain('Someone changed this');
    await notice.getByRole('button', { name: 'Reload' }).waitFor();
    await animationsDone(page);
    await screenshotWhole(page, 'person-conflict');
    await expectNoSeriousA11yViolations(page, 'person conflict notice');
    await notice.getByRole('button', { name: 'Keep mine' }).click();
    await page.getByTestId('person-announcement').filter({ hasText: 'changes saved' }).waitFor();
    expect(await page.getByTestId('person-phone-value').textContent()).toContain('0113 496 2222');
  });

  it('offers a viewer no changes, on the person, the list or the organisation', async () => {
    const page = await signedInPage(browser, 'viewer');
    await page.goto(`${baseUrl()}${added.path}`);
    await page.getByRole('heading', { level: 1, name: NAME }).waitFor();
    await page.getByTestId('read-only-reason').waitFor();
    for (const action of [
      'edit-person',
      'archive-person',
      'erase-person',
      'download-person-data',
      'add-affiliation',
      'edit-affiliation',
      'end-affiliation',
    ]) {
      expect(await page.getByTestId(action).count()).toBe(0);
    }

    await page.getByRole('navigation').getByRole('link', { name: 'People' }).click();
    await page.getByRole('heading', { level: 1, name: 'People' }).waitFor();
    expect(await page.getByTestId('new-person').count()).toBe(0);
    await page.getByTestId('person-search').fill(RUN);
    await page.waitForURL(new RegExp(`q=${RUN}`));
    await page.getByTestId('results-table').getByRole('link', { name: NAME }).waitFor();

    await page.getByTestId('results-table').getByRole('link', { name: added.organisation }).first().click();
    await page.getByRole('heading', { level: 1, name: added.organisation, exact: true }).waitFor();
    await page.getByTestId('organisation-people').getByRole('link', { name: NAME }).waitFor();
    expect(await page.getByTestId('add-person').count()).toBe(0);
  });

  it('lists people with search, sort, an empty state and pages', async () => {
    const page = await signedInPage(browser, 'ceo');
    await page.goto(`${baseUrl()}/people`);
    await page.getByTestId('results-summary').waitFor();
    expect(await page.getByTestId('results-summary').textContent()).toMatch(/^Showing 1–25 of [\d,]+ people$/);
    await screenshotWhole(page, 'people-list');
    await expectNoSeriousA11yViolations(page, 'people list');
    await page.getByRole('button', { name: 'Next page' }).click();
    await page
      .getByTestId('results-summary')
      .filter({ hasText: /^Showing 26–/ })
      .waitFor();

    await page.getByTestId('person-sort').click();
    await page.getByRole('option', { name: 'Newest first' }).click();
    await page.waitForURL(/sort=newest/);
    expect(new URL(page.url()).searchParams.get('page')).toBeNull();

    await page.getByTestId('person-search').fill(`qqqzzz${RUN}`);
    await page.getByText('No people found').waitFor();
    await screenshotWhole(page, 'people-list-empty');
    await expectNoSeriousA11yViolations(page, 'people list empty state');
    await page.getByRole('button', { name: 'Clear filters' }).first().click();
    await page.getByTestId('results-summary').waitFor();
  });

  it('archives and restores a person, then erases their data after saying what that does', async () => {
    const page = await signedInPage(browser, 'ceo');
    await page.goto(`${baseUrl()}${added.path}`);
    await page.getByRole('heading', { level: 1, name: NAME }).waitFor();

    await page.getByTestId('archive-person').click();
    await page.getByTestId('confirm-archive-person').click();
    await page.getByTestId('person-archived').waitFor();
    expect(await page.getByTestId('edit-person').count()).toBe(0);
    await page.getByTestId('restore-person').click();
    await page.getByTestId('person-announcement').filter({ hasText: 'restored' }).waitFor();
    await page.getByTestId('edit-person').waitFor();

    await page.getByTestId('erase-person').click();
    const dialog = page.getByRole('dialog', { name: `Erase ${NAME}’s personal data?` });
    await dialog.waitFor();
    expect(await dialog.textContent()).toContain('cannot be undone');
    await animationsDone(page);
    await screenshotWhole(page, 'person-erase-dialog');
    await expectNoSeriousA11yViolations(page, 'erase dialog');
    await dialog.getByTestId('confirm-erase').click();
    await page.getByRole('heading', { level: 1, name: 'Erased person' }).waitFor();
    expect(await page.getByTestId('person-email-value').textContent()).toContain('Not recorded');
    expect(await page.getByTestId('person-lawful-basis-value').textContent()).toContain('Not recorded');
  });

  it('fits a phone', async () => {
    const page = await signedInPage(browser, 'ceo', { viewport: PHONE });
    await page.goto(`${baseUrl()}/people`);
    await page.getByTestId('results-cards').waitFor();
    await expectNoOverflow(page);
    await screenshotWhole(page, 'people-list-phone');
    await expectNoSeriousA11yViolations(page, 'people list (phone)');

    await page.getByTestId('results-cards').getByRole('link').first().click();
    await page.waitForURL(/\/people\/[0-9a-f-]{36}$/);
    await page.getByTestId('affiliations').waitFor();
    await expectNoOverflow(page);
    await screenshotWhole(page, 'person-page-phone');
    await expectNoSeriousA11yViolations(page, 'person page (phone)');

    await page.goto(`${baseUrl()}/people/new`);
    await page.getByTestId('person-name').waitFor();
    await expectNoOverflow(page);
    await screenshotWhole(page, 'person-new-phone');
    await expectNoSeriousA11yViolations(page, 'add a person form (phone)');
  });
});
