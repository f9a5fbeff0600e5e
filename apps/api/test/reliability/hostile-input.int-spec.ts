import { GraphQLTestClient } from '@cg/api/testing';
import { createPartnership, makeOrganisation } from '../support/partnership-factories';
import { startTestApp, TestApp } from '../support/test-app';

const CREATE_ORG = `mutation ($input: CreateOrganisationInput!) { createOrganisation(input: $input) { id name } }`;
const CREATE_PERSON = `mutation ($input: CreatePersonInput!) { createPerson(input: $input) { id fullName } }`;
const CREATE_ACTIVITY = `mutation ($input: CreateActivityInput!) { createActivity(input: $input) { id title } }`;
const CREATE_FUNDING = `mutation ($input: CreateFundingInput!) { createFunding(input: $input) { id amount } }`;
const ORGS = `query ($search: String, $filter: OrganisationFilter) { organisations(first: 50, search: $search, filter: $filter) { nodes { name } } }`;
const PEOPLE = `query ($search: String, $filter: PersonFilter) { people(first: 50, search: $search, filter: $filter) { nodes { fullName } } }`;
const PARTNERSHIPS = `query ($filter: PartnershipFilter) { partnerships(first: 50, filter: $filter) { nodes { name } } }`;
const ACTIVITIES = `query ($filter: ActivityFilter) { activities(first: 50, filter: $filter) { nodes { title } } }`;

// Names where each LIKE or regex metacharacter stands for itself, and decoys it would match as a wildcard.
const LITERAL = ['100% Local', 'Under_score Trust', 'Back\\slash Works', 'Dot.*Star Group'];
const DECOYS = ['1000 Local', 'UnderXscore Trust', 'Backslash Works', 'DotAnyStar Group'];
const PROBES: [string, string][] = [
  ['%', '100% Local'],
  ['_', 'Under_score Trust'],
  ['\\', 'Back\\slash Works'],
  ['.*', 'Dot.*Star Group'],
];

describe('hostile input', () => {
  let testApp: TestApp;
  let client: GraphQLTestClient;
  beforeAll(async () => {
    testApp = await startTestApp();
    client = testApp.client();
  });
  afterAll(() => testApp.close());

  describe('null characters and broken text', () => {
    it.each([
      ['an organisation name', CREATE_ORG, { name: 'Nul\u0000Trust', type: 'CHARITY' }, 'name'],
      ['a person name', CREATE_PERSON, { fullName: 'Ann\u0000Lee' }, 'fullName'],
      [
        'a nested list entry',
        CREATE_ORG,
        { name: 'Themes Trust', type: 'CHARITY', themes: ['food', 'hou\u0000sing'] },
        'themes.1',
      ],
    ])('refuses a null character in %s, naming the field', async (_, mutation, input, field) => {
      const result = await client.request(mutation, { input });
      expect(result.errors?.[0]).toMatchObject({
        message: expect.stringMatching(/null character/),
        extensions: { code: 'BAD_USER_INPUT', field },
      });
    });

    it('refuses a null character in a search or filter, naming it', async () => {
      const search = await client.request(ORGS, { search: 'a\u0000' });
      expect(search.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'search' });
      const filter = await client.request(ORGS, { filter: { name: { contains: 'a\u0000' } } });
      expect(filter.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.name.contains' });
    });

    it('refuses half a UTF-16 pair instead of storing something else', async () => {
      const result = await client.request(CREATE_ORG, { input: { name: 'Broken \ud800 Trust', type: 'CHARITY' } });
      expect(result.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'name' });
    });

    it('stores bytes that are not UTF-8 as the replacement character, and reads them back', async () => {
      const body = Buffer.concat([
        Buffer.from(
          JSON.stringify({ query: CREATE_ORG, variables: { input: { name: 'Bad XX Bytes', type: 'CHARITY' } } }).split(
            'XX',
          )[0],
        ),
        Buffer.from([0xc3, 0x28, 0xff]),
        Buffer.from(
          JSON.stringify({ query: CREATE_ORG, variables: { input: { name: 'Bad XX Bytes', type: 'CHARITY' } } }).split(
            'XX',
          )[1],
        ),
      ]);
      const cookie = Object.entries(client.cookieJar())
        .map(([name, value]) => `${name}=${value}`)
        .join('; ');
      const response = await fetch(`${testApp.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', cookie, 'x-requested-with': 'common-ground' },
        body,
      });
      const result = (await response.json()) as { data?: { createOrganisation: { id: string; name: string } } };
      expect(result.data?.createOrganisation.name).toBe('Bad \ufffd(\ufffd Bytes');
      const [row] = await testApp.dataSource.query('SELECT name FROM organisation WHERE id = $1', [
        result.data?.createOrganisation.id,
      ]);
      expect(row.name).toBe('Bad \ufffd(\ufffd Bytes');
    });
  });

  describe('LIKE and regex metacharacters are literal in every search and filter', () => {
    beforeAll(async () => {
      const log = await createPartnership(client, { name: 'Activity log' });
      for (const name of [...LITERAL, ...DECOYS]) {
        await client.data(CREATE_ORG, { input: { name, type: 'CHARITY' } });
        await client.data(CREATE_PERSON, { input: { fullName: name } });
        await createPartnership(client, { name });
        await client.data(CREATE_ACTIVITY, {
          input: { title: name, notes: name, kind: 'MEETING', partnershipId: log.id },
        });
      }
    });

    const names = (result: Record<string, { nodes: Record<string, string>[] }>) =>
      Object.values(result)[0]
        .nodes.map((node) => Object.values(node)[0])
        .sort();

    it.each(PROBES)('%s finds only the name that holds it', async (probe, expected) => {
      const lists: [string, Record<string, unknown>][] = [
        [ORGS, { search: probe }],
        [ORGS, { filter: { name: { contains: probe } } }],
        [ORGS, { filter: { name: { ilike: `*${probe}*` } } }],
        [PEOPLE, { search: probe }],
        [PEOPLE, { filter: { name: { contains: probe } } }],
        [PARTNERSHIPS, { filter: { name: { contains: probe } } }],
        [ACTIVITIES, { filter: { title: { contains: probe } } }],
        [ACTIVITIES, { filter: { notes: { ilike: `*${probe}*` } } }],
      ];
      for (const [query, variables] of lists) {
        const found = names(await client.data(query, variables));
        expect({ query: query.slice(8, 30), variables, found }).toEqual({
          query: query.slice(8, 30),
          variables,
          found: [expected],
        });
      }
    });
  });

  describe('numbers', () => {
    let funder: string;
    let recipient: string;
    let log: string;
    beforeAll(async () => {
      log = (await createPartnership(client, { name: 'Counted log' })).id;
      funder = (await makeOrganisation(testApp.dataSource, { name: 'Number Funder' })).id;
      recipient = (await makeOrganisation(testApp.dataSource, { name: 'Number Recipient' })).id;
    });
    const fund = (amount: unknown) =>
      client.request(CREATE_FUNDING, {
        input: { funderOrganisationId: funder, recipientOrganisationId: recipient, amount },
      });

    it.each([
      ['negative', -5, /negative|more than zero/],
      ['enormous', 1e300, /too large/],
      ['fractions of a penny', 10.001, /2 decimal places/],
    ])('refuses a %s amount, naming the field', async (_, amount, message) => {
      const result = await fund(amount);
      expect(result.errors?.[0]).toMatchObject({
        message: expect.stringMatching(message),
        extensions: { code: 'BAD_USER_INPUT', field: 'amount' },
      });
    });

    it.each(['NaN', 'Infinity', '-Infinity', '1e999'])(
      'refuses %s, which JSON cannot carry as a number',
      async (text) => {
        // A JSON number too large for a double arrives as Infinity; NaN and Infinity arrive as strings or not at all.
        const body = `{"query":${JSON.stringify(CREATE_FUNDING)},"variables":{"input":{"funderOrganisationId":"${funder}","recipientOrganisationId":"${recipient}","amount":${text === '1e999' ? text : JSON.stringify(text)}}}}`;
        const cookie = Object.entries(client.cookieJar())
          .map(([name, value]) => `${name}=${value}`)
          .join('; ');
        const response = await fetch(`${testApp.url}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', cookie, 'x-requested-with': 'common-ground' },
          body,
        });
        const result = (await response.json()) as {
          data?: unknown;
          errors?: { message: string; extensions?: { code?: string } }[];
        };
        expect(result.data ?? null).toBeNull();
        expect(result.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
        expect(result.errors?.[0].message).toMatch(/amount/);
      },
    );

    it('refuses a negative or out-of-range whole number', async () => {
      const negative = await client.request(CREATE_ACTIVITY, {
        input: { title: 'Count', kind: 'MEETING', attendance: -1, partnershipId: log },
      });
      expect(negative.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'attendance' });
      const huge = await client.request(CREATE_ACTIVITY, {
        input: { title: 'Count', kind: 'MEETING', attendance: 1e12, partnershipId: log },
      });
      expect(huge.errors?.[0].extensions?.['code']).toBe('BAD_USER_INPUT');
    });
  });
});
