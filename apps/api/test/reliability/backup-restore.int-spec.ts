import { restoreBackup, tableFingerprints, writeBackup } from '@cg/api/core/database';
import { generateNetwork, loadNetwork } from '@cg/api/demo-data';
import { createTestDatabase, TestDatabase } from '@cg/api/testing';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { startTestApp, TestApp } from '../support/test-app';

async function fingerprintsOf(url: string) {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return await tableFingerprints(client);
  } finally {
    await client.end();
  }
}

describe('backup and restore', () => {
  let testApp: TestApp;
  let folder: string;
  const targets: TestDatabase[] = [];
  beforeAll(async () => {
    testApp = await startTestApp();
    folder = await mkdtemp(join(tmpdir(), 'cg-backup-'));
    // A small demo county, plus what people do through the API (with its audit rows and sessions).
    await loadNetwork(
      testApp.dataSource,
      generateNetwork({ organisations: 20, seed: 3, today: new Date('2026-11-01') }),
    );
    await testApp
      .client()
      .data(
        `mutation { createOrganisation(input: { name: "Ünïcode & <b>Trust</b> 100%", type: CHARITY, themes: ["a,b", "c\\"d"] }) { id } }`,
      );
  });
  afterAll(async () => {
    await testApp.close();
    for (const target of targets) await target.drop();
    await rm(folder, { recursive: true, force: true });
  });

  const url = () => String((testApp.dataSource.options as { url: string }).url);

  it('round-trips every table: the same rows, byte for byte', async () => {
    const file = join(folder, 'round-trip.cgbackup.gz');
    const header = await writeBackup(url(), file);
    expect(header.tables.find((table) => table.table === 'organisation')?.rows).toBe(21);

    const target = await createTestDatabase();
    targets.push(target);
    await restoreBackup(target.url, file);

    const [before, after] = await Promise.all([fingerprintsOf(url()), fingerprintsOf(target.url)]);
    expect(Object.keys(after).sort()).toEqual(Object.keys(before).sort());
    expect(after).toEqual(before);
    expect(Object.values(before).filter((table) => table.rows > 0).length).toBeGreaterThan(10);

    // The restored database takes new rows: identities carry on after the restored ones.
    const client = new Client({ connectionString: target.url });
    await client.connect();
    try {
      await client.query(
        `INSERT INTO audit_log (record_type, record_id, action) VALUES ('organisation', gen_random_uuid(), 'CREATE')`,
      );
    } finally {
      await client.end();
    }
  });

  it('refuses to restore over data, and leaves nothing behind when a backup is cut short', async () => {
    const file = join(folder, 'again.cgbackup.gz');
    await writeBackup(url(), file);
    await expect(restoreBackup(url(), file)).rejects.toThrow(/already holds data/);

    const { gzipSync, gunzipSync } = await import('node:zlib');
    const { readFile } = await import('node:fs/promises');
    const lines = gunzipSync(await readFile(file))
      .toString('utf8')
      .split('\n');
    const truncated = join(folder, 'truncated.cgbackup.gz');
    await writeFile(truncated, gzipSync(lines.slice(0, Math.floor(lines.length / 2)).join('\n')));
    const target = await createTestDatabase();
    targets.push(target);
    await expect(restoreBackup(target.url, truncated)).rejects.toThrow(/incomplete/);
    const counts = await fingerprintsOf(target.url);
    expect(Object.values(counts).every((table) => table.rows === 0)).toBe(true);
  });
});
