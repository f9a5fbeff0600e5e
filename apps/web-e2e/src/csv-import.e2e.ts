import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Browser, Page } from 'playwright-core';
import { launchBrowser } from './support/browser';
import { expectNoSeriousA11yViolations, screenshotWhole } from './support/page-checks';
import { graphqlAs, signedInPage } from './support/personas';
import { StartedServer, WORKSPACE, startServer } from './support/server';

const FILES = join(WORKSPACE, 'test-output/csv-import');

/** A members list as a charity keeps it: one row has a type Common Ground does not know. */
const WITH_ERROR = `Name,Type,Postcode,Themes
Moss Side Youth Choir,Community group,M14 4PX,youth; music
Hulme Tool Library,Library,M15 5XX,reuse
`;
const FIXED = WITH_ERROR.replace('Hulme Tool Library,Library', 'Hulme Tool Library,Community group');

/**
 * A charity's CEO brings its members list in from a spreadsheet: the check (a dry run) finds a
 * row with an unknown type, she fixes the row, checks again and imports, then finds the result
 * and the history. Runs on a server of its own, since it adds records to the demo county.
 */
describe('CSV import on the Imports and exports screen', () => {
  let browser: Browser;
  let server: StartedServer;
  const sharedUrl = process.env.E2E_BASE_URL;

  beforeAll(async () => {
    await mkdir(FILES, { recursive: true });
    await writeFile(join(FILES, 'members.csv'), WITH_ERROR);
    await writeFile(join(FILES, 'members-fixed.csv'), FIXED);
    browser = await launchBrowser();
    server = await startServer();
    process.env.E2E_BASE_URL = server.url;
  }, 180_000);
  afterAll(async () => {
    process.env.E2E_BASE_URL = sharedUrl;
    await browser?.close();
    await server?.stop();
  });

  async function check(page: Page, file: string): Promise<void> {
    await page.getByTestId('csv-file').setInputFiles(join(FILES, file));
    await page.getByTestId('csv-check').click();
    await page.getByTestId('csv-dry-run').waitFor({ timeout: 30_000 });
  }

  it('checks a file, shows the row error by field, takes the fixed file and imports it', async () => {
    const page = await signedInPage(browser, 'ceo');
    await page.goto(server.url);
    await page.getByRole('navigation').getByRole('link', { name: 'Imports and exports' }).click();
    await page.getByRole('heading', { level: 2, name: 'Records from a spreadsheet' }).waitFor();
    await page.getByTestId('csv-no-history').waitFor();
    await page.getByTestId('csv-source').fill('Members list');

    await check(page, 'members.csv');
    const counts = page.getByTestId('csv-counts');
    expect(await counts.textContent()).toBe('2 rows: 1 to create, 0 to update, 0 already there, 1 with errors.');
    const errors = page.getByTestId('csv-row-errors');
    expect(await errors.locator('tbody tr').count()).toBe(1);
    expect(await errors.locator('tbody tr').textContent()).toContain('type: “Library” is not one of CHARITY');
    // The headings were matched to fields by themselves.
    expect(await page.getByTestId('csv-map-name').textContent()).toContain('Name');
    await screenshotWhole(page, 'csv-import-dry-run-error');
    await expectNoSeriousA11yViolations(page, 'CSV dry run with a row error');
    const nothingYet = await graphqlAs<{ organisations: { totalCount: number } }>(
      page,
      '{ organisations(search: "Hulme Tool Library") { totalCount } }',
    );
    expect(nothingYet.organisations.totalCount).toBe(0);

    await page.getByTestId('csv-start-again').click();
    await check(page, 'members-fixed.csv');
    expect(await counts.textContent()).toBe('2 rows: 2 to create, 0 to update, 0 already there.');
    expect(await page.getByTestId('csv-row-errors').count()).toBe(0);
    await screenshotWhole(page, 'csv-import-dry-run-clean');

    await page.getByTestId('csv-import-now').click();
    const result = page.getByTestId('csv-result');
    await result.waitFor({ timeout: 30_000 });
    expect(await result.getByRole('status').textContent()).toBe('2 rows: 2 created, 0 updated, 0 already there.');
    await result.getByTestId('csv-result-rows').locator('summary').click();
    await result.getByRole('link', { name: 'Hulme Tool Library' }).waitFor();
    const history = page.getByTestId('csv-history').locator('tbody tr');
    await history.first().waitFor();
    expect(await history.first().textContent()).toContain('members-fixed.csv');
    await screenshotWhole(page, 'csv-import-result');
    await expectNoSeriousA11yViolations(page, 'CSV import result');

    // The new records are the charity's own, private as chosen, and open from the result.
    const { organisations } = await graphqlAs<{ organisations: { nodes: { name: string; visibility: string }[] } }>(
      page,
      '{ organisations(search: "Hulme Tool Library") { nodes { name visibility } } }',
    );
    expect(organisations.nodes).toEqual([{ name: 'Hulme Tool Library', visibility: 'PRIVATE' }]);
    await result.getByRole('link', { name: 'Hulme Tool Library' }).click();
    await page.getByRole('heading', { level: 1, name: 'Hulme Tool Library' }).waitFor();
    await page.context().close();
  }, 120_000);

  it('an instance admin with no organisation imports on behalf of the organisation they choose', async () => {
    await writeFile(join(FILES, 'on-behalf.csv'), 'Name,Type\nOld Trafford Repair Cafe,Community group\n');
    const page = await signedInPage(browser, 'admin');
    await page.goto(`${server.url}/imports-and-exports`);
    await page.getByRole('heading', { level: 2, name: 'Records from a spreadsheet' }).waitFor();
    const { organisations } = await graphqlAs<{ organisations: { nodes: { id: string; name: string }[] } }>(
      page,
      '{ organisations(first: 1, sort: [{ field: NAME, direction: ASC }]) { nodes { id name } } }',
    );
    const [chosen] = organisations.nodes;
    expect(await page.getByTestId('csv-check').isDisabled()).toBe(true);
    await page.getByTestId('csv-owner').fill(chosen.name);
    await page.getByRole('option', { name: chosen.name }).first().click();
    await check(page, 'on-behalf.csv');
    await page.getByTestId('csv-import-now').click();
    await page.getByTestId('csv-result').waitFor({ timeout: 30_000 });
    await screenshotWhole(page, 'csv-import-instance-admin');
    const made = await graphqlAs<{ organisations: { nodes: { name: string }[] } }>(
      page,
      '{ organisations(search: "Old Trafford Repair Cafe") { nodes { name } } }',
    );
    expect(made.organisations.nodes).toEqual([{ name: 'Old Trafford Repair Cafe' }]);
    const [owner] = await graphqlAs<{ csvImports: { nodes: { organisationName: string }[] } }>(
      page,
      '{ csvImports(first: 1) { nodes { organisationName } } }',
    ).then((answer) => answer.csvImports.nodes);
    expect(owner.organisationName).toBe(chosen.name);
    await page.context().close();
  }, 120_000);

  it('a viewer is told who can import, and sees no archive to download', async () => {
    const page = await signedInPage(browser, 'viewer');
    await page.goto(`${server.url}/imports-and-exports`);
    await page.getByTestId('csv-import-not-allowed').waitFor();
    expect(await page.getByTestId('csv-file').count()).toBe(0);
    expect(await page.getByTestId('archive-download').count()).toBe(0);
    await page.context().close();
  });
});
