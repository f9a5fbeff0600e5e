import { DataSource } from 'typeorm';
import { startTestApp, TestApp } from '../support/test-app';
import { lockServedPlaces, twoTiedOrganisations } from './slow-network';

// Issue #13: "an abandoned request cancels its queries". A network request is made slow for real
// (another transaction holds a lock on the places organisations serve, which only the network's
// own statement reads: the session lookup runs as the system before it), its client gives up, and the
// statement must leave pg_stat_activity within a second or two rather than run on for nobody.
const NETWORK = 'query ($place: ID!) { network(filter: { withinPlace: $place }) { summary { edgeCount } } }';

describe('an abandoned request', () => {
  let testApp: TestApp;
  let ds: DataSource;
  let lock: { release: () => Promise<void> } | undefined;
  let place: string;

  beforeAll(async () => {
    testApp = await startTestApp();
    ds = testApp.dataSource;
    place = await twoTiedOrganisations(ds);
  });
  afterAll(async () => {
    await lock?.release();
    await testApp.close();
  });

  /** Statements waiting on the lock (the network's organisations). */
  const waitingStatements = async (): Promise<number> => {
    const [row] = await ds.query(
      `SELECT count(*)::int AS n FROM pg_stat_activity
        WHERE datname = current_database() AND pid <> pg_backend_pid() AND state = 'active' AND wait_event_type = 'Lock'`,
    );
    return row.n;
  };
  const eventually = async (check: () => Promise<boolean>, withinMs: number): Promise<number> => {
    const started = Date.now();
    while (!(await check())) {
      if (Date.now() - started > withinMs) throw new Error(`Not within ${withinMs} ms`);
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
    return Date.now() - started;
  };

  it('has its running statement cancelled, and the API answers the next request', async () => {
    lock = await lockServedPlaces(ds);

    const abort = new AbortController();
    const cookie = Object.entries(testApp.client().cookieJar())
      .map(([name, value]) => `${name}=${value}`)
      .join('; ');
    const request = fetch(`${testApp.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie, 'x-requested-with': 'common-ground' },
      body: JSON.stringify({ query: NETWORK, variables: { place } }),
      signal: abort.signal,
    }).catch((error: Error) => error);

    await eventually(async () => (await waitingStatements()) === 1, 10_000);
    abort.abort();
    expect(await request).toMatchObject({ name: 'AbortError' });
    const gone = await eventually(async () => (await waitingStatements()) === 0, 2_000);
    expect(gone).toBeLessThan(2_000);

    await lock.release();
    const data = await testApp.client().data<{ network: { summary: { edgeCount: number } } }>(NETWORK, { place });
    expect(data.network.summary.edgeCount).toBe(1);
  });
});
