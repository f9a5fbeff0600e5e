import { loadDemoDataIfEmpty } from '../src/app/demo-data';
import { startTestApp, TestApp } from '../test/support/test-app';

// Prints how long the demo network takes to load and measure; asserts only that it answers.
describe('benchmark: network measures on the demo county', () => {
  let testApp: TestApp;

  beforeAll(async () => {
    testApp = await startTestApp();
    await loadDemoDataIfEmpty(testApp.app);
  }, 120_000);
  afterAll(() => testApp.close());

  it('measures the whole demo network, then answers from the cache', async () => {
    const query = `{ network { nodes { ids degree betweenness eigenvector community } edges { source kind } summary { nodeCount edgeCount density communities } } }`;
    let started = performance.now();
    const first = await testApp.client().data<{ network: { summary: Record<string, number> } }>(query);
    const cold = performance.now() - started;
    started = performance.now();
    await testApp.client().data(query);
    const warm = performance.now() - started;
    console.log(
      `demo network: ${first.network.summary['nodeCount']} nodes, ${first.network.summary['edgeCount']} tied pairs, ` +
        `${first.network.summary['communities']} communities; cold ${Math.round(cold)} ms, cached ${Math.round(warm)} ms`,
    );
    expect(first.network.summary['nodeCount']).toBeGreaterThan(0);
  });
});
