import { RecomputeBackoff } from '@cg/api/core/database';
import { NetworkService } from '@cg/api/feature/network';
import { OrganisationType } from '@cg/shared/domain';
import { makeOrganisation, makeRelationship } from '../support/org-factories';
import { startTestApp, TestApp } from '../support/test-app';

const NETWORK = `query ($filter: NetworkFilter) { network(filter: $filter) { updating summary { edgeCount } } }`;
type NetworkResult = { updating: boolean; summary: { edgeCount: number } };

/*
 * A stale network is served marked updating while it is measured again in the background. When
 * that measuring fails, it is not started again by every read: it waits 5 s, doubling after each
 * failure in a row (RecomputeBackoff), and a success forgets the failures.
 */
describe('a failing background recompute backs off', () => {
  let testApp: TestApp;
  let now = 0;
  let measure: jest.SpyInstance;
  const org: Record<string, string> = {};

  beforeAll(async () => {
    testApp = await startTestApp();
    const service = testApp.app.get(NetworkService);
    service.newBackoff = () => new RecomputeBackoff(() => now);
    // Loading starts each computation, synchronously within the read that starts it.
    measure = jest.spyOn(service as unknown as { load: (...args: unknown[]) => Promise<unknown> }, 'load');
    for (const name of ['Alpha', 'Beta', 'Gamma'])
      org[name] = await makeOrganisation(testApp.dataSource, { name, type: OrganisationType.CHARITY });
    await makeRelationship(testApp.dataSource, org['Alpha'], org['Beta'], { strength: 3 });
  });
  afterAll(() => testApp.close());

  const network = async (): Promise<NetworkResult> =>
    (await testApp.client().data<{ network: NetworkResult }>(NETWORK, { filter: { kinds: ['RELATIONSHIP'] } })).network;
  /** Lets a detached recompute that failed at once settle (its rejection handled). */
  const settle = () => new Promise((resolve) => setTimeout(resolve, 50));

  it('retries after 5 s, then 10 s, and measures again as soon as one succeeds', async () => {
    expect((await network()).summary.edgeCount).toBe(1);
    measure.mockClear();
    measure.mockRejectedValue(new Error('statement timeout'));
    await makeRelationship(testApp.dataSource, org['Beta'], org['Gamma'], { strength: 3 });

    expect(await network()).toEqual({ updating: true, summary: { edgeCount: 1 } });
    await settle();
    expect(measure).toHaveBeenCalledTimes(1); // failed: the next try waits 5 s

    for (let read = 0; read < 5; read++) expect((await network()).updating).toBe(true);
    expect(measure).toHaveBeenCalledTimes(1);

    now += 5_000;
    await network();
    await settle();
    expect(measure).toHaveBeenCalledTimes(2); // failed again: 10 s this time
    now += 9_999;
    await network();
    expect(measure).toHaveBeenCalledTimes(2);

    measure.mockRestore();
    now += 1;
    expect((await network()).updating).toBe(true);
    let fresh = await network();
    for (let attempt = 0; attempt < 100 && fresh.updating; attempt++) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      fresh = await network();
    }
    expect(fresh).toEqual({ updating: false, summary: { edgeCount: 2 } });
  });
});
