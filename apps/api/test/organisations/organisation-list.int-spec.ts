import { countQueries } from '@cg/api/testing';
import { OrganisationType } from '@cg/shared/domain';
import { DataSource } from 'typeorm';
import {
  addIdentifier,
  addMember,
  addParticipant,
  makeFunding,
  makeOrganisation,
  makePartnership,
  makePlace,
  makeProject,
  PageOf,
  servePlace,
  walkPages,
} from '../support/org-factories';
import { startTestApp, TestApp } from '../support/test-app';

interface OrgNode {
  id: string;
  name: string;
  type: string;
  sector: string;
}

const LIST = `query Orgs($first: Int, $after: String, $last: Int, $before: String, $filter: OrganisationFilter, $sort: [OrganisationSort!], $search: String) {
  organisations(first: $first, after: $after, last: $last, before: $before, filter: $filter, sort: $sort, search: $search) {
    totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor } nodes { id name type sector }
  }
}`;

describe('organisations list', () => {
  let testApp: TestApp;
  let ds: DataSource;
  const place: Record<string, string> = {};
  const org: Record<string, string> = {};
  let partnership: string;

  beforeAll(async () => {
    testApp = await startTestApp();
    ds = testApp.dataSource;
    place.england = await makePlace(ds, { code: 'E92000001', name: 'England' });
    place.leicester = await makePlace(ds, {
      code: 'E06000016',
      name: 'Leicester',
      parentId: place.england,
      level: 'LOCAL_AUTHORITY' as never,
    });
    place.abbey = await makePlace(ds, { code: 'E05010458', name: 'Abbey', parentId: place.leicester });
    place.rutland = await makePlace(ds, {
      code: 'E06000017',
      name: 'Rutland',
      parentId: place.england,
      level: 'LOCAL_AUTHORITY' as never,
    });

    const seeds: [string, string, OrganisationType, Record<string, unknown>][] = [
      [
        'cares',
        'Leicestershire Cares',
        OrganisationType.CHARITY,
        { themes: ['youth', 'volunteering'], homePlaceId: place.abbey },
      ],
      [
        'harrowby',
        'Harrowby Food Network',
        OrganisationType.COMMUNITY_GROUP,
        { themes: ['food'], homePlaceId: place.rutland },
      ],
      [
        'council',
        'Leicester City Council',
        OrganisationType.LOCAL_AUTHORITY,
        { themes: ['youth'], homePlaceId: place.leicester },
      ],
      ['funder', 'Rutland Funders Trust', OrganisationType.FUNDER, {}],
      ['business', 'Oakham Business Forum', OrganisationType.BUSINESS, { themes: ['food', 'youth'] }],
      ['archived', 'Archived Arts Collective', OrganisationType.CHARITY, { archived: true }],
    ];
    let day = 1;
    for (const [key, name, type, extra] of seeds) {
      org[key] = await makeOrganisation(ds, { name, type, ...extra, createdAt: `2025-01-0${day++}T09:00:00Z` });
    }
    await ds.query(`UPDATE organisation SET updated_at = '2025-06-01T00:00:00Z' WHERE id = $1`, [org.funder]);
    await servePlace(ds, org.business, place.abbey);
    await addIdentifier(ds, org.cares, 'GB-CHC-1101234');
    await addIdentifier(ds, org.cares, 'GB-COH-01234567', false);

    partnership = await makePartnership(ds, 'Leicester Together');
    await addMember(ds, partnership, org.cares);
    await addMember(ds, partnership, org.council);
    await addMember(ds, partnership, org.harrowby, { toDate: '2020-01-01' });
    const project = await makeProject(ds, 'Warm Spaces');
    await addParticipant(ds, project, org.business);
    await makeFunding(ds, org.funder, { partnershipId: partnership });
    await makeFunding(ds, org.funder, { projectId: project });
  });
  afterAll(() => testApp.close());

  const list = (variables: Record<string, unknown>) =>
    testApp
      .client()
      .data<{ organisations: PageOf<OrgNode> }>(LIST, variables)
      .then((data) => data.organisations);
  const names = async (variables: Record<string, unknown>) =>
    (await list({ first: 50, ...variables })).nodes.map((node) => node.name);

  it('lists organisations by name, leaving archived ones out unless asked', async () => {
    expect(await names({})).toEqual([
      'Harrowby Food Network',
      'Leicester City Council',
      'Leicestershire Cares',
      'Oakham Business Forum',
      'Rutland Funders Trust',
    ]);
    expect(await names({ filter: { includeArchived: true } })).toContain('Archived Arts Collective');
    expect((await list({ filter: { includeArchived: true } })).totalCount).toBe(6);
  });

  it('lists exactly the organisations asked for by id', async () => {
    const all = await list({ first: 50 });
    const picked = all.nodes.slice(1, 3);
    const byId = await list({ filter: { id: { in: picked.map((node) => node.id) } } });
    expect(byId.nodes.map((node) => node.name)).toEqual(picked.map((node) => node.name));
    expect(byId.totalCount).toBe(2);
  });

  it('searches names fuzzily, best match first', async () => {
    expect((await names({ search: 'Leics Cares' }))[0]).toBe('Leicestershire Cares');
    expect((await names({ search: 'harowby food' }))[0]).toBe('Harrowby Food Network');
    expect(await names({ search: 'oakham' })).toEqual(['Oakham Business Forum']);
    expect(await names({ search: 'zzqx' })).toEqual([]);
    expect(await names({ search: 'Cares Leicestershire' })).toEqual(['Leicestershire Cares']);
    expect(await names({ search: '100%' })).toEqual([]);
    expect(await names({ search: '   ' })).toHaveLength(5);
  });

  it('pages search results both ways in relevance order', async () => {
    const run = (paging: Record<string, unknown>) => list({ ...paging, search: 'Leicester' });
    const all = (await run({ first: 50 })).nodes.map((node) => node.name);
    expect(all.slice(0, 2).sort()).toEqual(['Leicester City Council', 'Leicestershire Cares']);
    const forward = await walkPages(run, 1, 'forward');
    const backward = await walkPages(run, 1, 'backward');
    expect(forward.nodes.map((node) => node.name)).toEqual(all);
    expect(backward.nodes.map((node) => node.name)).toEqual(all);
    expect(forward.totalCount).toBe(all.length);
  });

  it('refuses a cursor from one search when paging another', async () => {
    const page = await list({ first: 1, search: 'Leicester' });
    const result = await testApp.client().request(LIST, { first: 1, after: page.pageInfo.endCursor, search: 'Oakham' });
    expect(result.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
  });

  it.each([
    ['name contains', { name: { contains: 'leicester' } }, ['Leicester City Council', 'Leicestershire Cares']],
    ['type', { type: { in: ['FUNDER', 'BUSINESS'] } }, ['Oakham Business Forum', 'Rutland Funders Trust']],
    ['sector', { sector: { eq: 'GRASSROOTS_COMMUNITY' } }, ['Harrowby Food Network']],
    ['themes any', { themes: { any: ['food'] } }, ['Harrowby Food Network', 'Oakham Business Forum']],
    ['themes all', { themes: { all: ['food', 'youth'] } }, ['Oakham Business Forum']],
    [
      'withinPlace (home or served)',
      'WITHIN_LEICESTER',
      ['Leicester City Council', 'Leicestershire Cares', 'Oakham Business Forum'],
    ],
    ['memberOfPartnership (current only)', 'MEMBER', ['Leicester City Council', 'Leicestershire Cares']],
    // Harrowby's membership has ended: the tie view counts current members only, so funding given to
    // the partnership no longer reaches it (one meaning of "current", issue #16).
    [
      'fundedBy (via partnership or project)',
      'FUNDED',
      ['Leicester City Council', 'Leicestershire Cares', 'Oakham Business Forum'],
    ],
    ['createdAt', { createdAt: { gte: '2025-01-04T00:00:00Z' } }, ['Oakham Business Forum', 'Rutland Funders Trust']],
    ['updatedAt', { updatedAt: { gt: '2025-05-01T00:00:00Z' } }, ['Rutland Funders Trust']],
    ['not', { not: { themes: { any: ['youth'] } } }, ['Harrowby Food Network', 'Rutland Funders Trust']],
    [
      'or',
      { or: [{ type: { eq: 'FUNDER' } }, { name: { eq: 'Harrowby Food Network' } }] },
      ['Harrowby Food Network', 'Rutland Funders Trust'],
    ],
  ])('filters by %s', async (_label, filter, expected) => {
    const resolved =
      filter === 'WITHIN_LEICESTER'
        ? { withinPlace: { eq: place.leicester } }
        : filter === 'MEMBER'
          ? { memberOfPartnership: { eq: partnership } }
          : filter === 'FUNDED'
            ? { fundedBy: { in: [org.funder] } }
            : filter;
    expect(await names({ filter: resolved })).toEqual(expected);
    expect((await list({ filter: resolved })).totalCount).toBe(expected.length);
  });

  it.each([
    [
      'NAME',
      'DESC',
      [
        'Rutland Funders Trust',
        'Oakham Business Forum',
        'Leicestershire Cares',
        'Leicester City Council',
        'Harrowby Food Network',
      ],
    ],
    [
      'TYPE',
      'ASC',
      [
        'Leicestershire Cares',
        'Harrowby Food Network',
        'Leicester City Council',
        'Oakham Business Forum',
        'Rutland Funders Trust',
      ],
    ],
    [
      'SECTOR',
      'ASC',
      [
        'Leicester City Council',
        'Oakham Business Forum',
        'Leicestershire Cares',
        'Harrowby Food Network',
        'Rutland Funders Trust',
      ],
    ],
    [
      'CREATED_AT',
      'ASC',
      [
        'Leicestershire Cares',
        'Harrowby Food Network',
        'Leicester City Council',
        'Rutland Funders Trust',
        'Oakham Business Forum',
      ],
    ],
    [
      'UPDATED_AT',
      'DESC',
      [
        'Rutland Funders Trust',
        'Oakham Business Forum',
        'Leicester City Council',
        'Harrowby Food Network',
        'Leicestershire Cares',
      ],
    ],
  ])('sorts by %s %s', async (field, direction, expected) => {
    expect(await names({ sort: [{ field, direction }] })).toEqual(expected);
  });

  it('pages forwards with first/after and backwards with last/before, with totalCount', async () => {
    const run = (paging: Record<string, unknown>) =>
      list({ ...paging, sort: [{ field: 'CREATED_AT', direction: 'DESC' }] });
    const all = (await run({ first: 50 })).nodes.map((node) => node.name);
    const forward = await walkPages(run, 2, 'forward');
    const backward = await walkPages(run, 2, 'backward');
    expect(forward.nodes.map((node) => node.name)).toEqual(all);
    expect(backward.nodes.map((node) => node.name)).toEqual(all);
    expect([forward.pages, forward.totalCount, backward.totalCount]).toEqual([3, 5, 5]);
    const first = await run({ first: 2 });
    expect(first.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
  });

  it('refuses bad paging and filter input naming the field', async () => {
    const both = await testApp.client().request(LIST, { first: 1, last: 1 });
    expect(both.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'last' });
    const badId = await testApp.client().request(LIST, { filter: { withinPlace: { eq: 'not-an-id' } } });
    expect(badId.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'withinPlace.eq' });
    const badCursor = await testApp.client().request(LIST, { first: 1, after: 'rubbish' });
    expect(badCursor.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
  });

  it('resolves identifiers, home place and places served', async () => {
    const { organisations } = await testApp.client().data<{
      organisations: {
        nodes: {
          name: string;
          identifiers: { identifier: string; isPrimary: boolean }[];
          homePlace: { name: string } | null;
          placesServed: { name: string }[];
        }[];
      };
    }>(`{ organisations(first: 10, filter: { withinPlace: { eq: "${place.leicester}" } }) {
      nodes { name identifiers { identifier isPrimary } homePlace { name } placesServed { name } } } }`);
    expect(organisations.nodes).toEqual([
      { name: 'Leicester City Council', identifiers: [], homePlace: { name: 'Leicester' }, placesServed: [] },
      {
        name: 'Leicestershire Cares',
        identifiers: [
          { identifier: 'GB-CHC-1101234', isPrimary: true },
          { identifier: 'GB-COH-01234567', isPrimary: false },
        ],
        homePlace: { name: 'Abbey' },
        placesServed: [],
      },
      { name: 'Oakham Business Forum', identifiers: [], homePlace: null, placesServed: [{ name: 'Abbey' }] },
    ]);
  });

  it('reads only the columns the nodes ask for, and every column when a field needs its parent', async () => {
    const pageSql = (queries: readonly string[]) => queries.find((sql) => sql.includes('FROM "organisation" "o"')) ?? '';
    const plain = countQueries(ds);
    const { organisations } = await testApp.client().data<{ organisations: { nodes: OrgNode[] } }>(
      `{ organisations(first: 2) { edges { node { ...Named } } nodes { __typename sector } } } fragment Named on Organisation { id name }`,
    );
    plain.stop();
    expect(organisations.nodes).toHaveLength(2);
    expect(organisations.nodes.every((node) => typeof node.sector === 'string')).toBe(true);
    expect(pageSql(plain.queries)).toContain('"o"."sector"');
    expect(pageSql(plain.queries)).not.toContain('"o"."description"');

    const nested = countQueries(ds);
    await testApp.client().data(`{ organisations(first: 2) { nodes { name homePlace { name } } } }`);
    nested.stop();
    expect(pageSql(nested.queries)).toContain('"o"."description"');
  });
});
