import { INTERRUPTED_MESSAGE } from '@cg/api/core/imports';
import { spawn } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { importCsvAndWait } from '../support/csv-upload';
import { makeOrganisation } from '../support/org-factories';
import { startTestApp, TestApp } from '../support/test-app';
import { signedInAs } from '../support/users';

const ROOT = resolve(__dirname, '../../../..');
const ROWS = 20_000;

/** Runs support/csv-import-process.ts in a node process of its own, as the API would run the import. */
function importProcess(args: string[]) {
  const child = spawn(
    process.execPath,
    [
      '-r',
      'ts-node/register/transpile-only',
      '-r',
      'tsconfig-paths/register',
      join(__dirname, 'support/csv-import-process.ts'),
      ...args,
    ],
    { cwd: ROOT, env: { ...process.env, TS_NODE_PROJECT: 'tools/tsconfig.json' } },
  );
  let errors = '';
  child.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString()));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((done) =>
    child.once('exit', (code, signal) => done({ code, signal })),
  );
  return { child, exited, lines: createInterface({ input: child.stdout }), errors: () => errors };
}

/**
 * Issue #14: the process running an import is killed outright (SIGKILL: no shutdown hooks, no
 * rollback of its own) halfway through a CSV import. The import is one transaction, so
 * PostgreSQL drops all of it; when the process starts again on the same database, the job shows
 * INTERRUPTED at once (its lease died with the process), and uploading the file again imports it
 * whole: that is the resumption.
 */
describe('the process is killed during a CSV import', () => {
  let testApp: TestApp;
  let dir: string;
  beforeAll(async () => {
    testApp = await startTestApp();
    dir = await mkdtemp(join(tmpdir(), 'cg-kill-import-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
    await testApp?.close();
  });

  it('leaves nothing half-written, shows the job INTERRUPTED after a restart, and imports whole on the next try', async () => {
    const url = String((testApp.dataSource.options as { url: string }).url);
    const owner = await makeOrganisation(testApp.dataSource, { name: 'Killed Import Network' });
    const lines = ['name,type,identifiers'];
    for (let i = 1; i <= ROWS; i++) lines.push(`Killed Import Group ${i},CHARITY,GB-CHC-${7000000 + i}`);
    const csv = `${lines.join('\n')}\n`;
    const file = join(dir, 'big.csv');
    await writeFile(file, csv);

    const importer = importProcess([url, 'start', file, owner]);
    const jobId = (await importer.lines[Symbol.asyncIterator]().next()).value as string;
    expect(jobId).toMatch(/^[0-9a-f-]{36}$/);
    // Wait until rows are being written inside the import's transaction, then kill the process.
    const job = async () =>
      (await testApp.dataSource.query(`SELECT status, rows_read, report FROM import_job WHERE id = $1`, [jobId]))[0];
    let progress = 0;
    for (let tries = 0; tries < 1200 && progress < 1_000; tries++) {
      await new Promise((done) => setTimeout(done, 100));
      progress = (await job()).rows_read;
    }
    expect(progress).toBeGreaterThanOrEqual(1_000);
    expect((await job()).status).toBe('RUNNING');
    importer.child.kill('SIGKILL');
    expect((await importer.exited).signal).toBe('SIGKILL');

    // Nothing of the file is in the database: no organisation, identifier, history or audit row.
    const written = async () =>
      (
        await testApp.dataSource.query(
          `SELECT (SELECT count(*) FROM organisation WHERE owner_organisation_id = $1 AND id <> $1)::int AS organisations,
                  (SELECT count(*) FROM organisation_identifier WHERE identifier LIKE 'GB-CHC-7%')::int AS identifiers,
                  (SELECT count(*) FROM csv_import WHERE organisation_id = $1)::int AS history,
                  (SELECT count(*) FROM audit_log WHERE changes::text LIKE '%Killed Import Group%')::int AS audit`,
          [owner],
        )
      )[0];
    expect(await written()).toEqual({ organisations: 0, identifiers: 0, history: 0, audit: 0 });

    // Started again on the same database, the process sees the job lost its runner.
    const restarted = importProcess([url, 'restart']);
    expect((await restarted.exited).code).toBe(0);
    expect(await job()).toMatchObject({ status: 'INTERRUPTED', report: { error: INTERRUPTED_MESSAGE } });

    // Running it again is the resumption: the whole file, once.
    const admin = await signedInAs(testApp, 'killed-import@example.org', owner);
    const again = await importCsvAndWait<{ counts: { created: number; rejected: number } }>(
      testApp,
      'organisations',
      csv,
      admin,
      { name: 'big.csv', organisationId: owner, dryRun: 'false' },
    );
    expect(again.job?.status).toBe('SUCCEEDED');
    expect(again.body.counts).toMatchObject({ created: ROWS, rejected: 0 });
    expect((await written()).organisations).toBe(ROWS);
  }, 600_000);
});
