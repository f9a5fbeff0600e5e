import { ImportJobService } from '@cg/api/core/imports';
import { postFile } from '../test/support/csv-upload';
import { makeOrganisation } from '../test/support/org-factories';
import { startTestApp, TestApp } from '../test/support/test-app';
import { signedInAs } from '../test/support/users';

/** Rows in the generated organisations CSV (CSV_ROWS=2000 for a quick run). */
const ROWS = Number(process.env['CSV_ROWS'] ?? 10_000);

/** A spreadsheet of ROWS organisations, each with an org-id, a postcode and themes; every 500th row is bad. */
function organisationsCsv(rows: number): string {
  const lines = ['name,type,identifiers,postcode,themes'];
  for (let i = 1; i <= rows; i++) {
    const type = i % 500 === 0 ? 'NOT A TYPE' : i % 2 ? 'CHARITY' : 'COMMUNITY_GROUP';
    lines.push(`Bench Group ${i},${type},GB-CHC-${String(5000000 + i)},M32 0JG,youth; food`);
  }
  return lines.join('\n') + '\n';
}

/**
 * CSV import throughput: ROWS organisations uploaded by an organisation's admin, as the screen
 * does, through the write gate (their rights, RecordWriter, audit). Timed from the upload to
 * the end of the import (the background job's, when the upload answers with one).
 */
describe('benchmark: importing a CSV of organisations', () => {
  let testApp: TestApp;

  beforeAll(async () => {
    testApp = await startTestApp();
  });
  afterAll(() => testApp?.close());

  it(`imports ${ROWS.toLocaleString('en-GB')} organisations`, async () => {
    const owner = await makeOrganisation(testApp.dataSource, { name: 'Bench Network' });
    const admin = await signedInAs(testApp, 'bench-admin@example.org', owner);
    const csv = organisationsCsv(ROWS);
    const started = Date.now();
    const { status } = await postFile(testApp, '/imports/csv/organisations', csv, admin, {
      name: 'organisations.csv',
      organisationId: owner,
      dryRun: 'false',
    });
    if (status === 202) await testApp.app.get(ImportJobService).idle();
    const seconds = (Date.now() - started) / 1000;
    const [{ count }] = await testApp.dataSource.query(
      `SELECT count(*)::int FROM organisation WHERE owner_organisation_id = $1 AND id <> $1`,
      [owner],
    );
    expect(count).toBe(ROWS - Math.floor(ROWS / 500));
    console.log(
      `CSV import of ${ROWS.toLocaleString('en-GB')} organisations: ${seconds.toFixed(1)} s, ${Math.round(ROWS / seconds).toLocaleString('en-GB')} rows/s`,
    );
  });
});
