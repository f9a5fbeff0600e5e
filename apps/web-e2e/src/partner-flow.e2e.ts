import { Browser, Page } from 'playwright-core';
import { baseUrl, launchBrowser } from './support/browser';
import { expectNoSeriousA11yViolations, screenshotWhole, expectValue } from './support/page-checks';
import { PHONE, graphqlAs, signedInPage } from './support/personas';

const CEO_CHARITY = 'Fenwick Refugee Trust';

/** Waits for transitions (an error fading in) to finish, so axe measures the colours people see. */
async function settled(page: Page): Promise<void> {
  await page.waitForFunction(() => document.getAnimations().every((animation) => animation.playState !== 'running'));
}

function summary(page: Page) {
  return page.getByTestId('results-summary');
}

/** Searches the directory and returns the profile paths of the matches, best first. */
async function searchDirectory(page: Page, text: string): Promise<string[]> {
  await page.goto(`${baseUrl()}/organisations`);
  await summary(page).waitFor();
  await page.getByLabel('Search by name').fill(text);
  await page.waitForURL(new RegExp(`q=${encodeURIComponent(text).replace(/%20/g, '(\\+|%20)')}`));
  await summary(page).filter({ hasNotText: 'of 160 organisations' }).waitFor();
  return page
    .locator('[data-testid="results-table"] tbody th a, [data-testid="results-cards"] a')
    .evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).pathname));
}

/**
 * An organisation (found by search) that the CEO's charity has no working relationship with yet, so
 * this test's tie breaks nothing another test counts on. Returns its name.
 */
async function findUntiedOrganisation(page: Page): Promise<string> {
  for (const search of ['Logistics', 'Bakery', 'Engineering']) {
    for (const path of await searchDirectory(page, search)) {
      await page.goto(`${baseUrl()}${path}`);
      await page.getByRole('heading', { level: 2, name: 'Ties to other organisations' }).waitFor();
      const ties = (await page.getByTestId('ties').textContent()) ?? '';
      if (!ties.includes(CEO_CHARITY) && (await page.getByTestId('add-partner').count()) === 1) {
        return ((await page.getByRole('heading', { level: 1 }).textContent()) ?? '').trim();
      }
    }
  }
  throw new Error('Every candidate organisation is already tied to the CEO’s charity');
}

/** The relationship entry for the CEO's charity in the profile's "Working relationships" group. */
function charityTie(page: Page) {
  return page.getByTestId('ties').locator('li').filter({ has: page.getByRole('link', { name: CEO_CHARITY, exact: true }) });
}

describe('partner flow', () => {
  let browser: Browser;
  beforeAll(async () => (browser = await launchBrowser()));
  afterAll(() => browser.close());

  it('a CEO finds an organisation by search, adds it as a partner with strength, trust and value, and sees the tie', async () => {
    const page = await signedInPage(browser, 'ceo');
    const name = await findUntiedOrganisation(page);

    // The way a person does it: search the directory, open the profile.
    await searchDirectory(page, name);
    await page.getByTestId('results-table').getByRole('link', { name, exact: true }).first().click();
    await page.getByRole('heading', { level: 1, name, exact: true }).waitFor();
    const organisationId = new URL(page.url()).pathname.split('/').pop() as string;

    await page.getByRole('button', { name: 'Add as partner' }).click();
    const form = page.getByTestId('partner-form');
    await form.waitFor();
    await page.getByRole('heading', { level: 2, name: `Add ${name} as a partner` }).waitFor();
    await screenshotWhole(page, 'partner-form');
    await expectNoSeriousA11yViolations(page, 'add partner form');

    // Saving with nothing chosen says what is missing, next to each question.
    await form.getByRole('button', { name: 'Add partner' }).click();
    await form.getByText('Choose how you work together.').waitFor();
    await form.getByText('Choose how strong the tie is.').waitFor();
    await settled(page);
    await screenshotWhole(page, 'partner-form-errors');
    await settled(page);
    await expectNoSeriousA11yViolations(page, 'add partner form with errors');

    await form.getByRole('combobox', { name: 'How you work together' }).click();
    await page.getByRole('option', { name: 'Refers people to' }).click();
    await form.getByRole('radio', { name: /^One way: from/ }).check();
    await form.getByRole('radio', { name: '4 Strong' }).check();
    await form.getByRole('group', { name: 'Trust (optional)' }).getByRole('radio', { name: '3 A fair amount' }).check();
    await form.getByRole('group', { name: 'Value (optional)' }).getByRole('radio', { name: '2 A small amount' }).check();
    await form.getByLabel('Since').fill('01/04/2025');
    await form.getByLabel('Notes').fill('Monthly referrals for work placements.');
    await form.getByRole('radio', { name: /^Public/ }).check();
    await form.getByRole('button', { name: 'Add partner' }).click();

    // The tie shows in "Ties to other organisations" without a reload.
    await form.waitFor({ state: 'detached' });
    await page.getByTestId('profile-announcement').filter({ hasText: `${name} added as a partner.` }).waitFor();
    await charityTie(page).filter({ hasText: 'Strength 4 of 5' }).waitFor();
    const tie = (await charityTie(page).textContent()) ?? '';
    expect(tie).toContain('Refers people to');
    expect(tie).toContain('Trust 3 of 4');
    expect(tie).toContain('Value 2 of 4');
    const mine = page.getByTestId('my-relationship-summary');
    expect(await mine.textContent()).toContain(`Refers people to, from ${CEO_CHARITY} to ${name}`);
    expect(await mine.textContent()).toContain('since 01/04/2025');
    await screenshotWhole(page, 'partner-added');
    await expectNoSeriousA11yViolations(page, 'profile with the new tie');

    // Change the strength.
    await page.getByRole('button', { name: 'Change this relationship' }).click();
    await form.waitFor();
    expect(await form.getByRole('radio', { name: '4 Strong' }).isChecked()).toBe(true);
    await form.getByRole('radio', { name: '2 Light' }).check();
    await form.getByRole('button', { name: 'Save changes' }).click();
    await form.waitFor({ state: 'detached' });
    await charityTie(page).filter({ hasText: 'Strength 2 of 5' }).waitFor();

    // Someone else saves while the form is open: "Someone changed this", then keep mine.
    await page.getByRole('button', { name: 'Change this relationship' }).click();
    await form.waitFor();
    await form.getByRole('radio', { name: '5 Very strong' }).check();
    const found = await graphqlAs<{ relationships: { nodes: { id: string; version: number; fromOrganisation: { name: string } }[] } }>(
      page,
      'query ($id: ID!) { relationships(first: 50, filter: { organisation: { eq: $id } }) { nodes { id version fromOrganisation { name } } } }',
      { id: organisationId },
    );
    const ours = found.relationships.nodes.find((r) => r.fromOrganisation.name === CEO_CHARITY);
    expect(ours).toBeDefined();
    await graphqlAs(page, 'mutation ($input: UpdateRelationshipInput!) { updateRelationship(input: $input) { id } }', {
      input: { id: ours?.id, version: ours?.version, notes: 'Changed by a colleague.' },
    });
    await form.getByRole('button', { name: 'Save changes' }).click();
    const conflict = form.getByTestId('conflict-notice');
    await conflict.getByText('Someone changed this').waitFor();
    await screenshotWhole(page, 'partner-form-conflict');
    await expectNoSeriousA11yViolations(page, 'partner form conflict');
    await conflict.getByRole('button', { name: 'Keep mine' }).click();
    await form.waitFor({ state: 'detached' });
    await charityTie(page).filter({ hasText: 'Strength 5 of 5' }).waitFor();

    // End the relationship: it leaves the profile (archived, not deleted), so other tests see the demo as it was.
    await page.getByRole('button', { name: 'Change this relationship' }).click();
    await form.getByRole('button', { name: 'End relationship…' }).click();
    await form.getByTestId('confirm-end').waitFor();
    await expectNoSeriousA11yViolations(page, 'end relationship confirmation');
    await form.getByTestId('partner-end-confirm').click();
    await page.getByTestId('profile-announcement').filter({ hasText: `Relationship with ${name} ended.` }).waitFor();
    await page.getByTestId('my-relationships').waitFor({ state: 'detached' });
    await charityTie(page).first().waitFor({ state: 'detached' });
    await screenshotWhole(page, 'partner-ended');
  });

  it('shows the partner form on a phone', async () => {
    const page = await signedInPage(browser, 'ceo', { viewport: PHONE });
    const name = await findUntiedOrganisation(page);
    await page.getByRole('heading', { level: 1, name, exact: true }).waitFor();
    await screenshotWhole(page, 'partner-profile-phone');
    await page.getByRole('button', { name: 'Add as partner' }).click();
    await page.getByTestId('partner-form').waitFor();
    await screenshotWhole(page, 'partner-form-phone');
    await expectNoSeriousA11yViolations(page, 'add partner form (phone)');
    await page.getByTestId('partner-form').getByRole('button', { name: 'Cancel' }).click();
    await page.getByRole('button', { name: 'Add as partner' }).waitFor();
  });

  it('a viewer sees no edit actions, and one line saying why', async () => {
    const page = await signedInPage(browser, 'viewer');
    const [path] = await searchDirectory(page, 'Logistics');
    expect(await page.getByRole('link', { name: 'New organisation' }).count()).toBe(0);
    await page.goto(`${baseUrl()}${path}`);
    await page.getByRole('heading', { level: 2, name: 'Ties to other organisations' }).waitFor();
    expect(await page.getByRole('button', { name: 'Add as partner' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Edit details' }).count()).toBe(0);
    expect(await page.getByTestId('read-only-reason').textContent()).toMatch(/only your organisation’s administrators/);

    await searchDirectory(page, CEO_CHARITY);
    await page.getByTestId('results-table').getByRole('link', { name: CEO_CHARITY, exact: true }).first().click();
    await page.getByRole('heading', { level: 1, name: CEO_CHARITY }).waitFor();
    expect(await page.getByRole('button', { name: 'Edit details' }).count()).toBe(0);
    await page.getByTestId('read-only-reason').waitFor();
    await screenshotWhole(page, 'profile-viewer');
    await expectNoSeriousA11yViolations(page, 'profile as a viewer');
  });

  it('a CEO edits their own organisation’s description and sees it saved; a bad identifier is explained next to its field', async () => {
    const page = await signedInPage(browser, 'ceo');
    await searchDirectory(page, CEO_CHARITY);
    await page.getByTestId('results-table').getByRole('link', { name: CEO_CHARITY, exact: true }).first().click();
    await page.getByRole('heading', { level: 1, name: CEO_CHARITY }).waitFor();
    expect(await page.getByRole('button', { name: 'Add as partner' }).count()).toBe(0);

    await page.getByRole('button', { name: 'Edit details' }).click();
    const form = page.getByTestId('organisation-form');
    await form.waitFor();
    await expectValue(form.getByLabel('Name'), CEO_CHARITY);
    await screenshotWhole(page, 'organisation-edit-form');
    await expectNoSeriousA11yViolations(page, 'edit organisation form');

    // An identifier the org-id scheme does not know: the API's message shows under the box.
    await page.getByLabel('Add an identifier').fill('GB-NOPE-12');
    await page.getByRole('button', { name: 'Add', exact: true }).click();
    const identifierError = page.getByTestId('identifier-error');
    await identifierError.waitFor();
    expect((await identifierError.textContent())?.trim().length).toBeGreaterThan(5);
    await settled(page);
    await expectNoSeriousA11yViolations(page, 'edit organisation form with an identifier error');

    const description = 'Welcomes refugees and people seeking asylum across Wyvernshire: advice, English classes and friendship.';
    await form.getByLabel('Description').fill(description);
    await form.getByRole('button', { name: 'Save changes' }).click();
    await form.waitFor({ state: 'detached' });
    await page.getByTestId('profile-announcement').filter({ hasText: 'Details saved.' }).waitFor();
    await page.locator('.description').filter({ hasText: description }).waitFor();
    await screenshotWhole(page, 'organisation-edited');

    await page.reload();
    await page.locator('.description').filter({ hasText: description }).waitFor();
  });

  it('a CEO adding an organisation with an identifier another holds sees the error next to the field', async () => {
    const page = await signedInPage(browser, 'ceo');
    await searchDirectory(page, CEO_CHARITY);
    await page.getByTestId('results-table').getByRole('link', { name: CEO_CHARITY, exact: true }).first().click();
    await page.getByRole('heading', { level: 1, name: CEO_CHARITY }).waitFor();
    const taken = ((await page.locator('.identifier').first().textContent()) ?? '').trim();
    expect(taken).toMatch(/^GB-/);

    await page.goto(`${baseUrl()}/organisations`);
    await page.getByRole('link', { name: 'New organisation' }).click();
    await page.getByRole('heading', { level: 1, name: 'New organisation' }).waitFor();
    expect(await page.title()).toBe('New organisation – Common Ground');
    await screenshotWhole(page, 'organisation-new');
    await expectNoSeriousA11yViolations(page, 'new organisation form');

    const form = page.getByTestId('new-organisation-form');
    await form.getByLabel('Name').fill('Saltmarsh Seed Library');
    await form.getByRole('combobox', { name: 'Type' }).click();
    await page.getByRole('option', { name: 'Community group' }).click();
    await form.getByLabel('Postcode (optional)').fill('wy1 2ab');
    await form.getByLabel('Identifiers (optional)').fill(taken);
    await form.getByRole('button', { name: 'Add organisation' }).click();
    const error = page.getByTestId('new-org-identifiers-error');
    await error.waitFor();
    expect(await error.textContent()).toContain('Another organisation already holds this identifier');
    // The message is tied to the field for screen readers too.
    const describedBy = (await form.getByLabel('Identifiers (optional)').getAttribute('aria-describedby')) ?? '';
    expect(describedBy).toContain((await error.getAttribute('id')) ?? 'no id');
    await settled(page);
    await screenshotWhole(page, 'organisation-new-duplicate');
    await expectNoSeriousA11yViolations(page, 'new organisation form with a duplicate identifier');

    // Without the identifier it saves and opens the new profile.
    await form.getByLabel('Identifiers (optional)').fill('');
    await form.getByRole('button', { name: 'Add organisation' }).click();
    await page.getByRole('heading', { level: 1, name: 'Saltmarsh Seed Library' }).waitFor();
    expect(await page.getByTestId('organisation-kind').textContent()).toContain('Community group');
    const id = new URL(page.url()).pathname.split('/').pop();

    // Archive it again: the other browser tests count the demo's 160 organisations.
    const admin = await signedInPage(browser, 'admin');
    const { organisation } = await graphqlAs<{ organisation: { version: number } }>(
      admin,
      'query ($id: ID!) { organisation(id: $id) { version } }',
      { id },
    );
    await graphqlAs(admin, 'mutation ($input: RecordVersionInput!) { archiveOrganisation(input: $input) { id } }', {
      input: { id, version: organisation.version },
    });
  });
});
