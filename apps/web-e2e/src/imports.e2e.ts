import { resolve } from 'node:path';
import { Browser, Page } from 'playwright-core';
import { launchBrowser } from './support/browser';
import { expectNoSeriousA11yViolations, screenshotWhole } from './support/page-checks';
import { graphqlAs, signedInPage } from './support/personas';
import { StartedServer, WORKSPACE, startServer } from './support/server';

/** The real open data beside the project (../shared/data), read from there and never copied in. */
const SHARED_DATA = resolve(WORKSPACE, '../shared/data');
const COUNCILS = resolve(SHARED_DATA, 'mysociety-uk-local-authority-names-and-codes/uk_local_authorities.csv');
const WC_POSTCODES = resolve(SHARED_DATA, 'ons-nspl-nov2021-sample/NSPL_NOV_2021_UK_WC.csv');

interface JobReport {
  status: string;
  fileName: string;
  rowsRead: number;
  rowsTotal: number | null;
  report: { inserted: number; updated: number; unchanged: number; unmatchedCount: number } | null;
}

/**
 * Imports change reference data for the whole instance (hundreds of councils, thousands of
 * postcodes), so these tests run on a server of their own: the other browser tests keep the
 * demo county exactly as `npm start` makes it.
 */
describe('imports and exports', () => {
  let browser: Browser;
  let server: StartedServer;
  const sharedUrl = process.env.E2E_BASE_URL;

  beforeAll(async () => {
    browser = await launchBrowser();
    server = await startServer();
    process.env.E2E_BASE_URL = server.url;
  }, 180_000);
  afterAll(async () => {
    process.env.E2E_BASE_URL = sharedUrl;
    await browser?.close();
    await server?.stop();
  });

  async function openImports(page: Page): Promise<void> {
    await page.goto(server.url);
    await page.getByRole('navigation').getByRole('link', { name: 'Imports and exports' }).click();
    await page.getByRole('heading', { level: 1, name: 'Imports and exports' }).waitFor();
  }

  it('a viewer and the CEO read that imports are for instance admins, and see no upload', async () => {
    for (const persona of ['viewer', 'ceo'] as const) {
      const page = await signedInPage(browser, persona);
      await openImports(page);
      const sentence = page.getByTestId('imports-admins-only');
      await sentence.waitFor();
      expect(await sentence.textContent()).toContain('for instance admins only');
      // No place-data upload (the CEO, an organisation admin, may import grants and CSV: grants-360.e2e.ts, csv-import.e2e.ts).
      expect(await page.locator('[data-testid^="import-file-"]').count()).toBe(0);
      await page.getByRole('heading', { level: 2, name: 'Exports' }).waitFor();
      if (persona === 'viewer') {
        await screenshotWhole(page, 'imports-viewer');
        await expectNoSeriousA11yViolations(page, 'imports screen for a viewer');
      }
      await page.context().close();
    }
  });

  it('the instance admin uploads the mySociety council list and the WC postcodes, watches each finish and reads its report', async () => {
    const page = await signedInPage(browser, 'admin');
    await openImports(page);
    await page.getByTestId('no-imports').waitFor();
    // The steps come in the order a fresh instance needs them.
    const steps = await page
      .locator('[data-testid^="import-step-"]')
      .evaluateAll((nodes) => nodes.map((n) => n.getAttribute('data-testid')));
    expect(steps).toEqual(
      ['boundaries', 'code-changes', 'councils', 'iod-lsoa', 'lsoa-councils', 'iod-lad', 'postcodes', 'hex-layout'].map(
        (kind) => `import-step-${kind}`,
      ),
    );
    await screenshotWhole(page, 'imports-admin-steps');
    await expectNoSeriousA11yViolations(page, 'imports screen before any import');

    for (const [kind, file] of [
      ['councils', COUNCILS],
      ['postcodes', WC_POSTCODES],
    ] as const) {
      await page.getByTestId(`import-file-${kind}`).setInputFiles(file);
      await page.getByTestId(`import-upload-${kind}`).click();
      // The progress bar appears, then reaches done.
      const progress = page.getByTestId(`import-progress-${kind}`);
      await progress.locator('mat-progress-bar').waitFor();
      await page
        .locator(`[data-testid="import-progress-${kind}"][data-status="SUCCEEDED"]`)
        .waitFor({ timeout: 60_000 });
      expect(await progress.locator('[role="progressbar"]').getAttribute('aria-valuenow')).toBe('100');

      // The report on the screen is the API's.
      const { importJobs } = await graphqlAs<{ importJobs: { nodes: JobReport[] } }>(
        page,
        '{ importJobs(first: 1) { nodes { status fileName rowsRead rowsTotal report { inserted updated unchanged unmatchedCount } } } }',
      );
      const job = importJobs.nodes[0];
      expect(job.status).toBe('SUCCEEDED');
      expect(job.rowsTotal).toBe(job.rowsRead);
      const report = page.getByTestId(`import-report-${kind}`);
      const n = (value: number | undefined) => (value ?? -1).toLocaleString('en-GB');
      expect(await report.locator('.report-changes').textContent()).toMatch(
        new RegExp(
          `^${n(job.report?.inserted)} added, ${n(job.report?.updated)} changed, ${n(job.report?.unchanged)} unchanged[,.]`,
        ),
      );
      if (job.report && job.report.unmatchedCount > 0) {
        expect(await report.textContent()).toContain(`${job.report.unmatchedCount.toLocaleString('en-GB')} row`);
        expect(await page.getByTestId(`import-unmatched-${kind}`).locator('tbody tr').count()).toBeGreaterThan(0);
      }
    }
    expect(await page.getByTestId('import-report-postcodes').textContent()).toContain('7,455 rows read');

    // Both imports are listed, newest first, as done.
    const rows = page.getByTestId('recent-imports').locator('tbody tr');
    await page.waitForFunction(() => document.querySelectorAll('[data-testid="recent-imports"] tbody tr').length === 2);
    expect(await rows.first().getAttribute('data-status')).toBe('SUCCEEDED');
    expect(await rows.first().textContent()).toContain('NSPL_NOV_2021_UK_WC.csv');
    expect(await rows.nth(1).textContent()).toContain('uk_local_authorities.csv');
    await screenshotWhole(page, 'imports-admin-reports');
    await expectNoSeriousA11yViolations(page, 'imports screen with reports');
    await page.context().close();
  });

  it('an organisation’s postcode says where it lies, an unknown one says so, and the local authority can become its home place', async () => {
    const page = await signedInPage(browser, 'admin');
    const { createOrganisation } = await graphqlAs<{ createOrganisation: { id: string } }>(
      page,
      'mutation ($input: CreateOrganisationInput!) { createOrganisation(input: $input) { id } }',
      { input: { name: 'Strand Community Kitchen', type: 'CHARITY' } },
    );
    await page.goto(`${server.url}/organisations/${createOrganisation.id}`);
    await page.getByRole('heading', { level: 1, name: 'Strand Community Kitchen' }).waitFor();
    await page.getByTestId('edit-organisation').click();

    const postcode = page.getByTestId('org-postcode');
    const places = page.getByTestId('org-postcode-places');
    expect(await places.getAttribute('aria-live')).toBe('polite');
    await postcode.fill('wc2n 5du');
    await postcode.blur();
    await page.waitForFunction(() =>
      document
        .querySelector('[data-testid="org-postcode-places"]')
        ?.textContent?.includes('local authority Westminster'),
    );
    // The WC sample's LSOA and IMD rank, as the NSPL gives them (the IoD LSOA file is not imported here).
    expect((await places.textContent())?.trim()).toBe(
      'In LSOA E01004736 (IMD rank 24,862), ward E05000644, local authority Westminster.',
    );
    await screenshotWhole(page, 'organisation-postcode-found');

    await postcode.fill('LE1 5WS');
    await postcode.blur();
    await page.waitForFunction(() =>
      document.querySelector('[data-testid="org-postcode-places"]')?.textContent?.includes('We do not have LE1 5WS'),
    );
    expect((await places.textContent())?.trim()).toBe(
      'We do not have LE1 5WS in the postcode lookup; import the ONS postcode lookup (NSPL) to add it.',
    );
    await screenshotWhole(page, 'organisation-postcode-unknown');
    await expectNoSeriousA11yViolations(page, 'organisation form with an unknown postcode');

    // Saved with the Westminster postcode, the profile shows where it lies and offers its council as home place.
    await postcode.fill('WC2N 5DU');
    await page.getByTestId('org-save').click();
    await page.getByTestId('profile-postcode-places').waitFor();
    expect(await page.getByTestId('profile-postcode-places').textContent()).toContain('local authority Westminster');
    await page.getByRole('button', { name: 'Use Westminster as home place' }).click();
    await page.getByTestId('use-postcode-home-place').waitFor({ state: 'detached' });
    await page.getByText('Westminster is now the home place.').first().waitFor({ state: 'attached' });
    const { organisation } = await graphqlAs<{ organisation: { homePlace: { name: string; code: string } | null } }>(
      page,
      'query ($id: ID!) { organisation(id: $id) { homePlace { name code } } }',
      { id: createOrganisation.id },
    );
    expect(organisation.homePlace).toEqual({ name: 'Westminster', code: 'E09000033' });
    await screenshotWhole(page, 'organisation-postcode-home-place');
    await expectNoSeriousA11yViolations(page, 'organisation profile with postcode places');
    await page.context().close();
  });
});
