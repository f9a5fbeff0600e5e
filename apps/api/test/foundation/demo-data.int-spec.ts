import { DemoNetwork, generateNetwork, loadNetwork, LoadProgress, networkCounts, streamNetwork, TABLES } from '@cg/api/demo-data';
import { TieKind } from '@cg/shared/domain';
import { startTestApp, TestApp } from '../support/test-app';

const MISSING = '00000000-0000-4000-8000-000000000000';

describe('loading the demo network', () => {
  let testApp: TestApp;
  let network: DemoNetwork;
  beforeAll(async () => {
    testApp = await startTestApp();
    network = generateNetwork({ organisations: 160 });
  });
  afterAll(() => testApp.close());

  const query = <T = Record<string, unknown>>(sql: string, parameters?: unknown[]) => testApp.dataSource.query(sql, parameters) as Promise<T[]>;

  async function rowCounts(): Promise<Record<string, number>> {
    const counts: Record<string, number> = {};
    for (const spec of TABLES) counts[spec.table] = (await query<{ count: number }>(`SELECT count(*)::int AS count FROM "${spec.table}"`))[0].count;
    return counts;
  }

  const last = <T>(rows: T[]) => rows.length - 1;
  const breakages: [string, (n: DemoNetwork) => DemoNetwork, RegExp][] = [
    [
      'a reference to a row that does not exist',
      (n) => ({ ...n, relationships: n.relationships.map((r, i) => (i === last(n.relationships) ? { ...r, toOrganisationId: MISSING } : r)) }),
      /foreign key constraint/,
    ],
    [
      'a tie from an organisation to itself',
      (n) => ({ ...n, relationships: n.relationships.map((r, i) => (i === last(n.relationships) ? { ...r, toOrganisationId: r.fromOrganisationId } : r)) }),
      /relationship_not_self/,
    ],
    [
      'an org-id that is already taken (in other letter case)',
      (n) => ({
        ...n,
        organisationIdentifiers: [...n.organisationIdentifiers, { ...n.organisationIdentifiers[0], id: MISSING, identifier: n.organisationIdentifiers[0].identifier.toLowerCase() }],
      }),
      /duplicate key value/,
    ],
  ];

  it.each(breakages)('writes nothing at all when the network has %s', async (_name, breakIt, error) => {
    const progress: LoadProgress[] = [];
    await expect(loadNetwork(testApp.dataSource, breakIt(network), (p) => progress.push(p))).rejects.toThrow(error);
    // Tables before the broken one were written inside the transaction, then rolled back.
    expect(progress.some((p) => p.table === 'organisation' && p.tableRows === 160)).toBe(true);
    expect(Object.values(await rowCounts()).every((count) => count === 0)).toBe(true);
  });

  it('writes every row of the demo-size network, each accepted by the constraints', async () => {
    const progress: LoadProgress[] = [];
    const result = await loadNetwork(testApp.dataSource, network, (p) => progress.push(p));
    const expected = networkCounts(network);
    expect(result.counts).toEqual(expected);
    expect(result.totalRows).toBe(Object.values(expected).reduce((sum, count) => sum + count, 0));
    expect(progress[progress.length - 1].totalRows).toBe(result.totalRows);
    expect(await rowCounts()).toEqual(expected);
    for (const table of ['place', 'organisation', 'person', 'partnership', 'project', 'outcome', 'indicator', 'measurement', 'story', 'need', 'activity', 'funding', 'funding_instalment', 'relationship']) {
      expect(expected[table]).toBeGreaterThan(0);
    }

    // Every foreign key and check constraint is in force (none was skipped or left unvalidated).
    const unvalidated = await query(`SELECT conname FROM pg_constraint WHERE connamespace = 'public'::regnamespace AND contype IN ('f', 'c') AND NOT convalidated`);
    expect(unvalidated).toEqual([]);

    // Values survive the trip: arrays, jsonb, ltree, citext and money.
    const organisation = network.organisations[20];
    const [stored] = await query<{ themes: string[]; home_place_id: string }>('SELECT themes, home_place_id FROM organisation WHERE id = $1', [organisation.id]);
    expect(stored).toEqual({ themes: organisation.themes, home_place_id: organisation.homePlaceId });
    const partnership = network.partnerships[3];
    const [missions] = await query<{ missions: string }>('SELECT missions::text AS missions FROM partnership WHERE id = $1', [partnership.id]);
    expect(missions.missions).toBe(`{${partnership.missions.join(',')}}`);
    const lsoa = network.places.find((p) => p.level === 'LSOA') ?? network.places[0];
    const [domains] = await query<{ imd_domains: Record<string, number> }>('SELECT imd_domains FROM place WHERE id = $1', [lsoa.id]);
    expect(domains.imd_domains).toEqual(lsoa.imdDomains);
    const [{ inside }] = await query<{ inside: number }>(`SELECT count(*)::int AS inside FROM place WHERE path <@ 'E92000001'`);
    expect(inside).toBe(network.places.length);
    const [{ mismatched }] = await query<{ mismatched: number }>(
      `SELECT count(*)::int AS mismatched FROM funding f
       JOIN (SELECT funding_id, sum(amount) AS total FROM funding_instalment GROUP BY funding_id) i ON i.funding_id = f.id
       WHERE i.total <> f.amount`,
    );
    expect(mismatched).toBe(0);

    // The API reads it: the overview counts the organisations, and every kind of tie shows in the tie view.
    const { overview } = await testApp.client().data<{ overview: { organisationCount: number } }>('{ overview { organisationCount } }');
    expect(overview.organisationCount).toBe(160);
    const kinds = await query<{ kind: string }>('SELECT DISTINCT kind FROM organisation_tie');
    expect(new Set(kinds.map((k) => k.kind))).toEqual(new Set(Object.values(TieKind)));
  });

  it('streams a bigger network in chunks without breaking a foreign key', async () => {
    await query(`TRUNCATE ${TABLES.map((spec) => `"${spec.table}"`).join(', ')} CASCADE`);
    const options = { organisations: 600, seed: 7 };
    const result = await loadNetwork(testApp.dataSource, streamNetwork(options, 900));
    expect(result.counts).toEqual(networkCounts(generateNetwork(options)));
    expect(await rowCounts()).toEqual(result.counts);
  });
});
