import { AuthService } from '@cg/api/core/auth';
import { countQueries } from '@cg/api/testing';
import { OrganisationRole } from '@cg/shared/domain';
import { DataSource } from 'typeorm';
import { auditActions, countRows, makePlace, PageOf, walkPages } from '../support/org-factories';
import { startTestApp, TestApp } from '../support/test-app';

interface PlaceNode {
  id: string;
  code: string;
  name: string;
  level: string;
  imdDecile: number | null;
  imdRank: number | null;
}

const FIELDS = 'id code name level imdDecile imdRank';
const PLACES = `query Places($first: Int, $after: String, $last: Int, $before: String, $filter: PlaceFilter, $sort: [PlaceSort!]) {
  places(first: $first, after: $after, last: $last, before: $before, filter: $filter, sort: $sort) {
    totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor } nodes { ${FIELDS} }
  }
}`;
const CREATE = `mutation($input: CreatePlaceInput!) { createPlace(input: $input) { id code name level version parent { code } } }`;
const UPDATE = `mutation($input: UpdatePlaceInput!) { updatePlace(input: $input) { id name population version } }`;
const ARCHIVE = `mutation($input: RecordVersionInput!) { archivePlace(input: $input) { id version archivedAt } }`;
const RESTORE = `mutation($input: RecordVersionInput!) { restorePlace(input: $input) { id version archivedAt } }`;

describe('places', () => {
  let testApp: TestApp;
  let ds: DataSource;
  const id: Record<string, string> = {};

  beforeAll(async () => {
    testApp = await startTestApp();
    ds = testApp.dataSource;
    // England → Leicester (LA) → two wards → LSOAs; and Rutland, a second LA with one ward.
    id.england = await makePlace(ds, { code: 'E92000001', name: 'England', level: 'COUNTRY' as never });
    id.leicester = await makePlace(ds, {
      code: 'E06000016',
      name: 'Leicester',
      level: 'LOCAL_AUTHORITY' as never,
      parentId: id.england,
      imdDecile: 2,
      imdRank: 32,
    });
    id.abbey = await makePlace(ds, {
      code: 'E05010458',
      name: 'Abbey',
      level: 'WARD' as never,
      parentId: id.leicester,
    });
    id.belgrave = await makePlace(ds, {
      code: 'E05010459',
      name: 'Belgrave',
      level: 'WARD' as never,
      parentId: id.leicester,
    });
    id.abbey1 = await makePlace(ds, {
      code: 'E01013581',
      name: 'Leicester 001A',
      level: 'LSOA' as never,
      parentId: id.abbey,
      imdDecile: 1,
      imdRank: 120,
    });
    id.abbey2 = await makePlace(ds, {
      code: 'E01013582',
      name: 'Leicester 001B',
      level: 'LSOA' as never,
      parentId: id.abbey,
      imdDecile: 3,
      imdRank: 9000,
    });
    id.belgrave1 = await makePlace(ds, {
      code: 'E01013590',
      name: 'Leicester 014C',
      level: 'LSOA' as never,
      parentId: id.belgrave,
      imdDecile: 5,
      imdRank: 15000,
    });
    id.rutland = await makePlace(ds, {
      code: 'E06000017',
      name: 'Rutland',
      level: 'LOCAL_AUTHORITY' as never,
      parentId: id.england,
      imdDecile: 10,
      imdRank: 310,
    });
    id.oakham = await makePlace(ds, {
      code: 'E05010900',
      name: 'Oakham North',
      level: 'WARD' as never,
      parentId: id.rutland,
    });
  });
  afterAll(() => testApp.close());

  const list = (variables: Record<string, unknown>) =>
    testApp
      .client()
      .data<{ places: PageOf<PlaceNode> }>(PLACES, variables)
      .then((data) => data.places);
  const codes = (nodes: PlaceNode[]) => nodes.map((node) => node.code);

  it('finds one place by id and by code, with its parent, children and ancestors', async () => {
    const { place } = await testApp.client().data<{
      place: { name: string; parent: { name: string }; children: { name: string }[]; ancestors: { name: string }[] };
    }>(`query($id: ID!) { place(id: $id) { name parent { name } children { name } ancestors { name } } }`, { id: id.abbey });
    expect(place).toEqual({
      name: 'Abbey',
      parent: { name: 'Leicester' },
      children: [{ name: 'Leicester 001A' }, { name: 'Leicester 001B' }],
      ancestors: [{ name: 'England' }, { name: 'Leicester' }],
    });
    const byCode = await testApp.client().data<{
      placeByCode: { id: string; parent: null | object };
    }>(`{ placeByCode(code: "E92000001") { id parent { id } } }`);
    expect(byCode.placeByCode).toEqual({ id: id.england, parent: null });
  });

  it('answers NOT_FOUND for an unknown id or code', async () => {
    const byId = await testApp.client().request(`{ place(id: "00000000-0000-4000-8000-000000000000") { id } }`);
    expect(byId.errors?.[0].extensions?.['code']).toBe('NOT_FOUND');
    const byCode = await testApp.client().request(`{ placeByCode(code: "E99999999") { id } }`);
    expect(byCode.errors?.[0].extensions).toMatchObject({ code: 'NOT_FOUND' });
    expect(byCode.errors?.[0].message).toMatch(/E99999999/);
  });

  it('lists everything in a local authority: itself, its wards and their LSOAs', async () => {
    const page = await list({ filter: { withinPlace: { eq: id.leicester } }, sort: [{ field: 'CODE' }] });
    expect(codes(page.nodes)).toEqual(['E01013581', 'E01013582', 'E01013590', 'E05010458', 'E05010459', 'E06000016']);
    expect(page.totalCount).toBe(6);
    const both = await list({ filter: { withinPlace: { in: [id.abbey, id.oakham] } } });
    expect(codes(both.nodes).sort()).toEqual(['E01013581', 'E01013582', 'E05010458', 'E05010900']);
  });

  it('filters by level, name, code and an IMD decile range', async () => {
    expect(codes((await list({ filter: { level: { eq: 'LOCAL_AUTHORITY' } } })).nodes)).toEqual([
      'E06000016',
      'E06000017',
    ]);
    expect(codes((await list({ filter: { name: { contains: 'oakham' } } })).nodes)).toEqual(['E05010900']);
    expect(codes((await list({ filter: { code: { in: ['E05010459', 'E92000001'] } } })).nodes)).toEqual([
      'E05010459',
      'E92000001',
    ]);
    const deprived = await list({
      filter: { imdDecile: { gte: 1, lte: 3 }, withinPlace: { eq: id.leicester } },
      sort: [{ field: 'IMD_RANK' }],
    });
    expect(codes(deprived.nodes)).toEqual(['E06000016', 'E01013581', 'E01013582']);
    const or = await list({ filter: { or: [{ level: { eq: 'COUNTRY' } }, { name: { eq: 'Rutland' } }] } });
    expect(codes(or.nodes)).toEqual(['E92000001', 'E06000017']);
  });

  it.each([
    [
      'NAME',
      'ASC',
      [
        'Abbey',
        'Belgrave',
        'England',
        'Leicester',
        'Leicester 001A',
        'Leicester 001B',
        'Leicester 014C',
        'Oakham North',
        'Rutland',
      ],
    ],
    [
      'CODE',
      'DESC',
      [
        'England',
        'Rutland',
        'Leicester',
        'Oakham North',
        'Belgrave',
        'Abbey',
        'Leicester 014C',
        'Leicester 001B',
        'Leicester 001A',
      ],
    ],
    [
      'LEVEL',
      'ASC',
      [
        'England',
        'Leicester',
        'Rutland',
        'Abbey',
        'Belgrave',
        'Oakham North',
        'Leicester 001A',
        'Leicester 001B',
        'Leicester 014C',
      ],
    ],
    [
      'IMD_RANK',
      'ASC',
      [
        'Leicester',
        'Leicester 001A',
        'Rutland',
        'Leicester 001B',
        'Leicester 014C',
        'Abbey',
        'Belgrave',
        'England',
        'Oakham North',
      ],
    ],
  ])('sorts by %s %s', async (field, direction, names) => {
    const sort = [{ field, direction }, { field: 'NAME' }];
    const page = await list({ first: 50, sort, filter: { withinPlace: { eq: id.england } } });
    expect(page.nodes.map((node) => node.name)).toEqual(names);
  });

  it('pages forwards and backwards through the same order, with totalCount on every page', async () => {
    const run = (paging: Record<string, unknown>) =>
      list({
        ...paging,
        sort: [{ field: 'IMD_RANK', direction: 'DESC' }],
        filter: { withinPlace: { eq: id.england } },
      });
    const all = (await run({ first: 50 })).nodes.map((node) => node.code);
    const forward = await walkPages(run, 2, 'forward');
    const backward = await walkPages(run, 2, 'backward');
    expect(forward.nodes.map((node) => node.code)).toEqual(all);
    expect(backward.nodes.map((node) => node.code)).toEqual(all);
    expect(forward.pages).toBe(5);
    expect(forward.totalCount).toBe(9);
    expect(backward.totalCount).toBe(9);
  });

  it('creates a custom place inside a ward, edits, archives and restores it, each step audited', async () => {
    const { createPlace } = await testApp
      .client()
      .data<{ createPlace: { id: string; code: string; level: string; parent: { code: string } } }>(CREATE, {
        input: { name: 'Saffron Lane Estate', parentId: id.abbey },
      });
    expect(createPlace).toMatchObject({
      level: 'CUSTOM',
      parent: { code: 'E05010458' },
      code: 'E05010458-saffron-lane-estate',
    });
    const within = await list({ filter: { withinPlace: { eq: id.leicester }, level: { eq: 'CUSTOM' } } });
    expect(within.nodes.map((node) => node.id)).toEqual([createPlace.id]);

    const updated = await testApp
      .client()
      .data<{ updatePlace: { name: string; population: number; version: number } }>(UPDATE, {
        input: { id: createPlace.id, version: 1, name: 'Saffron Lane', population: 4200 },
      });
    expect(updated.updatePlace).toMatchObject({ name: 'Saffron Lane', population: 4200, version: 2 });
    const archived = await testApp
      .client()
      .data<{ archivePlace: { archivedAt: string } }>(ARCHIVE, { input: { id: createPlace.id, version: 2 } });
    expect(archived.archivePlace.archivedAt).toBeTruthy();
    expect((await list({ filter: { level: { eq: 'CUSTOM' } } })).totalCount).toBe(0);
    const restored = await testApp.client().data<{
      restorePlace: { archivedAt: null; version: number };
    }>(RESTORE, { input: { id: createPlace.id, version: 3 } });
    expect(restored.restorePlace).toMatchObject({ archivedAt: null, version: 4 });
    expect(await auditActions(ds, createPlace.id)).toEqual(['CREATE', 'UPDATE', 'ARCHIVE', 'RESTORE']);
  });

  it('lets someone who administers two organisations say which one owns a new place', async () => {
    const [{ id: trust }] = await ds.query(`INSERT INTO organisation (name, type, sector) VALUES ('Abbey Trust', 'CHARITY', 'VOLUNTARY_AND_COMMUNITY') RETURNING id`);
    const [{ id: forum }] = await ds.query(`INSERT INTO organisation (name, type, sector) VALUES ('Abbey Forum', 'COMMUNITY_GROUP', 'GRASSROOTS_COMMUNITY') RETURNING id`);
    const [{ id: council }] = await ds.query(`INSERT INTO organisation (name, type, sector) VALUES ('Abbey Council', 'LOCAL_AUTHORITY', 'PUBLIC') RETURNING id`);
    const auth = testApp.app.get(AuthService);
    const user = await auth.createUser({ email: 'two.hats@abbey.example', name: 'Two Hats', password: 'two hats password' });
    await auth.addMembership(user.id, trust, OrganisationRole.ORG_ADMIN);
    await auth.addMembership(user.id, forum, OrganisationRole.ORG_ADMIN);
    await auth.addMembership(user.id, council, OrganisationRole.VIEWER);
    const client = testApp.anonymousClient();
    await client.data(`mutation($input: SignInInput!) { signIn(input: $input) { user { id } } }`, {
      input: { email: 'two.hats@abbey.example', password: 'two hats password' },
    });

    const unsaid = await client.request(CREATE, { input: { name: 'Abbey Allotments', parentId: id.abbey } });
    expect(unsaid.errors?.[0].extensions?.['code']).toBe('FORBIDDEN');
    const notTheirs = await client.request(CREATE, { input: { name: 'Abbey Allotments', parentId: id.abbey, ownerOrganisationId: council } });
    expect(notTheirs.errors?.[0].extensions?.['code']).toBe('FORBIDDEN');
    expect(await countRows(ds, 'place', "name = 'Abbey Allotments'")).toBe(0);

    const made = await client.data<{ createPlace: { id: string } }>(CREATE, {
      input: { name: 'Abbey Allotments', parentId: id.abbey, ownerOrganisationId: forum },
    });
    const [row] = await ds.query('SELECT owner_organisation_id AS owner FROM place WHERE id = $1', [made.createPlace.id]);
    expect(row.owner).toBe(forum);
  });

  it('refuses a stale version with CONFLICT and leaves the place as it was', async () => {
    const { createPlace } = await testApp
      .client()
      .data<{ createPlace: { id: string } }>(CREATE, { input: { name: 'Braunstone Park', parentId: id.belgrave } });
    await testApp.client().data(UPDATE, { input: { id: createPlace.id, version: 1, name: 'Braunstone' } });
    const stale = await testApp
      .client()
      .request(UPDATE, { input: { id: createPlace.id, version: 1, name: 'Overwritten' } });
    expect(stale.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', currentVersion: 2 });
    const [row] = await ds.query('SELECT name FROM place WHERE id = $1', [createPlace.id]);
    expect(row.name).toBe('Braunstone');
  });

  it.each([
    [UPDATE, { name: 'Renamed Leicester' }],
    [ARCHIVE, {}],
    [RESTORE, {}],
  ])('refuses to change an official ONS place (%#)', async (mutation, extra) => {
    const result = await testApp.client().request(mutation, { input: { id: id.leicester, version: 1, ...extra } });
    expect(result.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id' });
    expect(result.errors?.[0].message).toMatch(/official ONS place/);
    const [row] = await ds.query('SELECT name, version, archived_at FROM place WHERE id = $1', [id.leicester]);
    expect(row).toEqual({ name: 'Leicester', version: 1, archived_at: null });
  });

  it.each([
    [CREATE, { name: 'X', parentId: '00000000-0000-4000-8000-000000000001' }, 'name', /between 2 and 120/],
    [CREATE, { name: 'Good name', parentId: 'nope' }, 'parentId', /place id/],
    [
      CREATE,
      { name: 'Good name', parentId: '00000000-0000-4000-8000-000000000001' },
      'parentId',
      /No place has the id/,
    ],
    [
      CREATE,
      { name: 'Good name', parentId: '00000000-0000-4000-8000-000000000001', code: 'bad code!' },
      'code',
      /letters, digits/,
    ],
    [
      UPDATE,
      { id: '00000000-0000-4000-8000-000000000001', version: 1, population: -5 },
      'population',
      /not be negative/,
    ],
  ])('refuses bad input naming the field and writes nothing (%#)', async (mutation, input, field, message) => {
    const before = await countRows(ds, 'place');
    const result = await testApp.client().request(mutation, { input });
    expect(result.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect(result.errors?.[0].message).toMatch(message);
    expect(await countRows(ds, 'place')).toBe(before);
  });

  it('answers NOT_FOUND when updating a place that does not exist', async () => {
    const result = await testApp
      .client()
      .request(UPDATE, { input: { id: '00000000-0000-4000-8000-000000000002', version: 1, name: 'Nowhere' } });
    expect(result.errors?.[0].extensions?.['code']).toBe('NOT_FOUND');
  });

  it('loads parent, children and ancestors for a whole page in a fixed number of statements', async () => {
    const QUERY = `query($first: Int) { places(first: $first, sort: [{ field: CODE }]) { nodes { code parent { name } children { name } ancestors { name } } } }`;
    const count = async (first: number) => {
      const counter = countQueries(ds);
      await testApp.client().data(QUERY, { first });
      return counter.stop();
    };
    expect(await count(9)).toBe(await count(2));
  });
});
