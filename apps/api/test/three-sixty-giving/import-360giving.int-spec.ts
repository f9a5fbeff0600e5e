import { grantSchema } from '@cg/api/feature/three-sixty-giving';
import { PlaceLevel } from '@cg/shared/domain';
import { writeFileSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { makeOrganisation, makePlace } from '../support/org-factories';
import { startTestApp, TestApp } from '../support/test-app';
import { signedInAs } from '../support/users';
import {
  importsIdle,
  JOB,
  JobAnswer,
  snapshot,
  traffordFigures,
  TRAFFORD_CSV,
  TRAFFORD_JSON,
  upload,
} from './grant-files';
import { GraphQLTestClient } from '@cg/api/testing';

describe.each([
  ['JSON', TRAFFORD_JSON],
  ['flat CSV', TRAFFORD_CSV],
])('360Giving import of Trafford’s grants in its %s form', (_form, file) => {
  let testApp: TestApp;
  let importer: string;
  let admin: GraphQLTestClient;
  let trafford: string;
  const figures = traffordFigures();

  beforeAll(async () => {
    testApp = await startTestApp();
    const england = await makePlace(testApp.dataSource, {
      code: 'E92000001',
      name: 'England',
      level: PlaceLevel.COUNTRY,
    });
    trafford = await makePlace(testApp.dataSource, {
      code: 'E08000009',
      name: 'Trafford',
      level: PlaceLevel.LOCAL_AUTHORITY,
      parentId: england,
    });
    importer = await makeOrganisation(testApp.dataSource, { name: 'Trafford Partnership' });
    admin = await signedInAs(testApp, `importer-${_form.length}@example.org`, importer);
  });
  afterAll(() => testApp?.close());

  async function importFile(path: string): Promise<JobAnswer> {
    const started = await upload(testApp, '360giving', path, admin.cookieJar(), { visibility: 'PARTNERS' });
    expect(started.status).toBe(202);
    await importsIdle(testApp);
    return (await admin.data<{ importJob: JobAnswer }>(JOB, { id: started.body.id })).importJob;
  }

  it('brings in 366 grants to 243 groups from GB-LAE-TRF, all placed in Trafford, with the file’s total', async () => {
    const job = await importFile(file);
    expect(job).toMatchObject({ status: 'SUCCEEDED', error: null, rowsRead: 366 });
    expect(job.report).toMatchObject({ inserted: 366, updated: 0, unchanged: 0, unmatchedCount: 0 });
    expect(job.report?.tallies).toContainEqual({ label: 'organisations created', count: 244 });

    const db = testApp.dataSource;
    const [grants] = await db.query(
      `SELECT count(*)::int AS count, sum(amount)::float8 AS total, count(DISTINCT recipient_organisation_id)::int AS recipients,
              count(DISTINCT funder_organisation_id)::int AS funders,
              bool_and(owner_organisation_id = $1 AND visibility = 'PARTNERS') AS owned
         FROM funding WHERE three_sixty_giving_id IS NOT NULL`,
      [importer],
    );
    expect(grants).toEqual({ count: 366, total: figures.total, recipients: 243, funders: 1, owned: true });
    expect(figures).toMatchObject({ grants: 366, recipients: 243 });
    const [funder] = await db.query(
      `SELECT o.name, o.type FROM funding f JOIN organisation_identifier i ON i.organisation_id = f.funder_organisation_id
         JOIN organisation o ON o.id = i.organisation_id WHERE i.identifier = 'GB-LAE-TRF' LIMIT 1`,
    );
    expect(funder).toEqual({ name: 'Trafford Metropolitan Borough Council', type: 'LOCAL_AUTHORITY' });
    const [placed] = await db.query(
      `SELECT count(*)::int AS count FROM funding f WHERE EXISTS (SELECT 1 FROM funding_place fp WHERE fp.funding_id = f.id AND fp.place_id = $1)`,
      [trafford],
    );
    expect(placed.count).toBe(366);
    const [programme] = await db.query(`SELECT DISTINCT programme FROM funding`);
    expect(programme.programme).toBe('Voluntary Sector Grants');
    // Twelve-month plans from the award date.
    const [period] = await db.query(
      `SELECT to_char(period_start, 'YYYY-MM-DD') AS start, to_char(period_end, 'YYYY-MM-DD') AS end FROM funding WHERE three_sixty_giving_id = '360G-traffordmbc-VSG1342'`,
    );
    expect(period).toEqual({ start: '2013-01-18', end: '2014-01-17' });

    // One audit entry for the import, naming the file, the counts and who ran it.
    const [audit] = await db.query(
      `SELECT a.actor_id, a.owner_organisation_id, a.changes, u.email FROM audit_log a JOIN user_account u ON u.id = a.actor_id
        WHERE a.record_type = 'import_job' AND a.record_id = $1`,
      [job.id],
    );
    expect(audit.owner_organisation_id).toBe(importer);
    expect(audit.email).toBe(`importer-${_form.length}@example.org`);
    expect(audit.changes.fileName.after).toBe(file.split('/').pop());
    expect(audit.changes.counts.after).toMatchObject({ rowsRead: 366, inserted: 366, rejected: 0 });
  });

  it('changes nothing when the same file is imported again', async () => {
    const before = await snapshot(testApp);
    const job = await importFile(file);
    expect(job.report).toMatchObject({ inserted: 0, updated: 0, unchanged: 366, unmatchedCount: 0 });
    const after = await snapshot(testApp);
    expect(after).toEqual({ ...before, audit_log: before['audit_log'] + 1 }); // only the import's own entry
  });

  it('exports the grants as 360Giving JSON the schema accepts, which imports back changing nothing', async () => {
    const response = await fetch(`${testApp.url}/exports/360giving?place=${trafford}`, {
      headers: {
        cookie: Object.entries(admin.cookieJar())
          .map(([k, v]) => `${k}=${v}`)
          .join('; '),
      },
    });
    expect(response.status).toBe(200);
    const exported = (await response.json()) as { grants: { id: string; amountAwarded: number }[] };
    const { validatePackage } = grantSchema();
    expect(validatePackage(exported)).toBe(true);
    expect(exported.grants).toHaveLength(366);
    expect(Math.round(exported.grants.reduce((sum, grant) => sum + grant.amountAwarded, 0) * 100) / 100).toBe(
      figures.total,
    );

    const dir = await mkdtemp(join(tmpdir(), 'cg-360-'));
    const roundTrip = join(dir, 'export.json');
    writeFileSync(roundTrip, JSON.stringify(exported));
    const before = await snapshot(testApp);
    const job = await importFile(roundTrip);
    expect(job.report).toMatchObject({ inserted: 0, updated: 0, unchanged: 366, unmatchedCount: 0 });
    expect(await snapshot(testApp)).toEqual({ ...before, audit_log: before['audit_log'] + 1 });
  });
});
