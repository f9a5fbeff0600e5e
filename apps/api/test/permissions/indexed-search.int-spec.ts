import { GraphQLTestClient } from '@cg/api/testing';
import { startTestApp, TestApp } from '../support/test-app';
import { signedInAs } from '../support/users';

/*
 * Search and text/array filters find their candidates on the index, as the table owner
 * (migration IndexedReadsUnderRls), and row-level security then judges each candidate. This
 * proves the second step is never skipped: every search and filter returns exactly the matches
 * the user may read, for each kind of list that matches this way.
 */
describe('indexed search under row-level security', () => {
  let testApp: TestApp;
  let home: GraphQLTestClient;
  const org: Record<string, string> = {};

  const admin = () => testApp.client();
  const create = async (mutation: string, input: Record<string, unknown>): Promise<string> => {
    const type = `${mutation[0].toUpperCase()}${mutation.slice(1)}Input`;
    const data = await admin().data<Record<string, { id: string }>>(`mutation ($input: ${type}!) { ${mutation}(input: $input) { id } }`, { input });
    return data[mutation].id;
  };

  /** Readable to the home user: PUBLIC ones, and everything home owns. Hidden: PRIVATE and PARTNERS of a stranger. */
  const READABLE = ['Harrowby Food Network', 'Harrowby Food Home', 'Harrowby Food Home Private'];
  const HIDDEN = ['Harrowby Food Secret', 'Harrowby Food Circle'];

  beforeAll(async () => {
    testApp = await startTestApp();
    org['stranger'] = await create('createOrganisation', { name: 'Stranger Trust', type: 'CHARITY' });
    org['home'] = await create('createOrganisation', { name: 'Harrowby Food Home', type: 'CHARITY', themes: ['food'] });
    await create('createOrganisation', { name: 'Harrowby Food Network', type: 'CHARITY', themes: ['food', 'poverty'] });
    // An organisation's own record is owned by itself: PRIVATE ones are read by their members only.
    await create('createOrganisation', { name: 'Harrowby Food Secret', type: 'COMMUNITY_GROUP', visibility: 'PRIVATE', themes: ['food', 'poverty'] });
    await create('createOrganisation', { name: 'Harrowby Food Circle', type: 'COMMUNITY_GROUP', visibility: 'PARTNERS', themes: ['food'] });
    const ownPrivate = await create('createOrganisation', { name: 'Harrowby Food Home Private', type: 'COMMUNITY_GROUP', visibility: 'PRIVATE', themes: ['food'] });
    await testApp.dataSource.query('UPDATE organisation SET owner_organisation_id = $1 WHERE id = $2', [org['home'], ownPrivate]);
    for (const [owner, visibility] of [['home', 'PRIVATE'], ['stranger', 'PRIVATE'], ['stranger', 'PARTNERS'], ['stranger', 'PUBLIC']] as const) {
      const common = { ownerOrganisationId: org[owner], visibility };
      const name = `Harrowby Food ${owner} ${visibility}`;
      await create('createPerson', { ...common, fullName: name });
      await create('createPartnership', { ...common, name, governanceModel: 'INFORMAL_NETWORK', themes: ['food'] });
      await create('createProject', { ...common, name, themes: ['food'] });
    }
    home = await signedInAs(testApp, 'home-search@example.org', org['home']);
  }, 120_000);
  afterAll(() => testApp.close());

  const names = async (client: GraphQLTestClient, list: string, args: string, label = 'name'): Promise<string[]> => {
    const data = await client.data<Record<string, { nodes: Record<string, string>[] }>>(`{ ${list}(first: 100, ${args}) { nodes { ${label} } } }`);
    return data[list].nodes.map((node) => node[label]).sort();
  };

  const ORGANISATION_READS: [string, string][] = [
    ['fuzzy search', 'search: "harowby food"'],
    ['prefix filter', 'filter: { name: { ilike: "harrowby*" } }'],
    ['contains filter', 'filter: { name: { contains: "by food" } }'],
    ['themes, any', 'filter: { themes: { any: ["food"] } }'],
    ['themes, all', 'filter: { themes: { all: ["food"] } }'],
    ['a match inside not and or', 'filter: { or: [{ name: { contains: "food" } }, { not: { themes: { any: ["nothing"] } } }] }'],
  ];

  it.each(ORGANISATION_READS)('organisations, %s: every readable match and nothing else', async (_label, args) => {
    const all = await names(admin(), 'organisations', args);
    for (const name of [...READABLE, ...HIDDEN]) expect(all).toContain(name); // the admin sees every match
    const seen = await names(home, 'organisations', args);
    expect(seen).toEqual(all.filter((name) => !HIDDEN.includes(name)));
  });

  it.each([
    ['people', 'search: "harowby food"', 'fullName'],
    ['people', 'filter: { name: { ilike: "harrowby*" } }', 'fullName'],
    ['partnerships', 'filter: { name: { contains: "food" } }', 'name'],
    ['partnerships', 'filter: { themes: { any: ["food"] } }', 'name'],
    ['projects', 'filter: { name: { ilike: "*food*" } }', 'name'],
    ['projects', 'filter: { themes: { all: ["food"] } }', 'name'],
  ])('%s, %s: only what the user may read', async (list, args, label) => {
    const all = await names(admin(), list, args, label);
    expect(all.filter((name) => name.startsWith('Harrowby Food'))).toHaveLength(4);
    const seen = await names(home, list, args, label);
    expect(seen).toEqual(['Harrowby Food home PRIVATE', 'Harrowby Food stranger PUBLIC']);
  });

  it('the candidate functions give the request role ids only, never a row', async () => {
    const [fn] = await testApp.dataSource.query(
      `SELECT pg_get_function_result('cg_match_organisation_name(text, text)'::regprocedure) AS result,
              has_function_privilege('public', 'cg_match_organisation_name(text, text)', 'EXECUTE') AS public_may`,
    );
    expect(fn).toEqual({ result: 'SETOF uuid', public_may: false });
  });
});
