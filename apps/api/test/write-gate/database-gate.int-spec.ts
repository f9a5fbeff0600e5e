import { AccessScope, runWithAccessScope } from '@cg/api/core/database';
import { DataSource } from 'typeorm';
import { makeOrganisation, makePlace } from '../support/org-factories';
import { startTestApp, TestApp } from '../support/test-app';

/*
 * The database half of the write gate (migration WriteGate): a request that writes to a
 * record table without RecordWriter is refused by PostgreSQL, even an instance admin's, while
 * the system's own work (the login role) is not judged.
 */
const INSTANCE_ADMIN: AccessScope = {
  signedIn: true,
  isInstanceAdmin: true,
  memberships: [],
  ownOrganisationIds: [],
  partnerOrganisationIds: [],
  portfolioOrganisationIds: [],
};

describe('PostgreSQL refuses request writes outside the write gate', () => {
  let testApp: TestApp;
  let ds: DataSource;
  let orgId: string;
  let placeId: string;

  beforeAll(async () => {
    testApp = await startTestApp();
    ds = testApp.dataSource;
    orgId = await makeOrganisation(ds, { name: 'Belgrave Neighbourhood Centre' });
    placeId = await makePlace(ds, { name: 'Abbey' });
  });
  afterAll(() => testApp.close());

  const asRequest = (sql: string, params: unknown[]) => runWithAccessScope(INSTANCE_ADMIN, () => ds.query(sql, params));

  it.each([
    ['an update of a record', 'UPDATE organisation SET name = $2 WHERE id = $1', ['Renamed behind the gate']],
    [
      'an insert into a link table',
      'INSERT INTO organisation_place (organisation_id, place_id) VALUES ($1, $2)',
      ['PLACE'],
    ],
    ['a delete of child rows', 'DELETE FROM organisation_identifier WHERE organisation_id = $1', []],
    ['an audit-free version bump', 'UPDATE organisation SET version = version + 1 WHERE id = $1', []],
  ])('refuses %s', async (_, sql, extra) => {
    const params = [orgId, ...extra.map((value) => (value === 'PLACE' ? placeId : value))];
    await expect(asRequest(sql as string, params)).rejects.toThrow(/outside the record writer/);
    const [organisation] = await ds.query('SELECT name, version FROM organisation WHERE id = $1', [orgId]);
    expect(organisation).toEqual({ name: 'Belgrave Neighbourhood Centre', version: 1 });
    expect(await ds.query('SELECT 1 FROM organisation_place WHERE organisation_id = $1', [orgId])).toEqual([]);
  });

  it('lets the same request read, and lets the system write', async () => {
    expect(await asRequest('SELECT name FROM organisation WHERE id = $1', [orgId])).toEqual([
      { name: 'Belgrave Neighbourhood Centre' },
    ]);
    await ds.query('UPDATE organisation SET website = $2 WHERE id = $1', [orgId, 'https://belgrave.example']);
  });
});
