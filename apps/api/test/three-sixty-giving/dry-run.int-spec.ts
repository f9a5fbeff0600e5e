import { GraphQLTestClient } from '@cg/api/testing';
import { PlaceLevel } from '@cg/shared/domain';
import { readFileSync, writeFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { makeOrganisation, makePlace } from '../support/org-factories';
import { startTestApp, TestApp } from '../support/test-app';
import { signedInAs } from '../support/users';
import { importsIdle, JOB, JobAnswer, snapshot, TRAFFORD_JSON, upload } from './grant-files';

type DryRunAnswer = JobAnswer & { report: (JobAnswer['report'] & { dryRun: boolean }) | null };
const DRY_JOB = JOB.replace('notes }', 'notes dryRun }');

/**
 * A 360Giving dry run does the whole import (matching, validation, what would change) and rolls
 * it back: its report says what would be created, updated, matched and refused, and nothing is
 * kept, not even an audit entry.
 */
describe('360Giving dry run', () => {
  let testApp: TestApp;
  let admin: GraphQLTestClient;
  let dir: string;

  beforeAll(async () => {
    testApp = await startTestApp();
    await makePlace(testApp.dataSource, { code: 'E08000009', name: 'Trafford', level: PlaceLevel.LOCAL_AUTHORITY });
    const importer = await makeOrganisation(testApp.dataSource, { name: 'Trafford Dry Run Partnership' });
    admin = await signedInAs(testApp, 'dry-run@example.org', importer);
    dir = await mkdtemp(join(tmpdir(), 'cg-360-dry-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
    await testApp?.close();
  });

  async function run(file: string, dryRun: boolean): Promise<DryRunAnswer> {
    const started = await upload(testApp, '360giving', file, admin.cookieJar(), { dryRun: String(dryRun) });
    expect(started.status).toBe(202);
    await importsIdle(testApp);
    return (await admin.data<{ importJob: DryRunAnswer }>(DRY_JOB, { id: started.body.id })).importJob;
  }

  it('says what would be created, and keeps nothing', async () => {
    const before = await snapshot(testApp);
    const job = await run(TRAFFORD_JSON, true);
    expect(job).toMatchObject({
      status: 'SUCCEEDED',
      report: { dryRun: true, inserted: 366, updated: 0, unchanged: 0, unmatchedCount: 0 },
    });
    expect(job.report?.tallies).toContainEqual({ label: 'organisations created', count: 244 });
    expect(await snapshot(testApp)).toEqual(before);
  });

  it('after the import, says what a newer file would update, match and refuse', async () => {
    expect((await run(TRAFFORD_JSON, false)).report).toMatchObject({ inserted: 366 });
    const pkg = JSON.parse(readFileSync(TRAFFORD_JSON, 'utf8')) as { grants: Record<string, unknown>[] };
    pkg.grants[0] = { ...pkg.grants[0], amountAwarded: 123456 };
    pkg.grants[1] = { ...pkg.grants[1], awardDate: 'not a date' };
    const newer = join(dir, 'newer.json');
    writeFileSync(newer, JSON.stringify(pkg));
    const before = await snapshot(testApp);
    const job = await run(newer, true);
    expect(job.report).toMatchObject({ dryRun: true, inserted: 0, updated: 1, unchanged: 364, unmatchedCount: 1 });
    const matched = job.report?.tallies.find((tally) => tally.label === 'organisations matched by org-id');
    expect(matched?.count).toBeGreaterThanOrEqual(243);
    expect(job.report?.unmatched[0]).toMatchObject({
      line: expect.any(Number),
      reason: expect.stringMatching(/date/i),
    });
    expect(job.report?.notes.join(' ')).toMatch(/1 grants would be refused/);
    expect(await snapshot(testApp)).toEqual(before);
  });
});
