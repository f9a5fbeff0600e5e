import { ImportJobService, INTERRUPTED_MESSAGE, takeLease } from '@cg/api/core/imports';
import { GraphQLTestClient } from '@cg/api/testing';
import { PlaceLevel } from '@cg/shared/domain';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { makeOrganisation, makePlace } from '../support/org-factories';
import { startTestApp, TestApp } from '../support/test-app';
import { signedInAs } from '../support/users';
import { generateGrantsFile } from './generate-grants';
import { importsIdle, JOB, JobAnswer, snapshot, upload } from './grant-files';

describe('an interrupted 360Giving import leaves nothing behind and can simply run again', () => {
  let testApp: TestApp;
  let admin: GraphQLTestClient;
  let dir: string;

  beforeAll(async () => {
    testApp = await startTestApp();
    await makePlace(testApp.dataSource, { code: 'E08000009', name: 'Trafford', level: PlaceLevel.LOCAL_AUTHORITY });
    const importer = await makeOrganisation(testApp.dataSource, { name: 'Trafford Partnership' });
    admin = await signedInAs(testApp, 'interrupted@example.org', importer);
    dir = await mkdtemp(join(tmpdir(), 'cg-360-interrupt-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
    await testApp?.close();
  });

  const job = async (id: string) => (await admin.data<{ importJob: JobAnswer }>(JOB, { id })).importJob;

  it('rolls back when its database connection is killed halfway, and imports whole on the next try', async () => {
    const file = join(dir, 'grants.json');
    await generateGrantsFile(file, { count: 12_000, recipients: 1_200, prefix: '360G-interrupt' });
    const before = await snapshot(testApp);
    const started = await upload(testApp, '360giving', file, admin.cookieJar());

    // Wait until grants are being written (batches of 500), then kill the connection holding the import's transaction.
    let progress = 0;
    for (let tries = 0; tries < 1200 && progress < 1_000; tries++) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      progress = (await job(started.body.id)).rowsRead;
    }
    expect(progress).toBeGreaterThanOrEqual(1_000);
    expect(progress).toBeLessThan(12_000);
    const killed: unknown[] = await testApp.dataSource.query(
      `SELECT pg_terminate_backend(pid) FROM pg_stat_activity
        WHERE datname = current_database() AND pid <> pg_backend_pid() AND backend_xid IS NOT NULL`,
    );
    expect(killed.length).toBe(1);
    await importsIdle(testApp);

    const failed = await job(started.body.id);
    expect(failed.status).toBe('FAILED');
    // Whether the kill lands mid-query or between queries, the job says why it failed (the
    // connection's own error, not TypeORM's "already released") and failed whole.
    expect(failed.error).toMatch(/terminat/i);
    expect(await snapshot(testApp)).toEqual(before);

    // Nothing half-written, so running it again is the resumption.
    const again = await upload(testApp, '360giving', file, admin.cookieJar());
    await importsIdle(testApp);
    expect(await job(again.body.id)).toMatchObject({ status: 'SUCCEEDED', report: { inserted: 12_000 } });
  }, 600_000);

  it('marks jobs whose process died as interrupted at start-up, leaving live ones alone', async () => {
    // A live job's process holds its lease; a fresh heartbeat alone does not keep a RUNNING job alive.
    const [{ id: lost }] = await testApp.dataSource.query(
      `INSERT INTO import_job (kind, file_name, status, heartbeat_at, rows_read)
       VALUES ('360giving', 'lost.json', 'RUNNING', now() - interval '10 minutes', 5000) RETURNING id`,
    );
    const [{ id: live }] = await testApp.dataSource.query(
      `INSERT INTO import_job (kind, file_name, status, heartbeat_at) VALUES ('360giving', 'live.json', 'RUNNING', now()) RETURNING id`,
    );
    const releaseLive = await takeLease(testApp.dataSource, live);
    const [{ id: orphan }] = await testApp.dataSource.query(
      `INSERT INTO import_job (kind, file_name, status, heartbeat_at) VALUES ('360giving', 'orphan.json', 'RUNNING', now()) RETURNING id`,
    );
    // What happens when the server starts again.
    await testApp.app.get(ImportJobService).onApplicationBootstrap();
    await releaseLive();

    const rows: { id: string; status: string; error: string | null; finished: boolean }[] =
      await testApp.dataSource.query(
        `SELECT id, status, report->>'error' AS error, finished_at IS NOT NULL AS finished FROM import_job WHERE id = ANY($1)`,
        [[lost, live, orphan]],
      );
    expect(rows.find((row) => row.id === lost)).toEqual({
      id: lost,
      status: 'INTERRUPTED',
      error: INTERRUPTED_MESSAGE,
      finished: true,
    });
    expect(rows.find((row) => row.id === live)).toMatchObject({ status: 'RUNNING', finished: false });
    expect(rows.find((row) => row.id === orphan)).toMatchObject({ status: 'INTERRUPTED', finished: true });
    // And the API says so to the admin.
    const { importJob } = await testApp.client().data<{ importJob: JobAnswer }>(JOB, { id: lost });
    expect(importJob).toMatchObject({ status: 'INTERRUPTED', error: INTERRUPTED_MESSAGE });
  });
});
