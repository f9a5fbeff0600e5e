import { PlaceLevel } from '@cg/shared/domain';
import { writeFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { addIdentifier, makeOrganisation, makePlace } from '../support/org-factories';
import { startTestApp, TestApp } from '../support/test-app';
import { signedInAs } from '../support/users';
import { CHARITY_COMPANY_LINKS, importsIdle, JOB, JobAnswer, upload } from './grant-files';

describe('charity ↔ company lookups recognise one body under two ids', () => {
  let testApp: TestApp;
  let dir: string;

  beforeAll(async () => {
    testApp = await startTestApp();
    dir = await mkdtemp(join(tmpdir(), 'cg-360-links-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
    await testApp?.close();
  });

  it('imports the lookup as reference data (instance admins only), then matches a grant by the company number', async () => {
    const instanceAdmin = testApp.client();
    const started = await upload(testApp, 'charity-links', CHARITY_COMPANY_LINKS, instanceAdmin.cookieJar());
    expect(started.status).toBe(202);
    await importsIdle(testApp);
    const links = (await instanceAdmin.data<{ importJob: JobAnswer }>(JOB, { id: started.body.id })).importJob;
    expect(links).toMatchObject({ status: 'SUCCEEDED', rowsRead: 4399, rowsTotal: 4399 });
    expect(links.report?.inserted).toBeGreaterThan(4300);

    // A re-import adds nothing.
    const again = await upload(testApp, 'charity-links', CHARITY_COMPANY_LINKS, instanceAdmin.cookieJar());
    await importsIdle(testApp);
    expect(
      (await instanceAdmin.data<{ importJob: JobAnswer }>(JOB, { id: again.body.id })).importJob.report,
    ).toMatchObject({
      inserted: 0,
      unchanged: 4399,
    });

    const importer = await makeOrganisation(testApp.dataSource, { name: 'Newcastle Community Fund' });
    const orgAdmin = await signedInAs(testApp, 'links@example.org', importer);
    expect((await upload(testApp, 'charity-links', CHARITY_COMPANY_LINKS, orgAdmin.cookieJar())).status).toBe(403);

    // Known by its charity number; the funder's file names it by its company number.
    const denton = await makeOrganisation(testApp.dataSource, { name: 'Denton Burn Community Association' });
    await addIdentifier(testApp.dataSource, denton, 'GB-CHC-1000611');
    await makePlace(testApp.dataSource, {
      code: 'E08000021',
      name: 'Newcastle upon Tyne',
      level: PlaceLevel.LOCAL_AUTHORITY,
    });
    const file = join(dir, 'grants.json');
    writeFileSync(
      file,
      JSON.stringify({
        grants: [
          {
            id: '360G-ncf-1',
            title: 'Community café',
            description: 'Running costs for the café',
            currency: 'GBP',
            amountAwarded: 5000,
            awardDate: '2024-04-01',
            plannedDates: [{ startDate: '2024-04-01', endDate: '2026-03-31' }],
            recipientOrganization: [{ id: 'GB-COH-08591698', name: 'DENTON BURN COMMUNITY ASSOCIATION' }],
            fundingOrganization: [{ id: '360G-ncf', name: 'Newcastle Community Fund' }],
            beneficiaryLocation: [{ name: 'Newcastle', geoCode: 'E08000021', countryCode: 'GB' }],
          },
        ],
      }),
    );
    const grants = await upload(testApp, '360giving', file, orgAdmin.cookieJar());
    await importsIdle(testApp);
    const job = (await orgAdmin.data<{ importJob: JobAnswer }>(JOB, { id: grants.body.id })).importJob;
    expect(job).toMatchObject({ status: 'SUCCEEDED', report: { inserted: 1 } });
    expect(job.report?.tallies).toContainEqual({
      label: 'organisations recognised under a linked charity or company number',
      count: 1,
    });
    const [funding] = await testApp.dataSource.query(
      `SELECT recipient_organisation_id, to_char(period_start, 'YYYY-MM-DD') AS start, to_char(period_end, 'YYYY-MM-DD') AS end
         FROM funding WHERE three_sixty_giving_id = '360G-ncf-1'`,
    );
    expect(funding).toEqual({ recipient_organisation_id: denton, start: '2024-04-01', end: '2026-03-31' });
  });
});
