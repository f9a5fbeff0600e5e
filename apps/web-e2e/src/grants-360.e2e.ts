import { writeFileSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Browser, Page } from 'playwright-core';
import { launchBrowser } from './support/browser';
import { expectNoSeriousA11yViolations, screenshotWhole } from './support/page-checks';
import { graphqlAs, signedInPage } from './support/personas';
import { StartedServer, WORKSPACE, startServer } from './support/server';
import { readFileSync } from 'node:fs';

/** Trafford's grants in the 360Giving flat CSV form, read from the shared data (never copied in). */
const TRAFFORD_CSV = resolve(
  WORKSPACE,
  '../shared/data/trafforddatalab-grants/trafford_council_voluntary_sector_grants_360_giving_format.csv',
);

/**
 * A funder's admin imports Trafford's grants on the Imports and exports screen: a file with a bad
 * date is refused with the row to fix, the corrected file imports with a progress bar and a
 * report, and the report is still there after a reload. On a server of its own, as the import
 * adds hundreds of organisations to the demo county.
 */
describe('360Giving import on the Imports and exports screen', () => {
  let browser: Browser;
  let server: StartedServer;
  let dir: string;
  const sharedUrl = process.env.E2E_BASE_URL;

  beforeAll(async () => {
    browser = await launchBrowser();
    server = await startServer();
    process.env.E2E_BASE_URL = server.url;
    dir = await mkdtemp(join(tmpdir(), 'cg-e2e-360-'));
  }, 180_000);
  afterAll(async () => {
    process.env.E2E_BASE_URL = sharedUrl;
    await browser?.close();
    await server?.stop();
  });

  async function openImports(page: Page): Promise<void> {
    await page.goto(server.url);
    await page.getByRole('navigation').getByRole('link', { name: 'Imports and exports' }).click();
    await page.getByTestId('grant-import').waitFor();
  }

  it('refuses a file with a bad date naming the row, then imports the corrected file and keeps its report', async () => {
    const page = await signedInPage(browser, 'funder');
    await openImports(page);
    await screenshotWhole(page, 'grants-360-form');

    // Line 4 says the 31st of February.
    const lines = readFileSync(TRAFFORD_CSV, 'utf8').split('\n');
    lines[3] = lines[3].replace(',2013-01-18,', ',31/02/2013,');
    const broken = join(dir, 'trafford-grants.csv');
    writeFileSync(broken, lines.join('\n'));
    await page.getByTestId('grant-file').setInputFiles(broken);
    await page.getByTestId('grant-upload').click();
    await page.locator('[data-testid="grant-report"][data-status="FAILED"]').waitFor({ timeout: 120_000 });
    const problems = page.getByTestId('grant-problems');
    expect(await problems.textContent()).toContain('not a real date: the award date 2013-02-31 is not in the calendar');
    expect(await problems.locator('tbody tr td').first().textContent()).toBe('4');
    await screenshotWhole(page, 'grants-360-row-error');
    await expectNoSeriousA11yViolations(page, 'the grants step with a refused file');

    // Fixed: the original file, shared with partners only.
    await page.getByTestId('grant-visibility').selectOption('PARTNERS');
    await page.getByTestId('grant-file').setInputFiles(TRAFFORD_CSV);
    await page.getByTestId('grant-upload').click();
    await page.getByTestId('grant-progress').waitFor();
    await page.locator('[data-testid="grant-report"][data-status="SUCCEEDED"]').waitFor({ timeout: 120_000 });
    const report = page.getByTestId('grant-report');
    expect(await report.textContent()).toContain('366 grants added, 0 changed, 0 unchanged.');
    expect(await report.textContent()).toContain('organisations created');
    await screenshotWhole(page, 'grants-360-imported');
    await expectNoSeriousA11yViolations(page, 'the grants step after an import');

    // The job lives on the server: a reload shows it again.
    await page.reload();
    await page.locator('[data-testid="grant-report"][data-status="SUCCEEDED"]').waitFor();
    expect(await page.getByTestId('grant-progress').textContent()).toContain('366 grants read');
    await page.context().close();
  }, 300_000);

  it('an instance admin with no organisation checks a file for the organisation they choose', async () => {
    // Ten of Trafford's grants under identifiers of their own, so that nobody holds them yet.
    const lines = readFileSync(TRAFFORD_CSV, 'utf8').split('\n').slice(0, 11);
    const fresh = join(dir, 'new-grants.csv');
    writeFileSync(
      fresh,
      [lines[0], ...lines.slice(1).map((line) => line.replace('360G-traffordmbc-', '360G-admincheck-'))].join('\n'),
    );
    const page = await signedInPage(browser, 'admin');
    await openImports(page);
    await page.getByTestId('grant-file').setInputFiles(fresh);
    // Imported grants always have an owner, so nothing can be sent until one is chosen.
    expect(await page.getByTestId('grant-check').isDisabled()).toBe(true);
    const { organisations } = await graphqlAs<{ organisations: { nodes: { name: string }[] } }>(
      page,
      '{ organisations(first: 1, sort: [{ field: NAME, direction: ASC }]) { nodes { name } } }',
    );
    const [chosen] = organisations.nodes;
    await page.getByTestId('grant-owner').fill(chosen.name);
    await page.getByRole('option', { name: chosen.name }).first().click();
    await page.getByTestId('grant-check').click();
    await page.locator('[data-testid="grant-report"][data-status="SUCCEEDED"]').waitFor({ timeout: 120_000 });
    expect(await page.getByTestId('grant-report').textContent()).toContain(
      'Check only, nothing was imported: 10 grants would be added',
    );
    await screenshotWhole(page, 'grants-360-instance-admin-check');
    await expectNoSeriousA11yViolations(page, 'the grants step for an instance admin');
    await page.context().close();
  }, 300_000);
});
