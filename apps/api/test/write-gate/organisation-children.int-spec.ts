import { GraphQLTestClient } from '@cg/api/testing';
import { OrganisationRole } from '@cg/shared/domain';
import { DataSource } from 'typeorm';
import { addIdentifier, makeOrganisation, makePlace, servePlace } from '../support/org-factories';
import { startTestApp, TestApp } from '../support/test-app';
import { signedInAs } from '../support/users';

/*
 * Issue #10, finding 1: an organisation's identifiers and places served are written through
 * the one write gate, so only those who may change the organisation may change them, the
 * version moves on, and the audit row names the organisation as owner.
 */

const ADD = `mutation($input: AddOrganisationIdentifierInput!) { addOrganisationIdentifier(input: $input) { id version } }`;
const REMOVE = `mutation($input: RemoveOrganisationIdentifierInput!) { removeOrganisationIdentifier(input: $input) { id version } }`;
const SET_PLACES = `mutation($input: SetOrganisationPlacesServedInput!) { setOrganisationPlacesServed(input: $input) { id version } }`;

describe('organisation identifiers and places served go through the write gate', () => {
  let testApp: TestApp;
  let ds: DataSource;
  let orgId: string;
  let placeA: string;
  let placeB: string;
  const clients: Record<string, GraphQLTestClient> = {};

  beforeAll(async () => {
    testApp = await startTestApp();
    ds = testApp.dataSource;
    orgId = await makeOrganisation(ds, { name: 'Belgrave Neighbourhood Centre' });
    const unrelated = await makeOrganisation(ds, { name: 'Unrelated Trust' });
    placeA = await makePlace(ds, { name: 'Abbey' });
    placeB = await makePlace(ds, { name: 'Belgrave' });
    await addIdentifier(ds, orgId, 'GB-CHC-1000001', true);
    await servePlace(ds, orgId, placeA);
    clients['ownViewer'] = await signedInAs(testApp, 'viewer@belgrave.example', orgId, OrganisationRole.VIEWER);
    clients['ownCoordinator'] = await signedInAs(
      testApp,
      'coordinator@belgrave.example',
      orgId,
      OrganisationRole.COORDINATOR,
    );
    clients['otherViewer'] = await signedInAs(testApp, 'viewer@unrelated.example', unrelated, OrganisationRole.VIEWER);
    clients['otherAdmin'] = await signedInAs(testApp, 'admin@unrelated.example', unrelated, OrganisationRole.ORG_ADMIN);
    clients['ownAdmin'] = await signedInAs(testApp, 'admin@belgrave.example', orgId, OrganisationRole.ORG_ADMIN);
    clients['signedOut'] = testApp.anonymousClient();
  });
  afterAll(() => testApp.close());

  /** Everything a refused write must leave alone. */
  const snapshot = async () => ({
    identifiers: await ds.query(
      'SELECT identifier, is_primary FROM organisation_identifier WHERE organisation_id = $1 ORDER BY identifier',
      [orgId],
    ),
    places: await ds.query('SELECT place_id FROM organisation_place WHERE organisation_id = $1 ORDER BY place_id', [
      orgId,
    ]),
    version: (await ds.query('SELECT version FROM organisation WHERE id = $1', [orgId]))[0].version as number,
    audit: Number((await ds.query('SELECT count(*) FROM audit_log WHERE record_id = $1', [orgId]))[0].count),
  });
  const version = async () => (await snapshot()).version;

  const attempts = {
    add: async (client: GraphQLTestClient) =>
      client.request(ADD, { input: { organisationId: orgId, identifier: 'GB-COH-09999999' } }),
    remove: async (client: GraphQLTestClient) =>
      client.request(REMOVE, { input: { organisationId: orgId, identifier: 'GB-CHC-1000001' } }),
    setPlaces: async (client: GraphQLTestClient) =>
      client.request(SET_PLACES, { input: { organisationId: orgId, placeIds: [placeB], version: await version() } }),
  };

  describe.each(['ownViewer', 'ownCoordinator', 'otherViewer', 'otherAdmin', 'signedOut'])('%s', (who) => {
    it.each(Object.keys(attempts) as (keyof typeof attempts)[])(
      'is refused %s and nothing changes',
      async (attempt) => {
        const before = await snapshot();
        const result = await attempts[attempt](clients[who]);
        expect(result.errors?.[0].extensions?.['code']).toBe(who === 'signedOut' ? 'UNAUTHENTICATED' : 'FORBIDDEN');
        expect(await snapshot()).toEqual(before);
      },
    );
  });

  const lastAudit = async () =>
    (
      await ds.query(
        'SELECT owner_organisation_id, changes FROM audit_log WHERE record_id = $1 ORDER BY id DESC LIMIT 1',
        [orgId],
      )
    )[0];

  it("lets the organisation's admin add and remove identifiers: the version moves on and the audit row names the owner", async () => {
    const start = await version();
    const added = await clients['ownAdmin'].data<{ addOrganisationIdentifier: { version: number } }>(ADD, {
      input: { organisationId: orgId, identifier: 'GB-COH-01234567', version: start },
    });
    expect(added.addOrganisationIdentifier.version).toBe(start + 1);
    expect(await lastAudit()).toMatchObject({
      owner_organisation_id: orgId,
      changes: {
        identifiers: { before: ['GB-CHC-1000001 (primary)'], after: ['GB-CHC-1000001 (primary)', 'GB-COH-01234567'] },
      },
    });
    const removed = await clients['ownAdmin'].data<{ removeOrganisationIdentifier: { version: number } }>(REMOVE, {
      input: { organisationId: orgId, identifier: 'GB-COH-01234567' },
    });
    expect(removed.removeOrganisationIdentifier.version).toBe(start + 2);
    expect(await lastAudit()).toMatchObject({ owner_organisation_id: orgId });
  });

  it('refuses a stale version with CONFLICT when one is sent, and changes nothing', async () => {
    const before = await snapshot();
    const stale = await clients['ownAdmin'].request(ADD, {
      input: { organisationId: orgId, identifier: 'GB-COH-07654321', version: before.version - 1 },
    });
    expect(stale.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', currentVersion: before.version });
    const placesStale = await clients['ownAdmin'].request(SET_PLACES, {
      input: { organisationId: orgId, placeIds: [placeB], version: before.version - 1 },
    });
    expect(placesStale.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT' });
    expect(await snapshot()).toEqual(before);
  });

  it("lets the organisation's admin replace its places served, with one audit row naming the owner", async () => {
    const start = await version();
    const result = await clients['ownAdmin'].data<{ setOrganisationPlacesServed: { version: number } }>(SET_PLACES, {
      input: { organisationId: orgId, placeIds: [placeB, placeA], version: start },
    });
    expect(result.setOrganisationPlacesServed.version).toBe(start + 1);
    expect(await lastAudit()).toMatchObject({
      owner_organisation_id: orgId,
      changes: { placesServed: { before: [placeA], after: [placeA, placeB].sort() } },
    });
  });

  it('shows those changes to the organisation’s admins in the audit log', async () => {
    const { auditLog } = await clients['ownAdmin'].data<{ auditLog: { nodes: { changes: { field: string }[] }[] } }>(
      `query($filter: AuditEntryFilter) { auditLog(filter: $filter) { nodes { changes { field } } } }`,
      { filter: { recordId: { eq: orgId } } },
    );
    const fields = auditLog.nodes.flatMap((n) => n.changes.map((c) => c.field));
    expect(fields).toEqual(expect.arrayContaining(['identifiers', 'placesServed']));
  });
});
