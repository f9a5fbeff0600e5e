import { GraphQLTestClient } from '@cg/api/testing';
import { PlaceLevel } from '@cg/shared/domain';
import { readFileSync, writeFileSync } from 'node:fs';
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { makeOrganisation, makePlace } from '../support/org-factories';
import { startTestApp, TestApp } from '../support/test-app';
import { signedInAs } from '../support/users';
import { generateGrantsFile } from './generate-grants';
import { importsIdle, JOB, JobAnswer, snapshot, TRAFFORD_CSV, upload } from './grant-files';

describe('360Giving import of broken files: a clear report, and the database as it was', () => {
  let testApp: TestApp;
  let admin: GraphQLTestClient;
  let dir: string;
  let before: Record<string, number>;
  const csv = readFileSync(TRAFFORD_CSV, 'utf8');
  const [header, ...rows] = csv.trimEnd().split('\n');

  beforeAll(async () => {
    testApp = await startTestApp();
    await makePlace(testApp.dataSource, { code: 'E08000009', name: 'Trafford', level: PlaceLevel.LOCAL_AUTHORITY });
    const importer = await makeOrganisation(testApp.dataSource, { name: 'Trafford Partnership' });
    admin = await signedInAs(testApp, 'broken-files@example.org', importer);
    dir = await mkdtemp(join(tmpdir(), 'cg-360-broken-'));
    before = await snapshot(testApp);
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
    await testApp?.close();
  });

  /** Imports `content` as a file named `name` and answers the finished job, having checked nothing was written. */
  async function importBroken(name: string, content: string | Buffer): Promise<JobAnswer> {
    const file = join(dir, name);
    writeFileSync(file, content);
    return importPath(file);
  }

  async function importPath(file: string): Promise<JobAnswer> {
    const started = await upload(testApp, '360giving', file, admin.cookieJar());
    expect(started.status).toBe(202);
    await importsIdle(testApp);
    const { importJob } = await admin.data<{ importJob: JobAnswer }>(JOB, { id: started.body.id });
    expect(importJob.status).toBe('FAILED');
    expect(await snapshot(testApp)).toEqual(before);
    return importJob;
  }

  it('says where JSON breaks off', async () => {
    const job = await importBroken('truncated.json', '{"grants": [{"id": "360G-x-1", "title": "A grant"');
    expect(job.error).toMatch(/^The file is not valid JSON/);
  });

  it('names the columns a flat file lacks', async () => {
    const job = await importBroken('contacts.csv', 'Name,Email,Postcode\nAda,ada@example.org,M32 0TH\n');
    expect(job.error).toContain('This is not a 360Giving flat file: it lacks the columns “Identifier”');
    expect(job.error).toContain('Its columns are “Name”, “Email”, “Postcode”');
  });

  it('lists bad dates and amounts by line, and imports none of the good rows around them', async () => {
    const bad = [...rows];
    bad[2] = bad[2].replace(',2013-01-18,', ',31/02/2013,'); // line 4: a day February never has
    bad[5] = bad[5].replace(',2013-01-18,', ',next Tuesday,'); // line 7
    bad[9] = bad[9].replace(/,GBP,,([\d.]+),/, ',GBP,,about £500,'); // line 11
    const job = await importBroken('bad-values.csv', [header, ...bad].join('\n'));
    expect(job.error).toBe(
      '3 of 366 grants could not be imported, so nothing was: fix the rows listed and upload the file again.',
    );
    expect(job.report?.unmatched).toEqual([
      {
        line: 4,
        code: expect.stringMatching(/^360G-traffordmbc-/),
        reason: 'not a real date: the award date 2013-02-31 is not in the calendar',
      },
      { line: 7, code: expect.any(String), reason: expect.stringContaining('awardDate must match format "date-time"') },
      { line: 11, code: expect.any(String), reason: 'amountAwarded must be number' },
    ]);
    expect(job.report?.inserted).toBe(0);
  });

  it('reports a duplicate identifier with the line it first appeared on', async () => {
    const job = await importBroken('duplicate.csv', [header, ...rows, rows[0]].join('\n'));
    expect(job.report?.unmatched).toEqual([
      // Row 368 as a spreadsheet shows it (a few descriptions run over two lines of the file).
      { line: 368, code: '360G-traffordmbc-VSG1342', reason: 'the same grant identifier as line 2' },
    ]);
  });

  it('refuses a file that is not UTF-8, saying on which line', async () => {
    const latin1 = Buffer.from(
      [header, ...rows.slice(0, 4), rows[4].replace('Trafford', 'Caf\u00e9 Trafford')].join('\n'),
      'latin1',
    );
    const job = await importBroken('latin1.csv', latin1);
    expect(job.error).toBe(
      'The file is not UTF-8 text (the first bad character is on line 6). Save it as UTF-8 (in Excel: “CSV UTF-8”) and upload it again.',
    );
  });

  it('refuses an empty file, and a JSON file without grants', async () => {
    expect((await importBroken('empty.csv', '')).error).toBe('The file is empty: there are no grants in it.');
    expect((await importBroken('no-grants.json', '{"version": "1.4"}')).error).toContain(
      'There are no grants in the file',
    );
  });

  it('streams a 50 MB file through and still keeps nothing when its last grant is bad', async () => {
    const file = join(dir, 'large.json');
    await generateGrantsFile(file, {
      count: 10_000,
      descriptionLength: 5_000,
      badAmountAt: [10_000],
      prefix: '360G-large',
    });
    expect((await stat(file)).size).toBeGreaterThan(50 * 2 ** 20);
    const job = await importPath(file);
    expect(job.rowsRead).toBe(10_000);
    expect(job.report?.unmatched).toEqual([
      { line: 10_000, code: '360G-large-10000', reason: 'amountAwarded must be number' },
    ]);
  }, 300_000);
});
