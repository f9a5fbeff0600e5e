import { startTestApp, TestApp } from '../test/support/test-app';

// Prints how long the as-at-date measures take on a generated network of 10,000 organisations
// with dated history: 100,000 relationships starting (and a fifth ending) across six years,
// 200 partnerships of 30 members joining and leaving, and 5,000 grants. Asserts only that it answers.
describe('benchmark: as-at-date measures on 10,000 organisations', () => {
  let testApp: TestApp;
  let partnershipId = '';

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
           pairs AS (SELECT a, (a + 1 + k * 37 + (a * 13) % 29) % 10000 AS b, k FROM generate_series(0, 9999) a CROSS JOIN generate_series(0, 9) k)
      INSERT INTO relationship (from_organisation_id, to_organisation_id, type, strength, from_date, to_date)
      SELECT fa.id, fb.id, 'REFERS_TO', 1 + (p.a % 5),
             date '2019-01-01' + ((p.a * 7 + p.k * 131) % 2190),
             CASE WHEN (p.a + p.k) % 5 = 0 THEN date '2019-01-01' + ((p.a * 7 + p.k * 131) % 2190) + 365 END
        FROM pairs p JOIN o fa ON fa.n = p.a JOIN o fb ON fb.n = p.b`);
    await ds.query(`
      INSERT INTO partnership (name, governance_model, status, start_date)
      SELECT 'Partnership ' || i, 'SHARED_LEADERSHIP', 'ACTIVE', date '2019-01-01' + (i * 5) FROM generate_series(1, 200) i`);
    await ds.query(`
      WITH o AS (SELECT id, row_number() OVER (ORDER BY id) - 1 AS n FROM organisation),
           p AS (SELECT id, row_number() OVER (ORDER BY id) - 1 AS n, start_date FROM partnership)
      INSERT INTO partnership_membership (partnership_id, organisation_id, role, decision_seat, from_date, to_date)
      SELECT p.id, o.id, CASE WHEN k = 0 THEN 'LEAD' ELSE 'CORE_MEMBER' END::partner_role, k % 3 = 0,
             p.start_date + k * 20, CASE WHEN k % 4 = 3 THEN p.start_date + k * 20 + 400 END
        FROM p CROSS JOIN generate_series(0, 29) k JOIN o ON o.n = (p.n * 50 + k * 7) % 10000`);
    await ds.query(`
      WITH o AS (SELECT id, row_number() OVER (ORDER BY id) - 1 AS n FROM organisation)
      INSERT INTO funding (funder_organisation_id, recipient_organisation_id, amount, period_start, period_end)
      SELECT f.id, r.id, 1000 * (1 + i % 50), date '2019-01-01' + (i % 2000), date '2019-01-01' + (i % 2000) + 730
        FROM generate_series(0, 4999) i JOIN o f ON f.n = (i * 5 + 4) % 10000 JOIN o r ON r.n = (i * 11) % 10000`);
    await ds.query('ANALYZE');
    [{ id: partnershipId }] = await ds.query(`SELECT partnership_id AS id FROM partnership_membership
      GROUP BY partnership_id ORDER BY min(from_date), partnership_id LIMIT 1`);
  }, 600_000);
  afterAll(() => testApp.close());

  const timed = async <T>(run: () => Promise<T>): Promise<[T, number]> => {
    const started = performance.now();
    const result = await run();
    return [result, Math.round(performance.now() - started)];
  };

  it('measures the network and a partnership as at past days', async () => {
    const client = testApp.client();
    type Net = { network: { summary: { nodeCount: number; edgeCount: number } } };
    const network = `query ($filter: NetworkFilter) { network(filter: $filter) { nodes { ids degree betweenness } summary { nodeCount edgeCount density } } }`;
    const [whole, wholeMs] = await timed(() => client.data<Net>(network, { filter: { asAt: '2022-06-30' } }));
    const [, wholeCachedMs] = await timed(() => client.data<Net>(network, { filter: { asAt: '2022-06-30' } }));
    const [, todayMs] = await timed(() => client.data<Net>(network, { filter: null }));
    const [members, membersMs] = await timed(() =>
      client.data<Net>(network, { filter: { partnership: partnershipId, asAt: '2021-12-31' } }),
    );
    const indices = `query ($id: ID!) { partnership(id: $id) { collaboration(asAt: "2021-12-31") { key value } } }`;
    const [, indicesMs] = await timed(() => client.data(indices, { id: partnershipId }));
    const series = `query ($id: ID!) { partnershipHealthSeries(partnershipId: $id, from: "2019-01-01", to: "2024-12-31") {
      points { day memberCount sectorCount tieCount density indices { key value } } } }`;
    type Series = { partnershipHealthSeries: { points: { memberCount: number; tieCount: number }[] } };
    const [answer, seriesMs] = await timed(() => client.data<Series>(series, { id: partnershipId }));
    const points = answer.partnershipHealthSeries.points;
    const peak = Math.max(...points.map((p) => p.memberCount));
    console.log(
      `as-at-date measures, 10,000 organisations: whole network as at 30/06/2022 (${whole.network.summary.nodeCount} organisations, ` +
        `${whole.network.summary.edgeCount} tied pairs) cold ${wholeMs} ms, cached ${wholeCachedMs} ms (today's network cold ${todayMs} ms); ` +
        `a partnership's members as at 31/12/2021 (${members.network.summary.nodeCount} organisations) ${membersMs} ms; ` +
        `its ego, silo and logo indices as at a day ${indicesMs} ms; its monthly series of ${points.length} month ends ` +
        `(up to ${peak} members) ${seriesMs} ms`,
    );
    expect(points.length).toBe(72);
    expect(whole.network.summary.nodeCount).toBeGreaterThan(0);
  }, 600_000);
});
