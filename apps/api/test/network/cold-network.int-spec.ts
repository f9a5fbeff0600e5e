import { COLD_NETWORK_WAIT_MS } from '@cg/api/feature/network';
import { DataSource } from 'typeorm';
import { startTestApp, TestApp } from '../support/test-app';
import { lockServedPlaces, twoTiedOrganisations } from './slow-network';

// Issue #13: a region can take longer to measure than a request should wait. A network is made
// slow for real (another transaction holds a lock on the places organisations serve, which the
// network's statement reads): its first request answers after COLD_NETWORK_WAIT_MS with an empty
// network marked updating, the measuring goes on, and a later request gets the full network.
const NETWORK =
  'query ($place: ID!) { network(filter: { withinPlace: $place }) { updating summary { nodeCount edgeCount } } }';

interface Answer {
  network: { updating: boolean; summary: { nodeCount: number; edgeCount: number } };
}

describe('a network not measured within the wait', () => {
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

  it('answers empty and updating, goes on measuring, and gives the full network to a later request', async () => {
    lock = await lockServedPlaces(ds);

    const started = Date.now();
    const first = await testApp.client().data<Answer>(NETWORK, { place });
    expect(Date.now() - started).toBeGreaterThanOrEqual(COLD_NETWORK_WAIT_MS - 100);
    expect(first.network).toEqual({ updating: true, summary: expect.objectContaining({ nodeCount: 0, edgeCount: 0 }) });

    await lock.release();
    // The same computation, still under way or done: no second one is started.
    const later = await testApp.client().data<Answer>(NETWORK, { place });
    expect(later.network).toEqual({ updating: false, summary: { nodeCount: 2, edgeCount: 1 } });
  }, 60_000);
});
