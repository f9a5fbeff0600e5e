import { AuthService } from '@cg/api/core/auth';
import { PlaceImportKind, runPlaceImport } from '@cg/api/feature/place-data';
import { GraphQLTestClient } from '@cg/api/testing';
import { OrganisationRole } from '@cg/shared/domain';
import { PostgresQueryRunner } from 'typeorm/driver/postgres/PostgresQueryRunner';
import { startTestApp, TestApp } from '../test/support/test-app';
import { OFFICIAL_FILES as F } from '../test/place-data/official-files';

/*
 * Place analytics at national scale (issue #11): the real English IoD 2019 LSOAs (32,844, with
 * rank, decile and population) under the real councils, regions and countries, and a generated
 * sector on top: ORGANISATIONS organisations at home in LSOAs, 3,000 partnerships (two in three
 * ACTIVE) covering LSOAs or a council, 2,000 projects, and GRANTS grants from 300 funders over
 * 2019–2025. Prints the median time of each request as a signed-in charity CEO (row-level
 * security judges every row) and the PostgreSQL plan of the heaviest statements, read with
 * EXPLAIN ANALYZE on the request's own connection (role cg_request). Asserts only that it answered.
 */
const ORGANISATIONS = Number(process.env.BENCH_ORGANISATIONS ?? 30_000);
const GRANTS = Number(process.env.BENCH_GRANTS ?? 100_000);

const REQUESTS: Record<string, string> = {
  'coldSpots, LSOAs in deciles 1–2 (first 25)': `{ coldSpots(level: LSOA, first: 25) { totalCount nodes { place { code } analytics { fundingPerHead } } } }`,
  'coldSpots, LSOAs, ≤ £5 a head in 2024': `{ coldSpots(level: LSOA, maxFundingPerHead: 5, period: { from: "2024-01-01", to: "2024-12-31" }, first: 25) { totalCount nodes { place { code } } } }`,
  'coldSpots, local authorities ≤ £50 a head': `{ coldSpots(level: LOCAL_AUTHORITY, maxFundingPerHead: 50, first: 25) { totalCount nodes { place { name } } } }`,
  'placeAnalytics, London region': `query ($london: ID!) { placeAnalytics(placeId: $london) { organisationCount activePartnershipCount fundingTotal fundingPerHead funderCount } }`,
  'placeAnalytics, England': `query ($england: ID!) { placeAnalytics(placeId: $england) { organisationCount fundingTotal fundingPerHead } }`,
  'funderOverlap, London region': `query ($london: ID!) { funderOverlap(placeId: $london) { funderCount fundingTotal } }`,
  'Place.analytics of every local authority (place map)': `{ placeShapes(level: LOCAL_AUTHORITY, zoom: 6) { code analytics { fundingPerHead } } }`,
  'fundingByImdDecile, all funders (LSOAs)': `{ fundingByImdDecile { deciles { decile fundingPerHead } unplacedTotal } }`,
  'funderPortfolio with co-funders and partnerships': `query ($funder: ID!) { funderPortfolio(funderId: $funder) { fundingTotal byPlace { fundingTotal } coFunders { fundingTotal } granteePartnerships(first: 25) { totalCount nodes { coFunders { fundingTotal } } } } }`,
};

/** Statements whose plans are printed: the figures of many places at once, and co-funding. */
const EXPLAINED: [string, string, (sql: string) => boolean][] = [
  [
    'coldSpots, LSOAs in deciles 1–2',
    REQUESTS['coldSpots, LSOAs in deciles 1–2 (first 25)'],
    (sql) => sql.includes('organisation_count') && sql.includes('ORDER BY'),
  ],
  [
    'placeAnalytics, London region',
    REQUESTS['placeAnalytics, London region'],
    (sql) => sql.includes('organisation_count'),
  ],
  [
    'funderPortfolio co-funders',
    REQUESTS['funderPortfolio with co-funders and partnerships'],
    (sql) => sql.includes('my_work'),
  ],
];

/**
 * While `match` is set, every matching statement is first explained on its own connection (so as
 * the request's role, with its scope): with ANALYZE, or only planned when `planOnly`
 * (BENCH_PLAN_ONLY=1), in which case the statement itself is not run.
 */
const plans: string[] = [];
let match: ((sql: string) => boolean) | null = null;
let planOnly = false;
const original = PostgresQueryRunner.prototype.query;
PostgresQueryRunner.prototype.query = async function (this: PostgresQueryRunner, ...args: Parameters<typeof original>) {
  const [sql, parameters] = args;
  if (match?.(sql) && !sql.startsWith('EXPLAIN')) {
    const [{ role }] = (await original.call(this, `SELECT current_user AS role`)) as { role: string }[];
    const explain = planOnly ? 'EXPLAIN' : 'EXPLAIN (ANALYZE, BUFFERS)';
    const rows = (await original.call(this, `${explain} ${sql}`, parameters)) as { 'QUERY PLAN': string }[];
    plans.push(`as ${role}:\n${rows.map((row) => `    ${row['QUERY PLAN']}`).join('\n')}`);
    if (planOnly) throw new Error('planned only');
  }
  return original.apply(this, args);
} as typeof original;

describe(`benchmark: place analytics on the 32,844 English LSOAs, ${ORGANISATIONS.toLocaleString('en-GB')} organisations, ${GRANTS.toLocaleString('en-GB')} grants`, () => {
  let testApp: TestApp;
  let ceo: GraphQLTestClient;
  const variables: Record<string, string> = {};

  beforeAll(async () => {
    testApp = await startTestApp();
    const ds = testApp.dataSource;
    const started = performance.now();
    for (const [kind, file] of [
      [PlaceImportKind.BOUNDARIES, F.boundaries],
      [PlaceImportKind.CODE_CHANGES, F.changes],
      [PlaceImportKind.COUNCILS, F.councils],
      [PlaceImportKind.IOD_LSOA, F.iodImd],
      [PlaceImportKind.IOD_LSOA, F.iodPopulation],
      [PlaceImportKind.LSOA_COUNCILS, F.lsoaCouncils],
    ] as const)
      await runPlaceImport(ds, kind, file);
    const imported = performance.now() - started;
    await ds.query(`
      INSERT INTO organisation (name, type, sector)
      SELECT 'Funder ' || i, 'FUNDER', 'FUNDER' FROM generate_series(1, 300) i`);
    // Homes spread unevenly (every third LSOA at most), so many deprived LSOAs have nobody: cold spots.
    await ds.query(
      `WITH lsoa AS (SELECT id, row_number() OVER (ORDER BY code) - 1 AS n FROM place WHERE level = 'LSOA')
       INSERT INTO organisation (name, type, sector, home_place_id)
       SELECT 'Grantee ' || i, 'CHARITY', 'VOLUNTARY_AND_COMMUNITY', lsoa.id
         FROM generate_series(0, $1 - 1) i JOIN lsoa ON lsoa.n = (i * 3) % 32844`,
      [ORGANISATIONS],
    );
    await ds.query(`
      INSERT INTO partnership (name, status, governance_model)
      SELECT 'Partnership ' || i, CASE WHEN i % 3 = 0 THEN 'FORMING' ELSE 'ACTIVE' END::partnership_status, 'SHARED_LEADERSHIP'
        FROM generate_series(0, 2999) i`);
    await ds.query(`
      WITH p AS (SELECT id, row_number() OVER (ORDER BY name) - 1 AS n FROM partnership),
           lsoa AS (SELECT id, row_number() OVER (ORDER BY code) - 1 AS n FROM place WHERE level = 'LSOA'),
           la AS (SELECT id, row_number() OVER (ORDER BY code) - 1 AS n FROM place WHERE level = 'LOCAL_AUTHORITY')
      INSERT INTO partnership_place (partnership_id, place_id)
      SELECT p.id, la.id FROM p JOIN la ON la.n = p.n % 300 WHERE p.n % 10 = 0
      UNION
      SELECT p.id, lsoa.id FROM p CROSS JOIN generate_series(0, 2) k JOIN lsoa ON lsoa.n = (p.n * 11 + k) % 32844 WHERE p.n % 10 <> 0`);
    await ds.query(`
      WITH p AS (SELECT id, row_number() OVER (ORDER BY name) - 1 AS n FROM partnership),
           o AS (SELECT id, row_number() OVER (ORDER BY name) - 1 AS n FROM organisation WHERE type = 'CHARITY')
      INSERT INTO partnership_membership (partnership_id, organisation_id, role)
      SELECT DISTINCT ON (p.id, o.id) p.id, o.id, 'CORE_MEMBER' FROM p CROSS JOIN generate_series(0, 4) k JOIN o ON o.n = (p.n * 7 + k * 1013) % ${ORGANISATIONS}`);
    await ds.query(`
      WITH p AS (SELECT id, row_number() OVER (ORDER BY name) - 1 AS n FROM partnership)
      INSERT INTO project (name, status, partnership_id)
      SELECT 'Project ' || i, CASE WHEN i % 2 = 0 THEN 'ACTIVE' ELSE 'PLANNED' END::project_status, p.id
        FROM generate_series(0, 1999) i JOIN p ON p.n = i`);
    await ds.query(`
      WITH j AS (SELECT id, row_number() OVER (ORDER BY name) - 1 AS n FROM project),
           lsoa AS (SELECT id, row_number() OVER (ORDER BY code) - 1 AS n FROM place WHERE level = 'LSOA')
      INSERT INTO project_place (project_id, place_id)
      SELECT DISTINCT j.id, lsoa.id FROM j CROSS JOIN generate_series(0, 1) k JOIN lsoa ON lsoa.n = (j.n * 17 + k * 5) % 32844`);
    // Grants: eight in ten to organisations, one to a partnership, one to a project; one in ten PARTNERS-only.
    await ds.query(
      `WITH f AS (SELECT id, row_number() OVER (ORDER BY name) - 1 AS n FROM organisation WHERE type = 'FUNDER'),
            o AS (SELECT id, row_number() OVER (ORDER BY name) - 1 AS n FROM organisation WHERE type = 'CHARITY'),
            p AS (SELECT id, row_number() OVER (ORDER BY name) - 1 AS n FROM partnership),
            j AS (SELECT id, row_number() OVER (ORDER BY name) - 1 AS n FROM project),
            g AS (SELECT i FROM generate_series(0, $1 - 1) i)
       INSERT INTO funding (funder_organisation_id, recipient_organisation_id, recipient_partnership_id, recipient_project_id,
                            amount, award_date, status, visibility, owner_organisation_id)
       SELECT f.id, o.id, p.id, j.id, 1000 + (g.i % 50) * 500, DATE '2019-01-01' + (g.i * 7) % 2500,
              CASE WHEN g.i % 2 = 0 THEN 'AWARDED' ELSE 'PAID' END::funding_status,
              CASE WHEN g.i % 10 = 3 THEN 'PARTNERS' ELSE 'PUBLIC' END::visibility,
              CASE WHEN g.i % 10 = 3 THEN f.id END
         FROM g JOIN f ON f.n = g.i % 300
         LEFT JOIN o ON g.i % 10 < 8 AND o.n = (g.i * 13) % ${ORGANISATIONS}
         LEFT JOIN p ON g.i % 10 = 8 AND p.n = (g.i * 7) % 3000
         LEFT JOIN j ON g.i % 10 = 9 AND j.n = (g.i * 3) % 2000`,
      [GRANTS],
    );
    await ds.query('ANALYZE');
    const [{ lsoas }] = await ds.query(
      `SELECT count(*)::int AS lsoas FROM place WHERE level = 'LSOA' AND imd_decile IS NOT NULL`,
    );
    console.log(
      `imported ${lsoas.toLocaleString('en-GB')} LSOAs with IMD deciles and the councils above them in ${(imported / 1000).toFixed(0)} s, ` +
        `then generated the sector in ${((performance.now() - started - imported) / 1000).toFixed(0)} s`,
    );
    variables['london'] = (await ds.query(`SELECT id FROM place WHERE code = 'E12000007'`))[0].id;
    variables['england'] = (await ds.query(`SELECT id FROM place WHERE code = 'E92000001'`))[0].id;
    variables['funder'] = (await ds.query(`SELECT id FROM organisation WHERE name = 'Funder 1'`))[0].id;

    const [charity] = await ds.query(`SELECT id FROM organisation WHERE name = 'Grantee 7'`);
    const auth = testApp.app.get(AuthService);
    const user = await auth.createUser({
      email: 'ceo@bench.example',
      name: 'Bench CEO',
      password: 'bench password long enough',
    });
    await auth.addMembership(user.id, charity.id, OrganisationRole.ORG_ADMIN);
    ceo = testApp.anonymousClient();
    await ceo.data(`mutation ($input: SignInInput!) { signIn(input: $input) { user { id } } }`, {
      input: { email: 'ceo@bench.example', password: 'bench password long enough' },
    });
  }, 900_000);
  afterAll(async () => {
    PostgresQueryRunner.prototype.query = original;
    await testApp.close();
  });

  it('times each request as a charity CEO (median of 3 after a warm-up) and prints the plans', async () => {
    const varsOf = (query: string) =>
      Object.fromEntries(Object.entries(variables).filter(([key]) => query.includes(`$${key}`)));
    const explain = async (label: string) => {
      for (const [name, query, matches] of EXPLAINED) {
        plans.length = 0;
        match = matches;
        await ceo.request(query, varsOf(query));
        match = null;
        console.log(`${label} of ${name}, ${plans.join('\n')}`);
      }
    };
    if (process.env['BENCH_PLAN_ONLY']) {
      planOnly = true;
      await explain('EXPLAIN');
      return;
    }
    const lines: string[] = [];
    for (const [name, query] of Object.entries(REQUESTS)) {
      const warm = performance.now();
      await ceo.data(query, varsOf(query));
      const first = performance.now() - warm;
      const times: number[] = [];
      // A slow request is timed once, so the bench still ends.
      for (let run = 0; run < (first > 20_000 ? 0 : 3); run++) {
        const started = performance.now();
        await ceo.data(query, varsOf(query));
        times.push(performance.now() - started);
      }
      const median = times.length ? times.sort((a, b) => a - b)[1] : first;
      const line = `  ${name.padEnd(52)} ${median.toFixed(0).padStart(6)} ms${times.length ? '' : ' (timed once)'}`;
      console.log(line);
      lines.push(line);
    }
    console.log(
      `place analytics request times (GraphQL, as a charity CEO, median of 3 after a warm-up):\n${lines.join('\n')}`,
    );
    await explain('EXPLAIN ANALYZE');
    expect(lines).toHaveLength(Object.keys(REQUESTS).length);
  }, 900_000);
});
