import { AuthService } from '@cg/api/core/auth';
import { DEFAULT_TODAY, loadNetwork, streamNetwork } from '@cg/api/demo-data';
import { GraphQLTestClient } from '@cg/api/testing';
import { OrganisationRole } from '@cg/shared/domain';
import { startTestApp, TestApp } from '../test/support/test-app';

const ORGANISATIONS = Number(process.env.BENCH_ORGANISATIONS ?? 20_000);

// What row-level security costs on the hot lists: the same GraphQL requests as an instance
// admin (policies pass at once) and as a charity CEO (every row judged), on a generated network.
const REQUESTS: Record<string, string> = {
  'organisations, first page and total': `{ organisations(first: 25) { totalCount nodes { name sector } } }`,
  'organisations, fuzzy search': `{ organisations(first: 25, search: "fenwick cares") { totalCount nodes { name } } }`,
  'organisations with memberships and ties (25)': `{ organisations(first: 25) { nodes { name memberships { role partnership { name } } tieSummary { kind partners } } } }`,
  'partnerships, first page and total': `{ partnerships(first: 25) { totalCount nodes { name memberCount } } }`,
  'outcomes with indicators and latest reading (25)': `{ outcomes(first: 25) { totalCount nodes { title indicators { name latestMeasurement { value } } } } }`,
  'overview figures': `{ overview { organisationCount livePartnershipCount fundingTotal } }`,
};

describe(`benchmark: permissions at scale (${ORGANISATIONS.toLocaleString('en-GB')} organisations)`, () => {
  let testApp: TestApp;
  let ceo: GraphQLTestClient;

  beforeAll(async () => {
    testApp = await startTestApp();
    const loaded = await loadNetwork(testApp.dataSource, streamNetwork({ organisations: ORGANISATIONS, today: DEFAULT_TODAY }, 50_000));
    const rows = Object.values(loaded.counts).reduce((sum, count) => sum + count, 0);
    console.log(`loaded ${rows.toLocaleString('en-GB')} rows in ${(loaded.elapsedMs / 1000).toFixed(1)} s`);
    await testApp.dataSource.query('ANALYZE');
    const [charity] = await testApp.dataSource.query(
      `SELECT o.id FROM organisation o JOIN partnership_membership m ON m.organisation_id = o.id
        WHERE o.type = 'CHARITY' GROUP BY o.id ORDER BY count(*) DESC LIMIT 1`,
    );
    const auth = testApp.app.get(AuthService);
    const user = await auth.createUser({ email: 'ceo@bench.example', name: 'Bench CEO', password: 'bench password long enough' });
    await auth.addMembership(user.id, charity.id, OrganisationRole.ORG_ADMIN);
    ceo = testApp.anonymousClient();
    await ceo.data(`mutation ($input: SignInInput!) { signIn(input: $input) { user { id } } }`, {
      input: { email: 'ceo@bench.example', password: 'bench password long enough' },
    });
  }, 600_000);
  afterAll(() => testApp.close());

  it('times each hot request as an instance admin and as a charity CEO (median of 5, after one warm-up)', async () => {
    const median = async (client: GraphQLTestClient, query: string) => {
      await client.data(query);
      const times: number[] = [];
      for (let run = 0; run < 5; run++) {
        const started = performance.now();
        await client.data(query);
        times.push(performance.now() - started);
      }
      return times.sort((a, b) => a - b)[2];
    };
    const lines = [];
    for (const [name, query] of Object.entries(REQUESTS)) {
      const admin = await median(testApp.client(), query);
      const asCeo = await median(ceo, query);
      lines.push(`  ${name.padEnd(50)} admin ${admin.toFixed(0).padStart(5)} ms   CEO ${asCeo.toFixed(0).padStart(5)} ms`);
    }
    console.log(`GraphQL request times with row-level security:\n${lines.join('\n')}`);
    expect(lines).toHaveLength(Object.keys(REQUESTS).length);
  });
});
