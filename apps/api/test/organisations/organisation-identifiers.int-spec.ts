import { DataSource } from 'typeorm';
import { countRows, makeOrganisation, makePlace } from '../support/org-factories';
import { startTestApp, TestApp } from '../support/test-app';

const ADD = `mutation($input: AddOrganisationIdentifierInput!) {
  addOrganisationIdentifier(input: $input) { id identifiers { identifier scheme isPrimary } }
}`;
const REMOVE = `mutation($input: RemoveOrganisationIdentifierInput!) {
  removeOrganisationIdentifier(input: $input) { id identifiers { identifier isPrimary } }
}`;
const SET_PLACES = `mutation($input: SetOrganisationPlacesServedInput!) {
  setOrganisationPlacesServed(input: $input) { id placesServed { name } }
}`;

type Identifiers = { identifier: string; isPrimary: boolean }[];

describe('organisation identifiers and places served', () => {
  let testApp: TestApp;
  let ds: DataSource;
  let orgId: string;
  let otherId: string;
  const place: Record<string, string> = {};

  beforeAll(async () => {
    testApp = await startTestApp();
    ds = testApp.dataSource;
    orgId = await makeOrganisation(ds, { name: 'Belgrave Neighbourhood Centre' });
    otherId = await makeOrganisation(ds, { name: 'Somebody Else' });
    place.country = await makePlace(ds, { code: 'E92000001', name: 'England' });
    place.abbey = await makePlace(ds, { code: 'E05010458', name: 'Abbey', parentId: place.country });
    place.belgrave = await makePlace(ds, { code: 'E05010459', name: 'Belgrave', parentId: place.country });
  });
  afterAll(() => testApp.close());

  /** The organisation's version now; replacing places served asks for the one read. */
  const version = async (): Promise<number> =>
    (await ds.query('SELECT version FROM organisation WHERE id = $1', [orgId]))[0].version;

  const audit = async (field: string) =>
    (await ds.query(`SELECT action, changes FROM audit_log WHERE record_id = $1 AND changes ? $2 ORDER BY id`, [
      orgId,
      field,
    ])) as {
      action: string;
      changes: Record<string, { before: unknown; after: unknown }>;
    }[];

  it('adds identifiers (the first becomes primary, a later one may take over) and audits each change', async () => {
    const first = await testApp.client().data<{ addOrganisationIdentifier: { identifiers: Identifiers } }>(ADD, {
      input: { organisationId: orgId, identifier: 'gb-chc-1101234' },
    });
    expect(first.addOrganisationIdentifier.identifiers).toEqual([
      { identifier: 'GB-CHC-1101234', scheme: 'GB-CHC', isPrimary: true },
    ]);
    const second = await testApp.client().data<{ addOrganisationIdentifier: { identifiers: Identifiers } }>(ADD, {
      input: { organisationId: orgId, identifier: 'GB-COH-01234567', primary: true },
    });
    expect(second.addOrganisationIdentifier.identifiers.map((id) => [id.identifier, id.isPrimary])).toEqual([
      ['GB-COH-01234567', true],
      ['GB-CHC-1101234', false],
    ]);
    const rows = await audit('identifiers');
    expect(rows.map((row) => row.action)).toEqual(['UPDATE', 'UPDATE']);
    expect(rows[1].changes.identifiers).toEqual({
      before: ['GB-CHC-1101234 (primary)'],
      after: ['GB-CHC-1101234', 'GB-COH-01234567 (primary)'],
    });
  });

  it('refuses a malformed identifier naming the field, and one another organisation holds with CONFLICT', async () => {
    const before = await countRows(ds, 'organisation_identifier');
    const bad = await testApp.client().request(ADD, { input: { organisationId: orgId, identifier: 'GB-CHC-12AB' } });
    expect(bad.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'identifier' });
    expect(bad.errors?.[0].message).toMatch(/Charity Commission/);
    const taken = await testApp
      .client()
      .request(ADD, { input: { organisationId: otherId, identifier: 'GB-CHC-1101234' } });
    expect(taken.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', field: 'identifier' });
    const noOrg = await testApp.client().request(ADD, {
      input: { organisationId: '00000000-0000-4000-8000-000000000000', identifier: 'GB-CHC-7654321' },
    });
    expect(noOrg.errors?.[0].extensions?.['code']).toBe('NOT_FOUND');
    const badId = await testApp.client().request(ADD, { input: { organisationId: 'x', identifier: 'GB-CHC-7654321' } });
    expect(badId.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'organisationId' });
    expect(await countRows(ds, 'organisation_identifier')).toBe(before);
  });

  it('removes an identifier, passing primary to the one left', async () => {
    const result = await testApp.client().data<{ removeOrganisationIdentifier: { identifiers: Identifiers } }>(REMOVE, {
      input: { organisationId: orgId, identifier: 'GB-COH-01234567' },
    });
    expect(result.removeOrganisationIdentifier.identifiers).toEqual([
      { identifier: 'GB-CHC-1101234', isPrimary: true },
    ]);
    const missing = await testApp
      .client()
      .request(REMOVE, { input: { organisationId: orgId, identifier: 'GB-COH-01234567' } });
    expect(missing.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'identifier' });
    expect((await audit('identifiers')).length).toBe(3);
  });

  it('sets the places served, replacing the list, and audits before and after', async () => {
    const set = await testApp
      .client()
      .data<{ setOrganisationPlacesServed: { placesServed: { name: string }[] } }>(SET_PLACES, {
        input: { organisationId: orgId, placeIds: [place.belgrave, place.abbey], version: await version() },
      });
    expect(set.setOrganisationPlacesServed.placesServed).toEqual([{ name: 'Abbey' }, { name: 'Belgrave' }]);
    const replaced = await testApp
      .client()
      .data<{ setOrganisationPlacesServed: { placesServed: { name: string }[] } }>(SET_PLACES, {
        input: { organisationId: orgId, placeIds: [place.abbey], version: await version() },
      });
    expect(replaced.setOrganisationPlacesServed.placesServed).toEqual([{ name: 'Abbey' }]);
    const rows = await audit('placesServed');
    expect(rows).toHaveLength(2);
    expect(rows[1].changes.placesServed).toEqual({
      before: [place.abbey, place.belgrave].sort(),
      after: [place.abbey],
    });
  });

  it('refuses unknown or malformed place ids naming the field, and changes nothing', async () => {
    const unknown = await testApp.client().request(SET_PLACES, {
      input: {
        organisationId: orgId,
        placeIds: [place.abbey, '00000000-0000-4000-8000-000000000000'],
        version: await version(),
      },
    });
    expect(unknown.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'placeIds.1' });
    const malformed = await testApp
      .client()
      .request(SET_PLACES, { input: { organisationId: orgId, placeIds: ['nope'], version: await version() } });
    expect(malformed.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'placeIds' });
    expect(await countRows(ds, 'organisation_place', `organisation_id = '${orgId}'`)).toBe(1);
  });
});
