import { INestApplication } from '@nestjs/common';
import { loadConfig } from '@cg/api/core/config';
import { BackupHeader, restoreBackup, tableFingerprints, typeOrmOptions } from '@cg/api/core/database';
import { createTestDatabase, GraphQLTestClient, TestDatabase } from '@cg/api/testing';
import { join } from 'node:path';
import { Client } from 'pg';
import { DataSource, MigrationInterface } from 'typeorm';
import { createApp } from '../../src/app/create-app';
import { signInAdministrator } from '../support/test-app';

// Made by tools/db/make-upgrade-fixture.sh: the database commit c243c2c built with its own
// migrations and demo seed, backed up. Restoring it runs those migrations, loads its rows,
// then runs every migration since, as upgrading a real instance would.
const FIXTURE = join(__dirname, 'fixtures', 'c243c2c.cgbackup.gz');
/** Today's migrations, oldest first, as the API runs them. */
const migrations = typeOrmOptions('postgres://unused@localhost/unused').migrations as (new () => MigrationInterface)[];

describe('upgrading a database made by an earlier release', () => {
  let database: TestDatabase;
  let header: BackupHeader;
  let app: INestApplication;
  let client: GraphQLTestClient;
  beforeAll(async () => {
    database = await createTestDatabase();
    header = await restoreBackup(database.url, FIXTURE);
    app = await createApp(
      { ...loadConfig({ NODE_ENV: 'test', DEMO_DATA: 'false' }), schemaFile: undefined, webDist: undefined },
      database.url,
    );
    await app.listen(0, '127.0.0.1');
    const url = (await app.getUrl()).replace('[::1]', '127.0.0.1');
    client = new GraphQLTestClient(url, await signInAdministrator(app, url));
  });
  afterAll(async () => {
    await app?.close();
    await database?.drop();
  });

  it('started from an older schema and ran every migration since', async () => {
    expect(header.migrations.length).toBeLessThan(migrations.length);
    const client = new Client({ connectionString: database.url });
    await client.connect();
    try {
      const ran = (await client.query<{ name: string }>('SELECT name FROM migrations')).rows.map((row) => row.name);
      expect(ran.sort()).toEqual(migrations.map((migration) => migration.name).sort());
      // Every row the old release had is still there.
      const now = await tableFingerprints(client);
      for (const { table, rows } of header.tables) {
        if (table === 'user_session' || table === 'user_account') continue; // the test's own sign-in adds rows here
        expect({ table, rows: now[table]?.rows }).toEqual({ table, rows });
      }
    } finally {
      await client.end();
    }
  });

  it('reads every old record through the API', async () => {
    const counts = (table: string) => header.tables.find((entry) => entry.table === table)?.rows ?? 0;
    const data = await client.data<Record<string, { totalCount: number; nodes: { id: string; name?: string }[] }>>(`{
      organisations(first: 200) { totalCount nodes { id name } }
      partnerships(first: 200) { totalCount nodes { id name } }
      people(first: 200) { totalCount nodes { id } }
      projects(first: 200) { totalCount nodes { id name } }
      activities(first: 200) { totalCount nodes { id } }
      fundings(first: 200) { totalCount nodes { id } }
    }`);
    expect(data['organisations'].totalCount).toBe(counts('organisation'));
    expect(data['organisations'].totalCount).toBeGreaterThan(0);
    expect(data['partnerships'].totalCount).toBe(counts('partnership'));
    expect(data['people'].totalCount).toBe(counts('person'));
    expect(data['projects'].totalCount).toBe(counts('project'));
    expect(data['activities'].totalCount).toBe(counts('activity'));
    expect(data['fundings'].totalCount).toBe(counts('funding'));
    // Each organisation opens on its own page, with the fields a page shows.
    for (const { id } of data['organisations'].nodes.slice(0, 5)) {
      const one = await client.data<{ organisation: { id: string } }>(
        `query ($id: ID!) { organisation(id: $id) { id name type themes version } }`,
        { id },
      );
      expect(one.organisation.id).toBe(id);
    }
  });
});

describe('migrations run backwards, or say they cannot', () => {
  it('every migration has a down, and undoing them all then redoing them works', async () => {
    for (const migration of migrations) {
      expect({ migration: migration.name, down: typeof (migration.prototype as MigrationInterface).down }).toEqual({
        migration: migration.name,
        down: 'function',
      });
    }
    const database = await createTestDatabase();
    const dataSource = new DataSource(typeOrmOptions(database.url));
    try {
      await dataSource.initialize();
      for (let step = 0; step < migrations.length; step++) {
        // A migration that cannot be undone must throw saying so, never half-undo.
        await dataSource.undoLastMigration({ transaction: 'each' }).catch((error: Error) => {
          expect(error.message).toMatch(/irreversible|cannot be undone/i);
          throw error;
        });
      }
      const [{ left }] = await dataSource.query('SELECT count(*)::int AS left FROM migrations');
      expect(left).toBe(0);
      await dataSource.runMigrations({ transaction: 'each' });
      const [{ ran }] = await dataSource.query('SELECT count(*)::int AS ran FROM migrations');
      expect(ran).toBe(migrations.length);
    } finally {
      await dataSource.destroy();
      await database.drop();
    }
  });
});
