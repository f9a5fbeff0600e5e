import { COLD_NETWORK_WAIT_MS } from '@cg/api/feature/network';
import { DataSource, QueryRunner } from 'typeorm';
import { makeOrganisation, makePlace, makeRelationship } from '../support/org-factories';
import { startTestApp, TestApp } from '../support/test-app';

// Issue #13: a region can take longer to measure than a request should wait. A network is made
// slow for real (another transaction holds a lock on the places organisations serve, which the
// network's statement reads): its first request answers after COLD_NETWORK_WAIT_MS with an empty
// network marked updating, the measuring goes on, and a later request gets the full network.
const NETWORK = 'query ($place: ID!) { network(filter: { withinPlace: $place }) { updating summary { nodeCount edgeCount } } }';

interface Answer {
  network: { updating: boolean; summary: { nodeCount: number; edgeCount: number } };
}

describe('a network not measured within the wait', () => {
  let testApp: TestApp;
  let ds: DataSource;
  let locker: QueryRunner;
  let place: string;

  beforeAll(async () => {
    testApp = await startTestApp();
    ds = testApp.dataSource;
    place = await makePlace(ds, { name: 'Leeds' });
    const a = await makeOrganisation(ds, { name: 'Alpha', homePlaceId: place });
    const b = await makeOrganisation(ds, { name: 'Beta', homePlaceId: place });
    await makeRelationship(ds, a, b);
  });
  afterAll(async () => {
    if (locker && !locker.isReleased) await locker.release();
    await testApp.close();
  });

  it('answers empty and updating, goes on measuring, and gives the full network to a later request', async () => {
    locker = ds.createQueryRunner();
    await locker.connect();
    await locker.startTransaction();
    await locker.query('LOCK TABLE organisation_place IN ACCESS EXCLUSIVE MODE');

    const started = Date.now();
    const first = await testApp.client().data<Answer>(NETWORK, { place });
    expect(Date.now() - started).toBeGreaterThanOrEqual(COLD_NETWORK_WAIT_MS - 100);
    expect(first.network).toEqual({ updating: true, summary: expect.objectContaining({ nodeCount: 0, edgeCount: 0 }) });

    await locker.commitTransaction();
    await locker.release();
    // The same computation, still under way or done: no second one is started.
    const later = await testApp.client().data<Answer>(NETWORK, { place });
    expect(later.network).toEqual({ updating: false, summary: { nodeCount: 2, edgeCount: 1 } });
  }, 60_000);
});
