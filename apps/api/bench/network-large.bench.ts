import { NetworkService } from '@cg/api/feature/network';
import { startTestApp, TestApp } from '../test/support/test-app';

// Prints how long a generated 10,000-organisation / 100,000-relationship network takes end to
// end (SQL, graph, measures, GraphQL); asserts only that it answers.
describe('benchmark: all network measures on 10,000 organisations and 100,000 ties', () => {
  let testApp: TestApp;

  beforeAll(async () => {
    testApp = await startTestApp();
    const ds = testApp.dataSource;
    await ds.query(`
      INSERT INTO organisation (name, type, sector)
      SELECT 'Org ' || i, t.type::organisation_type, t.sector::sector
        FROM generate_series(1, 10000) i
        JOIN (VALUES (0, 'CHARITY', 'VOLUNTARY_AND_COMMUNITY'), (1, 'LOCAL_AUTHORITY', 'PUBLIC'), (2, 'BUSINESS', 'PRIVATE'),
                     (3, 'COMMUNITY_GROUP', 'GRASSROOTS_COMMUNITY'), (4, 'FUNDER', 'FUNDER')) t(k, type, sector) ON t.k = i % 5`);
    await ds.query(`
      WITH o AS (SELECT id, row_number() OVER (ORDER BY id) - 1 AS n FROM organisation),
           pairs AS (
             -- 100,000 distinct pairs: each organisation a to ten others at offsets 1 + 37k + (13a mod 29).
             SELECT a, (a + 1 + k * 37 + (a * 13) % 29) % 10000 AS b
               FROM generate_series(0, 9999) a CROSS JOIN generate_series(0, 9) k)
      INSERT INTO relationship (from_organisation_id, to_organisation_id, type, strength, trust, value)
      SELECT fa.id, fb.id, 'REFERS_TO', 1 + (p.a % 5), 1 + (p.b % 4), NULL
        FROM pairs p JOIN o fa ON fa.n = p.a JOIN o fb ON fb.n = p.b`);
  }, 300_000);
  afterAll(() => testApp.close());

  it('measures the whole network', async () => {
    const query = `{ network { nodes { ids names sectors degree betweenness eigenvector community } edges { source target kind weight } summary { nodeCount edgeCount communities betweennessSampled } } }`;
    const started = performance.now();
    const result = await testApp.client().data<{ network: { summary: Record<string, number | boolean> } }>(query);
    const cold = performance.now() - started;
    const again = performance.now();
    await testApp.client().data(query);
    const cached = performance.now() - again;
    const service = testApp.app.get(NetworkService);
    const versionStarted = performance.now();
    await service.dataVersion();
    const version = performance.now() - versionStarted;
    const computeStarted = performance.now();
    await service.answer({ from: '1900-01-01' }); // another cache key, same data
    const compute = performance.now() - computeStarted;
    console.log(
      `large network: ${result.network.summary['nodeCount']} nodes, ${result.network.summary['edgeCount']} tied pairs, ` +
        `${result.network.summary['communities']} communities, sampled betweenness ${result.network.summary['betweennessSampled']}; ` +
        `cold ${Math.round(cold)} ms, cached ${Math.round(cached)} ms (data version check ${Math.round(version)} ms); ` +
        `load and compute without GraphQL ${Math.round(compute)} ms`,
    );
    expect(result.network.summary['nodeCount']).toBe(10000);
  }, 300_000);
});
