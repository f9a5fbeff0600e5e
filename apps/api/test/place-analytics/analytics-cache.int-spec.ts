import { AccessScope, recordDataVersion, runWithAccessScope } from '@cg/api/core/database';
import { PlaceAnalyticsService } from '@cg/api/feature/place-analytics';
import { PlaceLevel } from '@cg/shared/domain';
import { DataSource } from 'typeorm';
import { insertRow, makePlace } from '../support/org-factories';
import { startTestApp, TestApp } from '../support/test-app';

/*
 * Cold spots and funding by IMD decile are cached per reader's access scope, arguments and data
 * version (PlaceAnalyticsService, VersionedCache). This proves that no reader is ever served an
 * answer computed under another's scope, that concurrent identical reads run one computation,
 * that a write to any table the reads depend on is seen (first as the last answer marked
 * updating, then fresh), and that a write one reader may see changes that reader's answer only.
 */
describe('the place analytics cache', () => {
  let testApp: TestApp;
  let ds: DataSource;
  let analytics: PlaceAnalyticsService;
  const place: Record<string, string> = {};
  const org: Record<string, string> = {};

  const member = (own: string): AccessScope => ({
    signedIn: true,
    isInstanceAdmin: false,
    memberships: [],
    ownOrganisationIds: [own],
    partnerOrganisationIds: [],
    portfolioOrganisationIds: [],
  });
  let home: AccessScope;
  let stranger: AccessScope;
  let partnership: string;

  /** Decile 1's funding total at LSOA level, as the reader is served it now. */
  const deciles = (scope: AccessScope) => runWithAccessScope(scope, () => analytics.fundingByDecile(PlaceLevel.LSOA));
  const coldSpots = (scope: AccessScope) =>
    runWithAccessScope(scope, () =>
      analytics.coldSpots({ level: PlaceLevel.LSOA, deciles: [1, 2], maxFundingPerHead: 5 }, { first: 50 }),
    );
  const codes = (page: Awaited<ReturnType<typeof coldSpots>>) =>
    page.nodes.map((spot) => Object.entries(place).find(([, id]) => id === spot.placeId)?.[0]);
  const decileOne = (answer: Awaited<ReturnType<typeof deciles>>) => answer.deciles[0].fundingTotal;

  /** Reads until the answer is fresh (the background recompute done). */
  async function fresh<T extends { updating: boolean }>(read: () => Promise<T>): Promise<T> {
    for (let attempt = 0; attempt < 100; attempt++) {
      const answer = await read();
      if (!answer.updating) return answer;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    throw new Error('never fresh');
  }

  beforeAll(async () => {
    testApp = await startTestApp();
    ds = testApp.dataSource;
    analytics = testApp.app.get(PlaceAnalyticsService);
    place['N'] = await makePlace(ds, { code: 'E88N', level: PlaceLevel.COUNTRY });
    place['A'] = await makePlace(ds, {
      code: 'E88A',
      level: PlaceLevel.LOCAL_AUTHORITY,
      parentId: place['N'],
      population: 1000,
      imdDecile: 1,
    });
    place['L1'] = await makePlace(ds, {
      code: 'E88L1',
      level: PlaceLevel.LSOA,
      parentId: place['A'],
      population: 500,
      imdDecile: 1,
    });
    place['L2'] = await makePlace(ds, {
      code: 'E88L2',
      level: PlaceLevel.LSOA,
      parentId: place['A'],
      population: 500,
      imdDecile: 2,
    });
    for (const name of ['home', 'stranger'])
      org[name] = await insertRow(ds, 'organisation', { name, type: 'FUNDER', sector: 'VOLUNTARY_AND_COMMUNITY' });
    org['recipient'] = await insertRow(ds, 'organisation', {
      name: 'recipient',
      type: 'CHARITY',
      sector: 'VOLUNTARY_AND_COMMUNITY',
      home_place_id: place['L1'],
    });
    // Both LSOAs have an ACTIVE partnership, so they are cold spots by funding per head alone.
    partnership = await insertRow(ds, 'partnership', {
      name: 'over both',
      governance_model: 'SINGLE_LEAD',
      status: 'ACTIVE',
    });
    for (const lsoa of ['L1', 'L2'])
      await ds.query(`INSERT INTO partnership_place (partnership_id, place_id) VALUES ($1, $2)`, [
        partnership,
        place[lsoa],
      ]);
    await grant(1000);
    // Seen by the stranger's members only.
    await grant(5000, {
      visibility: 'PRIVATE',
      owner_organisation_id: org['stranger'],
      funder_organisation_id: org['stranger'],
    });
    home = member(org['home']);
    stranger = member(org['stranger']);
  }, 120_000);
  afterAll(() => testApp.close());

  const grant = (amount: number, extra: Record<string, unknown> = {}) =>
    insertRow(ds, 'funding', {
      funder_organisation_id: org['home'],
      recipient_organisation_id: org['recipient'],
      amount,
      status: 'AWARDED',
      award_date: '2024-06-01',
      visibility: 'PUBLIC',
      ...extra,
    });

  it('serves each reader the answer computed under their own scope, for the same arguments', async () => {
    // The stranger asks first, so a cache keyed by arguments alone would hand its answer to home.
    expect(decileOne(await fresh(() => deciles(stranger)))).toBeCloseTo(6000, 6);
    expect(decileOne(await fresh(() => deciles(home)))).toBeCloseTo(1000, 6);
    expect(codes(await fresh(() => coldSpots(stranger)))).toEqual(['L2']); // L1: 6,000 ÷ 500 = 12 a head
    expect(codes(await fresh(() => coldSpots(home)))).toEqual(['L1', 'L2']); // L1: 2 a head
    // And again from the cache, each its own.
    expect(decileOne(await deciles(home))).toBeCloseTo(1000, 6);
    expect(decileOne(await deciles(stranger))).toBeCloseTo(6000, 6);
  });

  it('runs one computation for concurrent identical reads, and none while the data is unchanged', async () => {
    const computeDeciles = jest.spyOn(analytics, 'computeFundingByDecile');
    const computeColdSpots = jest.spyOn(
      analytics as unknown as { computeColdSpots: () => Promise<unknown> },
      'computeColdSpots',
    );
    await grant(10); // a new version: the next reads compute
    const admin: AccessScope = { ...home, isInstanceAdmin: true, ownOrganisationIds: [] };
    const reads = await runWithAccessScope(admin, () =>
      Promise.all(Array.from({ length: 16 }, () => analytics.fundingByDecile(PlaceLevel.LSOA))),
    );
    expect(computeDeciles).toHaveBeenCalledTimes(1);
    expect(new Set(reads.map(decileOne))).toEqual(new Set([6010]));
    await Promise.all(Array.from({ length: 16 }, () => coldSpots(admin)));
    expect(computeColdSpots).toHaveBeenCalledTimes(1);
    computeDeciles.mockClear();
    computeColdSpots.mockClear();
    for (let i = 0; i < 3; i++) expect((await coldSpots(admin)).updating).toBe(false);
    expect((await deciles(admin)).updating).toBe(false);
    expect(computeDeciles).not.toHaveBeenCalled();
    expect(computeColdSpots).not.toHaveBeenCalled();
    computeDeciles.mockRestore();
    computeColdSpots.mockRestore();
  });

  it('after a write one reader may see, serves the last answer marked updating, then that reader’s fresh one; the other’s is unchanged', async () => {
    const homeBefore = await fresh(() => deciles(home));
    const strangerBefore = decileOne(await fresh(() => deciles(stranger)));
    await grant(700, {
      visibility: 'PRIVATE',
      owner_organisation_id: org['stranger'],
      funder_organisation_id: org['stranger'],
    });
    const stale = await deciles(stranger);
    expect(stale.updating).toBe(true);
    expect(decileOne(stale)).toBeCloseTo(strangerBefore, 6);
    expect(decileOne(await fresh(() => deciles(stranger)))).toBeCloseTo(strangerBefore + 700, 6);
    const homeAfter = await fresh(() => deciles(home));
    expect({ ...homeAfter, updating: false }).toEqual({ ...homeBefore, updating: false });
  });

  it('sees every kind of write the reads depend on', async () => {
    const homeSpots = async () => codes(await fresh(() => coldSpots(home)));
    const homeDecileOne = async () => decileOne(await fresh(() => deciles(home)));
    expect(await homeSpots()).toEqual(['L1', 'L2']);
    const before = await homeDecileOne();

    // funding: an amount changed
    await ds.query(`UPDATE funding SET amount = amount + 1500 WHERE recipient_organisation_id = $1 AND amount = 1000`, [
      org['recipient'],
    ]);
    expect(await homeDecileOne()).toBeCloseTo(before + 1500, 6);
    expect(await homeSpots()).toEqual(['L2']); // L1: 2,510 ÷ 500 > 5 a head

    // place: a population changed (per head in L1 falls under 5)
    await ds.query(`UPDATE place SET population = 5000 WHERE id = $1`, [place['L1']]);
    expect(await homeSpots()).toEqual(['L1', 'L2']);

    // organisation: the recipient moved to L2
    await ds.query(`UPDATE organisation SET home_place_id = $1 WHERE id = $2`, [place['L2'], org['recipient']]);
    expect(await homeDecileOne()).toBeCloseTo(0, 6);

    // partnership and partnership_place: which LSOA has no ACTIVE partnership
    const noPartnership = async () =>
      (await fresh(() => coldSpots(home))).nodes.filter((spot) => spot.noActivePartnership).map((spot) => spot.placeId);
    expect(await noPartnership()).toEqual([]);
    await ds.query(`UPDATE partnership SET status = 'FORMING' WHERE id = $1`, [partnership]);
    expect(await noPartnership()).toEqual([place['L1'], place['L2']]);
    await ds.query(`DELETE FROM partnership_place WHERE partnership_id = $1 AND place_id = $2`, [
      partnership,
      place['L2'],
    ]);
    await ds.query(`UPDATE partnership SET status = 'ACTIVE' WHERE id = $1`, [partnership]);
    expect(await noPartnership()).toEqual([place['L2']]);

    // project_place: a grant to a project placed in L2 lands in decile 2
    const project = await insertRow(ds, 'project', { name: 'in L2', status: 'ACTIVE' });
    await grant(400, { recipient_organisation_id: null, recipient_project_id: project });
    const decileTwo = async () => (await fresh(() => deciles(home))).deciles[1].fundingTotal;
    const twoBefore = await decileTwo();
    await ds.query(`INSERT INTO project_place (project_id, place_id) VALUES ($1, $2)`, [project, place['L2']]);
    expect(await decileTwo()).toBeCloseTo(twoBefore + 400, 6);
  });

  it('moves the data version on a write to every table the reads depend on', async () => {
    const tables = [
      'funding',
      'organisation',
      'partnership',
      'partnership_place',
      'project',
      'project_place',
      'place',
      'combined_authority_member',
      'partnership_membership',
      'project_participant',
    ];
    for (const table of tables) {
      const before = await recordDataVersion(ds);
      // A statement that writes no row still fires the statement-level trigger: the version moves.
      await ds.query(`DELETE FROM ${table} WHERE false`);
      expect([table, await recordDataVersion(ds)]).not.toEqual([table, before]);
    }
  });
});
