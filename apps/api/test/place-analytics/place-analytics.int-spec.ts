import { AuthService } from '@cg/api/core/auth';
import { countQueries, GraphQLTestClient } from '@cg/api/testing';
import { OrganisationRole } from '@cg/shared/domain';
import { startTestApp, TestApp } from '../support/test-app';

/*
 * Place analytics, cold spots, funder overlap, funding by IMD decile and the funder portfolio
 * (issue #11) on a small county worked out by hand. Every expected figure says its arithmetic.
 *
 * County K (pop 12,000)
 *   LA A  (pop 4,000, decile 1, rank 100):   LSOAs A1 (1,000, d1), A2 (2,500, d3), A3 (500, d1)
 *   LA B  (pop 6,000, decile 2, rank 3,000): LSOA  B1 (6,000, d2)
 *   LA CC (pop 2,000, decile 8, rank 25,000): LSOA C1 (2,000, d8)
 * Organisations: G1 (home A1), G2 (home B1); funders F1, F2, F3 and a bystander R have no home place.
 * P1 "Alpha Partnership": ACTIVE, covers LA A, members G1 and G2.
 * P2 "Beta Partnership": FORMING (not active), covers county K.
 * J1: ACTIVE project covering B1.
 * Grants (PUBLIC unless told):
 *   g1 F1 → G1   1,000 AWARDED 2024-05-01
 *   g2 F1 → P1   4,000 AWARDED 2020-02-01, due 2020-03-01 1,000 · 2098-06-01 1,500 · 2099-03-01 1,500
 *   g3 F2 → J1   3,000 PAID    2025-07-01
 *   g4 F2 → G1     500 PLEDGED (never counted)
 *   g5 F3 → G2   6,000 AWARDED, PRIVATE to F3 (counted only for F3 and the instance admin)
 *   g6 F2 → G1     700 AWARDED 2023-01-01
 *   g7 F1 → P2   1,200 AWARDED 2024-09-01
 */
describe('place analytics and the funder portfolio', () => {
  let testApp: TestApp;
  const place: Record<string, string> = {};
  const org: Record<string, string> = {};
  const rec: Record<string, string> = {};
  let admin: GraphQLTestClient;
  let bystander: GraphQLTestClient;
  let funder1: GraphQLTestClient;

  const create = async (mutation: string, input: Record<string, unknown>): Promise<string> => {
    const type = `${mutation[0].toUpperCase()}${mutation.slice(1)}Input`.replace(
      'AddProjectParticipantInput',
      'AddParticipantInput',
    );
    const data = await admin.data<Record<string, { id: string }>>(
      `mutation ($input: ${type}!) { ${mutation}(input: $input) { id } }`,
      { input },
    );
    return data[mutation].id;
  };
  const code = (key: string) => `E99${key.padStart(6, '0')}`;
  const addPlace = async (
    key: string,
    level: string,
    parent: string | null,
    population: number,
    decile: number | null,
    rank: number | null,
  ) => {
    const parentPath = parent
      ? (await testApp.dataSource.query('SELECT path::text FROM place WHERE id = $1', [place[parent]]))[0].path
      : null;
    const [{ id }] = await testApp.dataSource.query(
      `INSERT INTO place (code, name, level, parent_id, path, population, imd_decile, imd_rank, visibility)
       VALUES ($1, $2, $3, $4, $5::ltree, $6, $7, $8, 'PUBLIC') RETURNING id`,
      [
        code(key),
        `Place ${key}`,
        level,
        parent ? place[parent] : null,
        parentPath ? `${parentPath}.${code(key)}` : code(key),
        population,
        decile,
        rank,
      ],
    );
    place[key] = id;
  };
  async function adminOf(key: string): Promise<GraphQLTestClient> {
    const email = `admin@${key.toLowerCase()}.example`;
    const password = 'a long enough password';
    const auth = testApp.app.get(AuthService);
    const user = await auth.createUser({ email, name: email, password });
    await auth.addMembership(user.id, org[key], OrganisationRole.ORG_ADMIN);
    const client = testApp.anonymousClient();
    await client.data(`mutation ($input: SignInInput!) { signIn(input: $input) { user { id } } }`, {
      input: { email, password },
    });
    return client;
  }

  beforeAll(async () => {
    testApp = await startTestApp();
    admin = testApp.client();
    await addPlace('K', 'COUNTY', null, 12000, null, null);
    await addPlace('A', 'LOCAL_AUTHORITY', 'K', 4000, 1, 100);
    await addPlace('B', 'LOCAL_AUTHORITY', 'K', 6000, 2, 3000);
    await addPlace('CC', 'LOCAL_AUTHORITY', 'K', 2000, 8, 25000);
    await addPlace('A1', 'LSOA', 'A', 1000, 1, 50);
    await addPlace('A2', 'LSOA', 'A', 2500, 3, 8000);
    await addPlace('A3', 'LSOA', 'A', 500, 1, 60);
    await addPlace('B1', 'LSOA', 'B', 6000, 2, 4000);
    await addPlace('C1', 'LSOA', 'CC', 2000, 8, 26000);

    const pub = { visibility: 'PUBLIC' };
    for (const key of ['F1', 'F2', 'F3'])
      org[key] = await create('createOrganisation', { ...pub, name: `Funder ${key}`, type: 'FUNDER' });
    org['R'] = await create('createOrganisation', { ...pub, name: 'Bystander R', type: 'CHARITY' });
    org['G1'] = await create('createOrganisation', {
      ...pub,
      name: 'Grantee G1',
      type: 'CHARITY',
      homePlaceId: place['A1'],
    });
    org['G2'] = await create('createOrganisation', {
      ...pub,
      name: 'Grantee G2',
      type: 'CHARITY',
      homePlaceId: place['B1'],
    });

    rec['P1'] = await create('createPartnership', {
      ...pub,
      name: 'Alpha Partnership',
      governanceModel: 'SHARED_LEADERSHIP',
      status: 'ACTIVE',
      placeIds: [place['A']],
    });
    rec['P2'] = await create('createPartnership', {
      ...pub,
      name: 'Beta Partnership',
      governanceModel: 'SHARED_LEADERSHIP',
      status: 'FORMING',
      placeIds: [place['K']],
    });
    for (const member of ['G1', 'G2'])
      await create('addMembership', { partnershipId: rec['P1'], organisationId: org[member], role: 'CORE_MEMBER' });
    rec['J1'] = await create('createProject', {
      ...pub,
      name: 'Project J1',
      status: 'ACTIVE',
      placeIds: [place['B1']],
    });

    const grant = (funder: string, to: Record<string, string>, amount: number, extra: Record<string, unknown> = {}) =>
      create('createFunding', { ...pub, funderOrganisationId: org[funder], amount, ...to, ...extra });
    await grant('F1', { recipientOrganisationId: org['G1'] }, 1000, { awardDate: '2024-05-01', programme: 'g1' });
    await grant('F1', { recipientPartnershipId: rec['P1'] }, 4000, {
      awardDate: '2020-02-01',
      programme: 'g2',
      schedule: [
        { dueDate: '2020-03-01', amount: 1000 },
        { dueDate: '2098-06-01', amount: 1500 },
        { dueDate: '2099-03-01', amount: 1500 },
      ],
    });
    await grant('F2', { recipientProjectId: rec['J1'] }, 3000, {
      awardDate: '2025-07-01',
      status: 'PAID',
      programme: 'g3',
    });
    await grant('F2', { recipientOrganisationId: org['G1'] }, 500, { status: 'PLEDGED', programme: 'g4' });
    await grant('F3', { recipientOrganisationId: org['G2'] }, 6000, {
      visibility: 'PRIVATE',
      ownerOrganisationId: org['F3'],
      programme: 'g5',
    });
    await grant('F2', { recipientOrganisationId: org['G1'] }, 700, { awardDate: '2023-01-01', programme: 'g6' });
    await grant('F1', { recipientPartnershipId: rec['P2'] }, 1200, { awardDate: '2024-09-01', programme: 'g7' });

    bystander = await adminOf('R');
    funder1 = await adminOf('F1');
  }, 120_000);
  afterAll(() => testApp.close());

  const ANALYTICS = `query ($id: ID!) { placeAnalytics(placeId: $id) {
    placeId population imdDecile imdRank organisationCount activePartnershipCount activeProjectCount
    fundingTotal fundingPerHead grantCount funderCount } }`;
  type Analytics = { placeAnalytics: Record<string, number | string | null> };

  describe('placeAnalytics', () => {
    it('counts organisations, active partnerships, projects and funding inside a local authority', async () => {
      const { placeAnalytics } = await bystander.data<Analytics>(ANALYTICS, { id: place['A'] });
      expect(placeAnalytics).toEqual({
        placeId: place['A'],
        population: 4000,
        imdDecile: 1,
        imdRank: 100,
        organisationCount: 1, // G1 (home A1)
        activePartnershipCount: 1, // P1 covers A itself
        activeProjectCount: 0, // J1 is in B1
        fundingTotal: 5700, // g1 1,000 + g2 4,000 (P1 covers A) + g6 700; g4 is a pledge; g7's P2 covers K, not a place inside A
        fundingPerHead: 1.425, // 5,700 / 4,000
        grantCount: 3,
        funderCount: 2, // F1, F2
      });
    });

    it('counts each grant once at county level, and leaves out a pledge and a FORMING partnership', async () => {
      const { placeAnalytics } = await bystander.data<Analytics>(ANALYTICS, { id: place['K'] });
      expect(placeAnalytics).toMatchObject({
        organisationCount: 2, // G1, G2
        activePartnershipCount: 1, // P1 (P2 is FORMING)
        activeProjectCount: 1, // J1
        fundingTotal: 9900, // g1 1,000 + g2 4,000 + g3 3,000 + g6 700 + g7 1,200
        grantCount: 5,
        funderCount: 2,
      });
      expect(placeAnalytics['fundingPerHead']).toBeCloseTo(0.825, 10); // 9,900 / 12,000
    });

    it('counts a PRIVATE grant only for those who may read it (the instance admin), never for a bystander', async () => {
      // g5 (F3 → G2, home B1, 6,000, PRIVATE): B holds g3 3,000 for everyone, plus g5 for the admin.
      const seen = (await bystander.data<Analytics>(ANALYTICS, { id: place['B'] })).placeAnalytics;
      const all = (await admin.data<Analytics>(ANALYTICS, { id: place['B'] })).placeAnalytics;
      expect([seen['fundingTotal'], seen['fundingPerHead'], seen['funderCount']]).toEqual([3000, 0.5, 1]); // 3,000 / 6,000
      expect([all['fundingTotal'], all['fundingPerHead'], all['funderCount']]).toEqual([9000, 1.5, 2]); // 9,000 / 6,000
      expect((await funder1.data<Analytics>(ANALYTICS, { id: place['B'] })).placeAnalytics['fundingTotal']).toBe(3000);
    });

    it('is also Place.analytics, batched: one statement for every place of a list', async () => {
      const counter = countQueries(testApp.dataSource).start();
      const data = await bystander.data<{ places: { nodes: { code: string; analytics: { fundingTotal: number } }[] } }>(
        `{ places(first: 50) { nodes { code analytics { fundingTotal } } } }`,
      );
      counter.stop();
      const analyticsStatements = counter.queries.filter((sql) => sql.includes('organisation_count'));
      expect(analyticsStatements).toHaveLength(1);
      const byCode = Object.fromEntries(data.places.nodes.map((n) => [n.code, n.analytics.fundingTotal]));
      expect(byCode[code('A')]).toBe(5700);
      expect(byCode[code('A1')]).toBe(1700); // g1 1,000 + g6 700 to G1 at home in A1
    });

    it('is also PlaceShape.analytics on the place map, batched, and a PRIVATE grant counts only for its readers', async () => {
      // Give the three local authorities a boundary each (side-by-side squares), so the map draws them.
      const square = (x: number) =>
        JSON.stringify({
          type: 'Polygon',
          coordinates: [
            [
              [x, 52],
              [x + 0.1, 52],
              [x + 0.1, 52.1],
              [x, 52.1],
              [x, 52],
            ],
          ],
        });
      for (const [i, key] of ['A', 'B', 'CC'].entries())
        await testApp.dataSource.query('UPDATE place SET boundary = $1 WHERE id = $2', [
          square(-1 + i * 0.1),
          place[key],
        ]);
      type Shapes = {
        placeShapes: {
          code: string;
          analytics: { fundingTotal: number; fundingPerHead: number; funderCount: number };
        }[];
      };
      const SHAPES = `{ placeShapes(level: LOCAL_AUTHORITY, zoom: 10) { code analytics { fundingTotal fundingPerHead funderCount } } }`;
      const figures = (data: Shapes) =>
        Object.fromEntries(data.placeShapes.filter((s) => s.code.startsWith('E99')).map((s) => [s.code, s.analytics]));

      const counter = countQueries(testApp.dataSource).start();
      const seen = figures(await bystander.data<Shapes>(SHAPES));
      counter.stop();
      expect(counter.queries.filter((sql) => sql.includes('organisation_count'))).toHaveLength(1);
      // As placeAnalytics: A 5,700 over 4,000; B g3 3,000 over 6,000 (g5 is PRIVATE to F3); CC nothing.
      expect(seen).toEqual({
        [code('A')]: { fundingTotal: 5700, fundingPerHead: 1.425, funderCount: 2 },
        [code('B')]: { fundingTotal: 3000, fundingPerHead: 0.5, funderCount: 1 },
        [code('CC')]: { fundingTotal: 0, fundingPerHead: 0, funderCount: 0 },
      });
      // The instance admin reads g5, so B holds 9,000; F1's admin does not.
      expect(figures(await admin.data<Shapes>(SHAPES))[code('B')]).toEqual({
        fundingTotal: 9000,
        fundingPerHead: 1.5,
        funderCount: 2,
      });
      expect(figures(await funder1.data<Shapes>(SHAPES))[code('B')].fundingTotal).toBe(3000);
    });

    it('answers NOT_FOUND for a place nobody has', async () => {
      const result = await bystander.request(ANALYTICS, { id: '00000000-0000-4000-8000-000000000000' });
      expect(result.errors?.[0]?.extensions?.['code']).toBe('NOT_FOUND');
    });
  });

  describe('coldSpots', () => {
    const COLD = `query ($level: PlaceLevel!, $deciles: [Int!], $max: Float, $within: ID, $first: Int, $after: String) {
      coldSpots(level: $level, deciles: $deciles, maxFundingPerHead: $max, within: $within, first: $first, after: $after) {
        totalCount pageInfo { hasNextPage endCursor }
        nodes { place { code } noActivePartnership lowFunding analytics { fundingPerHead activePartnershipCount } } } }`;
    type Cold = {
      coldSpots: {
        totalCount: number;
        pageInfo: { hasNextPage: boolean; endCursor: string };
        nodes: {
          place: { code: string };
          noActivePartnership: boolean;
          lowFunding: boolean;
          analytics: { fundingPerHead: number };
        }[];
      };
    };
    const codes = (c: Cold) => c.coldSpots.nodes.map((n) => n.place.code);

    it('finds the local authorities in deciles 1–2 with no active partnership (no funding limit given)', async () => {
      // A (d1) has P1 and 1.425 a head: not cold. B (d2) has no active partnership: cold. CC is decile 8.
      const data = await bystander.data<Cold>(COLD, { level: 'LOCAL_AUTHORITY' });
      expect(codes(data)).toEqual([code('B')]);
      expect(data.coldSpots.nodes[0]).toMatchObject({ noActivePartnership: true, lowFunding: false }); // B has 0.5 a head
    });

    it('adds places with little funding per head, most deprived first, and pages', async () => {
      // With £1.50 a head as "little": A (1.425 ≤ 1.5) joins B; A is decile 1, so first.
      const page1 = await bystander.data<Cold>(COLD, { level: 'LOCAL_AUTHORITY', max: 1.5, first: 1 });
      expect(codes(page1)).toEqual([code('A')]);
      expect(page1.coldSpots.nodes[0]).toMatchObject({ noActivePartnership: false, lowFunding: true });
      expect(page1.coldSpots.totalCount).toBe(2);
      expect(page1.coldSpots.pageInfo.hasNextPage).toBe(true);
      const page2 = await bystander.data<Cold>(COLD, {
        level: 'LOCAL_AUTHORITY',
        max: 1.5,
        first: 1,
        after: page1.coldSpots.pageInfo.endCursor,
      });
      expect(codes(page2)).toEqual([code('B')]);
      expect(page2.coldSpots.pageInfo.hasNextPage).toBe(false);
    });

    it('ranks LSOAs by decile, then least funding per head, and keeps to a place', async () => {
      // No LSOA is covered by an active partnership (P1 covers LA A, which is not inside any LSOA).
      // Per head: A3 0 (nothing at home there), A1 1.7 (g1 1,000 + g6 700 over 1,000), B1 0.5 (g3 3,000 / 6,000), A2 0.
      const all = await bystander.data<Cold>(COLD, { level: 'LSOA', deciles: [1, 2, 3] });
      expect(codes(all)).toEqual([code('A3'), code('A1'), code('B1'), code('A2')]); // d1: 0 before 1.7; then d2; then d3
      expect(all.coldSpots.nodes.map((n) => n.analytics.fundingPerHead)).toEqual([0, 1.7, 0.5, 0]);
      const inA = await bystander.data<Cold>(COLD, { level: 'LSOA', deciles: [1, 2, 3], within: place['A'] });
      expect(codes(inA)).toEqual([code('A3'), code('A1'), code('A2')]);
    });

    it('refuses a decile outside 1–10', async () => {
      const result = await bystander.request(COLD, { level: 'LSOA', deciles: [0] });
      expect(result.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
    });
  });

  describe('funderOverlap', () => {
    const OVERLAP = `query ($id: ID!) { funderOverlap(placeId: $id) { funderCount fundingTotal
      funders { funderId funder { name } fundingTotal grantCount recipientCount } } }`;
    type Overlap = {
      funderOverlap: {
        funderCount: number;
        fundingTotal: number;
        funders: { funder: { name: string }; fundingTotal: number; grantCount: number; recipientCount: number }[];
      };
    };

    it('names every funder in a place with its grants there, largest first', async () => {
      const { funderOverlap } = await bystander.data<Overlap>(OVERLAP, { id: place['A'] });
      expect(funderOverlap.funderCount).toBe(2);
      expect(funderOverlap.fundingTotal).toBe(5700);
      expect(funderOverlap.funders.map((f) => [f.funder.name, f.fundingTotal, f.grantCount, f.recipientCount])).toEqual(
        [
          ['Funder F1', 5000, 2, 2], // g1 1,000 to G1 + g2 4,000 to P1
          ['Funder F2', 700, 1, 1], // g6 to G1 (g4 is a pledge)
        ],
      );
    });

    it('leaves out a funder whose only grant there is PRIVATE to it', async () => {
      const seen = (await bystander.data<Overlap>(OVERLAP, { id: place['B'] })).funderOverlap;
      expect(seen.funders.map((f) => f.funder.name)).toEqual(['Funder F2']); // g3 3,000 to J1 in B1
      const all = (await admin.data<Overlap>(OVERLAP, { id: place['B'] })).funderOverlap;
      expect(all.funders.map((f) => [f.funder.name, f.fundingTotal])).toEqual([
        ['Funder F3', 6000],
        ['Funder F2', 3000],
      ]);
    });
  });

  describe('fundingByImdDecile', () => {
    const DECILES = `query ($funder: ID) { fundingByImdDecile(funderId: $funder) { funderId unplacedTotal
      deciles { decile placeCount population fundingTotal fundingPerHead } } }`;
    type Deciles = {
      fundingByImdDecile: {
        unplacedTotal: number;
        deciles: {
          decile: number;
          placeCount: number;
          population: number;
          fundingTotal: number;
          fundingPerHead: number | null;
        }[];
      };
    };
    const row = (d: Deciles, decile: number) => d.fundingByImdDecile.deciles[decile - 1];

    /*
     * Shares over LSOAs, by population: g1 → A1 1,000; g6 → A1 700; g3 → B1 3,000;
     * g2 (P1 covers A: A1 1,000, A2 2,500, A3 500 of 4,000 people) → A1 1,000, A2 2,500, A3 500;
     * g7 (P2 covers K: 12,000 people, £0.10 a head) → A1 100, A2 250, A3 50, B1 600, C1 200.
     */
    it('spreads every grant over the LSOAs it reaches and divides by each decile’s population', async () => {
      const data = await bystander.data<Deciles>(DECILES);
      expect(data.fundingByImdDecile.deciles.map((d) => d.decile)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
      // Decile 1 = A1 + A3 (1,500 people): A1 1,000 + 700 + 1,000 + 100 = 2,800; A3 500 + 50 = 550.
      expect(row(data, 1)).toMatchObject({ placeCount: 2, population: 1500 });
      expect(row(data, 1).fundingTotal).toBeCloseTo(3350, 6);
      expect(row(data, 1).fundingPerHead).toBeCloseTo(3350 / 1500, 6);
      expect(row(data, 2).fundingTotal).toBeCloseTo(3600, 6); // B1: 3,000 + 600
      expect(row(data, 2).fundingPerHead).toBeCloseTo(0.6, 6); // / 6,000
      expect(row(data, 3).fundingPerHead).toBeCloseTo(1.1, 6); // A2: (2,500 + 250) / 2,500
      expect(row(data, 8).fundingPerHead).toBeCloseTo(0.1, 6); // C1: 200 / 2,000
      expect(row(data, 5)).toEqual({ decile: 5, placeCount: 0, population: 0, fundingTotal: 0, fundingPerHead: null });
      expect(data.fundingByImdDecile.unplacedTotal).toBe(0); // 3,350 + 3,600 + 2,750 + 200 = 9,900, every counted grant
    });

    it('for one funder, counts only its grants', async () => {
      const data = await bystander.data<Deciles>(DECILES, { funder: org['F1'] });
      // F1: g1, g2, g7. Decile 1: A1 1,000 + 1,000 + 100, A3 500 + 50 = 2,650 over 1,500.
      expect(row(data, 1).fundingTotal).toBeCloseTo(2650, 6);
      expect(row(data, 2).fundingTotal).toBeCloseTo(600, 6); // only g7's share of B1
      expect(row(data, 3).fundingTotal).toBeCloseTo(2750, 6);
    });

    it('counts a PRIVATE grant only for those who may read it', async () => {
      const all = await admin.data<Deciles>(DECILES);
      expect(row(all, 2).fundingTotal).toBeCloseTo(9600, 6); // 3,600 + g5 6,000 to G2 at home in B1
      const seen = await funder1.data<Deciles>(DECILES);
      expect(row(seen, 2).fundingTotal).toBeCloseTo(3600, 6);
    });
  });

  describe('funderPortfolio', () => {
    const PORTFOLIO = `query ($id: ID!) { funderPortfolio(funderId: $id) {
      funder { name } fundingTotal grantCount recipientCount
      byYear { year awarded scheduled }
      byPlace { place { code } fundingTotal grantCount }
      byImdDecile { deciles { decile fundingTotal } }
      commitmentsAhead { total instalmentCount grantCount byYear { year amount } }
      coFunders { funder { name } fundingTotal grantCount recipientCount }
      granteePartnerships(first: 10) { totalCount nodes { partnership { name } fundedDirectly grantees { name } coFunders { funder { name } fundingTotal } } }
    } }`;
    type Portfolio = {
      funderPortfolio: Record<string, unknown> & {
        byPlace: { place: { code: string }; fundingTotal: number; grantCount: number }[];
        granteePartnerships: {
          totalCount: number;
          nodes: {
            partnership: { name: string };
            fundedDirectly: number;
            grantees: { name: string }[];
            coFunders: { funder: { name: string }; fundingTotal: number }[];
          }[];
        };
      };
    };

    it('sums the funder’s grants by year, place and decile, with commitments ahead', async () => {
      const { funderPortfolio: p } = await funder1.data<Portfolio>(PORTFOLIO, { id: org['F1'] });
      expect(p['funder']).toEqual({ name: 'Funder F1' });
      expect([p['fundingTotal'], p['grantCount'], p['recipientCount']]).toEqual([6200, 3, 3]); // g1 + g2 + g7; G1, P1, P2
      expect(p['byYear']).toEqual([
        { year: 2020, awarded: 4000, scheduled: 1000 }, // g2 awarded; its first instalment
        { year: 2024, awarded: 2200, scheduled: 2200 }, // g1 1,000 + g7 1,200, neither with a schedule
        { year: 2098, awarded: 0, scheduled: 1500 },
        { year: 2099, awarded: 0, scheduled: 1500 },
      ]);
      expect(p['commitmentsAhead']).toEqual({
        total: 3000,
        instalmentCount: 2,
        grantCount: 1, // g2's two unpaid instalments after today
        byYear: [
          { year: 2098, amount: 1500 },
          { year: 2099, amount: 1500 },
        ],
      });
      // Local authorities: g1 → A 1,000; g2 → A 4,000; g7 over K's LAs by population: A 400, B 600, CC 200.
      expect(p.byPlace.map((r) => [r.place.code, Math.round(r.fundingTotal * 100) / 100, r.grantCount])).toEqual([
        [code('A'), 5400, 3],
        [code('B'), 600, 1],
        [code('CC'), 200, 1],
      ]);
      const deciles = (p['byImdDecile'] as { deciles: { fundingTotal: number }[] }).deciles;
      expect(deciles[0].fundingTotal).toBeCloseTo(2650, 6); // as fundingByImdDecile for F1
    });

    it('lists the grantees’ partnerships and who else funds them, without another funder’s PRIVATE grant', async () => {
      const { funderPortfolio: p } = await funder1.data<Portfolio>(PORTFOLIO, { id: org['F1'] });
      // Other funders of G1, P1, P2: F2's g6 700 to G1 (g4 is a pledge).
      expect(p['coFunders']).toEqual([
        { funder: { name: 'Funder F2' }, fundingTotal: 700, grantCount: 1, recipientCount: 1 },
      ]);
      expect(p.granteePartnerships.totalCount).toBe(2);
      expect(p.granteePartnerships.nodes).toEqual([
        // P1: F1 funds it (g2) and its member G1 (g1); others fund member G1 (F2, g6 700) and member G2 (F3, g5, PRIVATE: not seen).
        {
          partnership: { name: 'Alpha Partnership' },
          fundedDirectly: 4000,
          grantees: [{ name: 'Grantee G1' }],
          coFunders: [{ funder: { name: 'Funder F2' }, fundingTotal: 700 }],
        },
        { partnership: { name: 'Beta Partnership' }, fundedDirectly: 1200, grantees: [], coFunders: [] },
      ]);
      // The instance admin reads g5, so sees F3 as a co-funder of P1.
      const all = (await admin.data<Portfolio>(PORTFOLIO, { id: org['F1'] })).funderPortfolio;
      expect(all.granteePartnerships.nodes[0].coFunders.map((c) => [c.funder.name, c.fundingTotal])).toEqual([
        ['Funder F3', 6000],
        ['Funder F2', 700],
      ]);
    });

    it('shows a third party nothing of F3’s PRIVATE grant in F3’s portfolio', async () => {
      const seen = (await funder1.data<Portfolio>(PORTFOLIO, { id: org['F3'] })).funderPortfolio;
      expect([seen['fundingTotal'], seen['grantCount'], seen.byPlace]).toEqual([0, 0, []]);
      const all = (await admin.data<Portfolio>(PORTFOLIO, { id: org['F3'] })).funderPortfolio;
      expect([all['fundingTotal'], all.byPlace.map((r) => [r.place.code, r.fundingTotal])]).toEqual([
        6000,
        [[code('B'), 6000]],
      ]);
    });
  });

  /*
   * Periods: a grant counts when its award day falls inside (award date, else period start, else
   * the day recorded). Award days: g1 2024-05-01, g2 2020-02-01, g3 2025-07-01, g6 2023-01-01, g7 2024-09-01.
   */
  describe('a funding period', () => {
    const IN_2024 = { from: '2024-01-01', to: '2024-12-31' };

    it('narrows placeAnalytics to grants awarded in it, and keeps today’s organisations and partnerships', async () => {
      const q = `query ($id: ID!, $period: FundingPeriodInput) { placeAnalytics(placeId: $id, period: $period) {
        organisationCount activePartnershipCount fundingTotal fundingPerHead grantCount funderCount } }`;
      const a = (await bystander.data<Analytics>(q, { id: place['A'], period: IN_2024 })).placeAnalytics;
      // A in 2024: only g1 1,000 (g2 is 2020, g6 is 2023); 1,000 / 4,000 = 0.25.
      expect(a).toEqual({
        organisationCount: 1,
        activePartnershipCount: 1,
        fundingTotal: 1000,
        fundingPerHead: 0.25,
        grantCount: 1,
        funderCount: 1,
      });
      // K from 2024 on (open end): g1 1,000 + g7 1,200 + g3 3,000 = 5,200 from F1 and F2.
      const k = (await bystander.data<Analytics>(q, { id: place['K'], period: { from: '2024-01-01' } })).placeAnalytics;
      expect([k['fundingTotal'], k['grantCount'], k['funderCount']]).toEqual([5200, 3, 2]);
      // Up to 2023 (open start): g2 4,000 + g6 700 = 4,700.
      const before = await bystander.data<Analytics>(q, { id: place['K'], period: { to: '2023-12-31' } });
      expect(before.placeAnalytics['fundingTotal']).toBe(4700);
    });

    it('narrows Place.analytics the same way, one statement per period', async () => {
      const counter = countQueries(testApp.dataSource).start();
      const data = await bystander.data<{
        places: { nodes: { code: string; all: { fundingTotal: number }; y2024: { fundingTotal: number } }[] };
      }>(
        `query ($period: FundingPeriodInput) { places(first: 50) { nodes { code
          all: analytics { fundingTotal } y2024: analytics(period: $period) { fundingTotal } } } }`,
        { period: IN_2024 },
      );
      counter.stop();
      expect(counter.queries.filter((sql) => sql.includes('organisation_count'))).toHaveLength(2);
      const a = data.places.nodes.find((n) => n.code === code('A'));
      expect([a?.all.fundingTotal, a?.y2024.fundingTotal]).toEqual([5700, 1000]);
    });

    it('turns a local authority into a cold spot when its funding in the period is little', async () => {
      const q = `query ($max: Float, $period: FundingPeriodInput) {
        coldSpots(level: LOCAL_AUTHORITY, maxFundingPerHead: $max, period: $period) {
          nodes { place { code } lowFunding noActivePartnership analytics { fundingPerHead } } } }`;
      type Spots = {
        coldSpots: { nodes: { place: { code: string }; lowFunding: boolean; analytics: { fundingPerHead: number } }[] };
      };
      // All time, £1 a head: A has 1.425 and P1, so not cold; B has no active partnership.
      const all = await bystander.data<Spots>(q, { max: 1 });
      expect(all.coldSpots.nodes.map((n) => n.place.code)).toEqual([code('B')]);
      // From 2024: A has g1 only, 1,000 / 4,000 = 0.25 ≤ 1, so cold; B has g3, 3,000 / 6,000 = 0.5.
      const since = await bystander.data<Spots>(q, { max: 1, period: { from: '2024-01-01' } });
      expect(since.coldSpots.nodes.map((n) => [n.place.code, n.lowFunding, n.analytics.fundingPerHead])).toEqual([
        [code('A'), true, 0.25],
        [code('B'), true, 0.5],
      ]);
    });

    it('narrows funderOverlap to the funders with grants awarded in it', async () => {
      const q = `query ($id: ID!, $period: FundingPeriodInput) { funderOverlap(placeId: $id, period: $period) {
        funderCount fundingTotal funders { funder { name } fundingTotal } } }`;
      type O = {
        funderOverlap: {
          funderCount: number;
          fundingTotal: number;
          funders: { funder: { name: string }; fundingTotal: number }[];
        };
      };
      const upTo2023 = (await bystander.data<O>(q, { id: place['A'], period: { to: '2023-12-31' } })).funderOverlap;
      expect(upTo2023.funders.map((f) => [f.funder.name, f.fundingTotal])).toEqual([
        ['Funder F1', 4000], // g2
        ['Funder F2', 700], // g6
      ]);
      const in2024 = (await bystander.data<O>(q, { id: place['A'], period: IN_2024 })).funderOverlap;
      expect([in2024.funderCount, in2024.fundingTotal]).toEqual([1, 1000]); // g1 only
    });

    it('narrows fundingByImdDecile to the period', async () => {
      const q = `query ($period: FundingPeriodInput) { fundingByImdDecile(period: $period) { deciles { decile fundingTotal fundingPerHead } } }`;
      type D = { fundingByImdDecile: { deciles: { fundingTotal: number; fundingPerHead: number }[] } };
      const d = (await bystander.data<D>(q, { period: IN_2024 })).fundingByImdDecile.deciles;
      // 2024: g1 → A1 1,000; g7 over K by population → A1 100, A2 250, A3 50, B1 600, C1 200.
      expect(d[0].fundingTotal).toBeCloseTo(1150, 6); // A1 1,100 + A3 50
      expect(d[0].fundingPerHead).toBeCloseTo(1150 / 1500, 6);
      expect(d[1].fundingPerHead).toBeCloseTo(0.1, 6); // B1 600 / 6,000
      expect(d[2].fundingPerHead).toBeCloseTo(0.1, 6); // A2 250 / 2,500
    });

    it('narrows every part of the funder portfolio', async () => {
      const q = `query ($id: ID!, $period: FundingPeriodInput) { funderPortfolio(funderId: $id, period: $period) {
        periodFrom periodTo fundingTotal grantCount recipientCount byYear { year awarded scheduled }
        byPlace { place { code } fundingTotal } commitmentsAhead { total }
        byImdDecile { deciles { fundingTotal } }
        granteePartnerships(first: 10) { nodes { partnership { name } fundedDirectly grantees { name } } } } }`;
      const p = (
        await funder1.data<{ funderPortfolio: Record<string, unknown> }>(q, { id: org['F1'], period: IN_2024 })
      ).funderPortfolio;
      // F1 in 2024: g1 1,000 to G1 and g7 1,200 to P2; g2 (2020, with the instalments ahead) is out.
      expect(p).toMatchObject({
        periodFrom: '2024-01-01',
        periodTo: '2024-12-31',
        fundingTotal: 2200,
        grantCount: 2,
        recipientCount: 2,
        byYear: [{ year: 2024, awarded: 2200, scheduled: 2200 }],
        commitmentsAhead: { total: 0 },
        granteePartnerships: {
          nodes: [
            { partnership: { name: 'Alpha Partnership' }, fundedDirectly: 0, grantees: [{ name: 'Grantee G1' }] },
            { partnership: { name: 'Beta Partnership' }, fundedDirectly: 1200, grantees: [] },
          ],
        },
      });
      // g1 → A 1,000; g7 over K's LAs by population → A 400, B 600, CC 200.
      const byPlace = (p['byPlace'] as { place: { code: string }; fundingTotal: number }[]).map((r) => [
        r.place.code,
        Math.round(r.fundingTotal * 100) / 100,
      ]);
      expect(byPlace).toEqual([
        [code('A'), 1400],
        [code('B'), 600],
        [code('CC'), 200],
      ]);
      expect((p['byImdDecile'] as { deciles: { fundingTotal: number }[] }).deciles[0].fundingTotal).toBeCloseTo(
        1150,
        6,
      );
    });

    it('refuses a period that ends before it starts', async () => {
      const result = await bystander.request(
        `{ placeAnalytics(placeId: "${place['A']}", period: { from: "2025-01-01", to: "2024-01-01" }) { fundingTotal } }`,
      );
      expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'period' });
    });
  });

  /*
   * One definition of co-funding (CO_FUNDING_WORDS): two funders co-fund a piece of work (an
   * organisation, a project, or a partnership with its projects and current members) when both
   * have counted grants to it. The portfolio used to read "no other funder" for F3 while its
   * grantee's partnership listed two: F3 funds only G2, which nobody else funds, but G2 belongs
   * to P1, which F1 funds (g2) and whose other member G1 F1 and F2 fund (g1, g6).
   */
  describe('co-funding', () => {
    const Q = `query ($id: ID!) { funderPortfolio(funderId: $id) {
      coFunders { funder { name } fundingTotal grantCount recipientCount }
      granteePartnerships(first: 10) { nodes { partnership { name } coFunders { funder { name } fundingTotal grantCount } } } } }`;
    type P = {
      funderPortfolio: {
        coFunders: { funder: { name: string }; fundingTotal: number; grantCount: number; recipientCount: number }[];
        granteePartnerships: {
          nodes: {
            partnership: { name: string };
            coFunders: { funder: { name: string }; fundingTotal: number; grantCount: number }[];
          }[];
        };
      };
    };

    it('names the same co-funders in the headline as in the partnership that lists them', async () => {
      const p = (await admin.data<P>(Q, { id: org['F3'] })).funderPortfolio;
      // P1 as a piece of work: g2 F1 4,000 to P1, g1 F1 1,000 to member G1, g6 F2 700 to member G1.
      expect(p.granteePartnerships.nodes).toEqual([
        {
          partnership: { name: 'Alpha Partnership' },
          coFunders: [
            { funder: { name: 'Funder F1' }, fundingTotal: 5000, grantCount: 2 },
            { funder: { name: 'Funder F2' }, fundingTotal: 700, grantCount: 1 },
          ],
        },
      ]);
      expect(p.coFunders).toEqual([
        { funder: { name: 'Funder F1' }, fundingTotal: 5000, grantCount: 2, recipientCount: 2 }, // P1, G1
        { funder: { name: 'Funder F2' }, fundingTotal: 700, grantCount: 1, recipientCount: 1 }, // G1
      ]);
    });

    it('counts each co-funder’s grant once, however many shared pieces of work it funds', async () => {
      // As the instance admin, F1's work is G1, P1 (g2, and G1's membership) and P2. F2's g6 to G1
      // funds both G1 and P1 but counts once; F3's g5 to member G2 funds P1.
      const p = (await admin.data<P>(Q, { id: org['F1'] })).funderPortfolio;
      expect(p.coFunders.map((c) => [c.funder.name, c.fundingTotal, c.grantCount])).toEqual([
        ['Funder F3', 6000, 1],
        ['Funder F2', 700, 1],
      ]);
      const rowFunders = new Set(p.granteePartnerships.nodes.flatMap((n) => n.coFunders.map((c) => c.funder.name)));
      expect([...rowFunders].every((name) => p.coFunders.some((c) => c.funder.name === name))).toBe(true);
    });
  });
});
