import { startTestApp, TestApp } from '../support/test-app';
import {
  addMembership,
  addParticipant,
  createFunding,
  createPartnership,
  createProject,
  makeOrganisation,
  makePlaceTree,
  PlaceTree,
} from '../support/partnership-factories';

const LIST = `query List($first: Int, $after: String, $last: Int, $before: String, $filter: PartnershipFilter, $sort: [PartnershipSort!]) {
  partnerships(first: $first, after: $after, last: $last, before: $before, filter: $filter, sort: $sort) {
    totalCount
    pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
    nodes { name }
  }
}`;

interface ListResult {
  partnerships: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
    nodes: { name: string }[];
  };
}

describe('partnerships list', () => {
  let testApp: TestApp;
  let places: PlaceTree;
  const ids: Record<string, string> = {};

  const list = async (variables: Record<string, unknown>) =>
    (await testApp.client().data<ListResult>(LIST, variables)).partnerships;
  const names = async (variables: Record<string, unknown>) => (await list(variables)).nodes.map((node) => node.name);

  beforeAll(async () => {
    testApp = await startTestApp();
    const client = testApp.client();
    places = await makePlaceTree(testApp.dataSource);
    const a = await makeOrganisation(testApp.dataSource, { name: 'Acorn Trust' });
    const b = await makeOrganisation(testApp.dataSource, { name: 'Birch CIC' });
    const c = await makeOrganisation(testApp.dataSource, { name: 'Cedar Group' });
    const funder = await makeOrganisation(testApp.dataSource, { name: 'Northern Fund', type: 'FUNDER' as never });
    const otherFunder = await makeOrganisation(testApp.dataSource, { name: 'Southern Fund', type: 'FUNDER' as never });
    Object.assign(ids, { a: a.id, b: b.id, c: c.id, funder: funder.id, otherFunder: otherFunder.id });

    const alpha = await createPartnership(client, {
      name: 'Alpha Food Alliance',
      status: 'ACTIVE',
      governanceModel: 'SHARED_LEADERSHIP',
      themes: ['food'],
      missions: ['HEALTH'],
      placeIds: [places.leedsWard],
      startDate: '2021-01-01',
    });
    const beta = await createPartnership(client, {
      name: 'Beta Housing Forum',
      status: 'FORMING',
      governanceModel: 'SINGLE_LEAD',
      themes: ['housing'],
      missions: ['HOUSING', 'PRIDE_IN_PLACE'],
      placeIds: [places.york],
      startDate: '2023-06-01',
    });
    const gamma = await createPartnership(client, {
      name: 'gamma Youth Network',
      status: 'PAUSED',
      governanceModel: 'COMMUNITY_LED',
      themes: ['youth', 'food'],
      placeIds: [places.leeds],
    });
    const delta = await createPartnership(client, {
      name: 'Delta Archived',
      status: 'CLOSED',
      themes: ['food'],
      startDate: '2019-03-01',
    });
    await testApp.client().data(`mutation { archivePartnership(input: { id: "${delta.id}", version: 1 }) { id } }`);
    Object.assign(ids, { alpha: alpha.id, beta: beta.id, gamma: gamma.id });

    await addMembership(client, alpha.id, a.id, { decisionSeat: true });
    await addMembership(client, alpha.id, b.id);
    await addMembership(client, beta.id, a.id);
    for (const org of [a, b, c]) await addMembership(client, gamma.id, org.id);
    const ended = await addMembership(client, beta.id, c.id, { fromDate: '2020-01-01', toDate: '2020-12-31' });
    expect(ended.id).toBeTruthy();

    const youthProject = await createProject(client, { name: 'Youth Hub', partnershipId: gamma.id });
    await addParticipant(client, youthProject.id, c.id);
    await createFunding(client, { funderOrganisationId: funder.id, recipientPartnershipId: alpha.id, amount: 5000 });
    await createFunding(client, { funderOrganisationId: funder.id, recipientProjectId: youthProject.id, amount: 2000 });
    await createFunding(client, {
      funderOrganisationId: otherFunder.id,
      recipientPartnershipId: beta.id,
      amount: 1000,
    });
  });
  afterAll(() => testApp.close());

  it('lists partnerships that are not archived, by name (ignoring case) unless told', async () => {
    const page = await list({});
    expect(page.totalCount).toBe(3);
    expect(page.nodes.map((n) => n.name)).toEqual(['Alpha Food Alliance', 'Beta Housing Forum', 'gamma Youth Network']);
  });

  it.each([
    ['status', { status: { eq: 'ACTIVE' } }, ['Alpha Food Alliance']],
    ['status in', { status: { in: ['FORMING', 'PAUSED'] } }, ['Beta Housing Forum', 'gamma Youth Network']],
    ['governanceModel', { governanceModel: { eq: 'COMMUNITY_LED' } }, ['gamma Youth Network']],
    ['themes any', { themes: { any: ['food'] } }, ['Alpha Food Alliance', 'gamma Youth Network']],
    ['themes all', { themes: { all: ['food', 'youth'] } }, ['gamma Youth Network']],
    ['missions any', { missions: { any: ['HOUSING', 'HEALTH'] } }, ['Alpha Food Alliance', 'Beta Housing Forum']],
    ['missions all', { missions: { all: ['HOUSING', 'PRIDE_IN_PLACE'] } }, ['Beta Housing Forum']],
    ['name contains', { name: { contains: 'housing' } }, ['Beta Housing Forum']],
    ['name ilike', { name: { ilike: 'gamma*' } }, ['gamma Youth Network']],
    ['startDate range', { startDate: { gte: '2021-01-01', lt: '2023-01-01' } }, ['Alpha Food Alliance']],
    ['not', { not: { status: { eq: 'ACTIVE' } } }, ['Beta Housing Forum', 'gamma Youth Network']],
  ])('filters by %s', async (_label, filter, expected) => {
    expect(await names({ filter })).toEqual(expected);
  });

  it('filters by place within, through the ltree hierarchy', async () => {
    expect(await names({ filter: { withinPlace: { eq: places.leeds } } })).toEqual([
      'Alpha Food Alliance',
      'gamma Youth Network',
    ]);
    expect(await names({ filter: { withinPlace: { eq: places.england } } })).toHaveLength(3);
    expect(await names({ filter: { withinPlace: { eq: places.leedsWard } } })).toEqual(['Alpha Food Alliance']);
    expect(await names({ filter: { withinPlace: { in: [places.york, places.leedsWard] } } })).toEqual([
      'Alpha Food Alliance',
      'Beta Housing Forum',
    ]);
  });

  it('filters by member organisation, counting ended memberships that are not archived', async () => {
    expect(await names({ filter: { memberOrganisation: { eq: ids['b'] } } })).toEqual([
      'Alpha Food Alliance',
      'gamma Youth Network',
    ]);
    expect(await names({ filter: { memberOrganisation: { eq: ids['c'] } } })).toEqual([
      'Beta Housing Forum',
      'gamma Youth Network',
    ]);
  });

  it('filters by funder, directly or through a project of the partnership', async () => {
    expect(await names({ filter: { fundedBy: { eq: ids['funder'] } } })).toEqual([
      'Alpha Food Alliance',
      'gamma Youth Network',
    ]);
    expect(await names({ filter: { fundedBy: { eq: ids['otherFunder'] } } })).toEqual(['Beta Housing Forum']);
  });

  it("answers a funder's question in one query: which partnerships we fund in this place, their money and members", async () => {
    const query = `query FunderPortfolio($funder: ID!, $place: ID!) {
      partnerships(filter: { fundedBy: { eq: $funder }, withinPlace: { eq: $place } }) {
        nodes { name fundingTotal members { organisation { name } } }
      }
    }`;
    const data = await testApp.client().data<{
      partnerships: {
        nodes: { name: string; fundingTotal: number; members: { organisation: { name: string } }[] }[];
      };
    }>(query, { funder: ids['funder'], place: places.leeds });
    expect(data.partnerships.nodes).toEqual([
      {
        name: 'Alpha Food Alliance',
        fundingTotal: 5000,
        members: [{ organisation: { name: 'Acorn Trust' } }, { organisation: { name: 'Birch CIC' } }],
      },
      {
        name: 'gamma Youth Network',
        fundingTotal: 2000,
        members: [
          { organisation: { name: 'Acorn Trust' } },
          { organisation: { name: 'Birch CIC' } },
          { organisation: { name: 'Cedar Group' } },
        ],
      },
    ]);
  });

  it("counts only one funder's money when fundingTotal is asked with funder", async () => {
    // Another funder joins in funding Alpha: the total grows, Northern Fund's share does not.
    await createFunding(testApp.client(), {
      funderOrganisationId: ids['otherFunder'],
      recipientPartnershipId: ids['alpha'],
      amount: 300,
    });
    const data = await testApp.client().data<{ partnership: { all: number; mine: number; theirs: number } }>(
      `query ($id: ID!, $mine: ID!, $theirs: ID!) {
        partnership(id: $id) { all: fundingTotal mine: fundingTotal(funder: $mine) theirs: fundingTotal(funder: $theirs) }
      }`,
      { id: ids['alpha'], mine: ids['funder'], theirs: ids['otherFunder'] },
    );
    expect(data.partnership).toEqual({ all: 5300, mine: 5000, theirs: 300 });
    const bad = await testApp
      .client()
      .request(`query ($id: ID!) { partnership(id: $id) { fundingTotal(funder: "nope") } }`, { id: ids['alpha'] });
    expect(bad.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'funder' });
  });

  it.each([
    [
      'NAME DESC',
      [{ field: 'NAME', direction: 'DESC' }],
      ['gamma Youth Network', 'Beta Housing Forum', 'Alpha Food Alliance'],
    ],
    ['STATUS', [{ field: 'STATUS' }], ['Beta Housing Forum', 'Alpha Food Alliance', 'gamma Youth Network']],
    [
      'START_DATE (empty last)',
      [{ field: 'START_DATE' }],
      ['Alpha Food Alliance', 'Beta Housing Forum', 'gamma Youth Network'],
    ],
    [
      'START_DATE DESC',
      [{ field: 'START_DATE', direction: 'DESC' }],
      ['Beta Housing Forum', 'Alpha Food Alliance', 'gamma Youth Network'],
    ],
    [
      'CREATED_AT DESC',
      [{ field: 'CREATED_AT', direction: 'DESC' }],
      ['gamma Youth Network', 'Beta Housing Forum', 'Alpha Food Alliance'],
    ],
    ['MEMBER_COUNT', [{ field: 'MEMBER_COUNT' }], ['Beta Housing Forum', 'Alpha Food Alliance', 'gamma Youth Network']],
    [
      'MEMBER_COUNT DESC',
      [{ field: 'MEMBER_COUNT', direction: 'DESC' }],
      ['gamma Youth Network', 'Alpha Food Alliance', 'Beta Housing Forum'],
    ],
  ])('sorts by %s', async (_label, sort, expected) => {
    expect(await names({ sort })).toEqual(expected);
  });

  it.each([[[{ field: 'MEMBER_COUNT' }]], [[{ field: 'START_DATE' }]], [[{ field: 'STATUS', direction: 'DESC' }]]])(
    'pages forwards and backwards with the total count, sorted by %j',
    async (sort) => {
      const all = await names({ sort });
      const first = await list({ first: 2, sort });
      expect(first.totalCount).toBe(3);
      expect(first.nodes.map((n) => n.name)).toEqual(all.slice(0, 2));
      expect(first.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
      const second = await list({ first: 2, after: first.pageInfo.endCursor, sort });
      expect(second.nodes.map((n) => n.name)).toEqual(all.slice(2));
      expect(second.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true });
      const back = await list({ last: 2, before: second.pageInfo.startCursor, sort });
      expect(back.nodes.map((n) => n.name)).toEqual(all.slice(0, 2));
      expect(back.totalCount).toBe(3);
      const tail = await list({ last: 1, sort });
      expect(tail.nodes.map((n) => n.name)).toEqual(all.slice(2));
      expect(tail.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true });
    },
  );

  it('refuses a bad filter value naming the field', async () => {
    const result = await testApp.client().request(LIST, { filter: { withinPlace: { eq: 'not-an-id' } } });
    expect(result.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'withinPlace.eq' });
  });

  it('computes member counts, seats, contributions and funding per partnership', async () => {
    const data = await testApp.client().data<{ partnership: Record<string, unknown> }>(
      `query ($id: ID!) { partnership(id: $id) { name memberCount decisionSeatCount totalCashContribution totalInKindContribution fundingTotal
          places { name } projects { name } } }`,
      { id: ids['beta'] },
    );
    // Cedar's membership of Beta ended in 2020: history, not a current member.
    expect(data.partnership).toMatchObject({ memberCount: 1, decisionSeatCount: 0, fundingTotal: 1000, projects: [] });
    const gamma = await testApp.client().data<{
      partnership: { projects: { name: string }[]; fundingTotal: number; places: { name: string }[] };
    }>(`query ($id: ID!) { partnership(id: $id) { projects { name } fundingTotal places { name } } }`, { id: ids['gamma'] });
    expect(gamma.partnership.projects).toEqual([{ name: 'Youth Hub' }]);
    expect(gamma.partnership.places).toHaveLength(1);
  });

  it("shows an organisation's memberships: which partnerships, in which role, since when", async () => {
    const data = await testApp.client().data<{
      organisation: {
        memberships: {
          role: string;
          fromDate: string | null;
          toDate: string | null;
          partnership: { name: string };
        }[];
      };
    }>(`query ($id: ID!) { organisation(id: $id) { memberships { role fromDate toDate partnership { name } } } }`, { id: ids['c'] });
    expect(data.organisation.memberships).toEqual([
      {
        role: 'CORE_MEMBER',
        fromDate: '2020-01-01',
        toDate: '2020-12-31',
        partnership: { name: 'Beta Housing Forum' },
      },
      { role: 'CORE_MEMBER', fromDate: null, toDate: null, partnership: { name: 'gamma Youth Network' } },
    ]);
  });
});
