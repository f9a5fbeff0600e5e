import { PlaceImportKind, PlaceImportReport, runPlaceImport } from '@cg/api/feature/place-data';
import { countQueries } from '@cg/api/testing';
import { DataSource } from 'typeorm';
import { startTestApp, TestApp } from '../support/test-app';
import { OFFICIAL_FILES as F } from './official-files';

/** Every import, in the order the README gives for a fresh database. */
const SEQUENCE: [PlaceImportKind, string][] = [
  [PlaceImportKind.BOUNDARIES, F.boundaries],
  [PlaceImportKind.CODE_CHANGES, F.changes],
  [PlaceImportKind.COUNCILS, F.councils],
  [PlaceImportKind.IOD_LSOA, F.iodImd],
  [PlaceImportKind.IOD_LSOA, F.iodDomains],
  [PlaceImportKind.IOD_LSOA, F.iodPopulation],
  [PlaceImportKind.LSOA_COUNCILS, F.lsoaCouncils],
  [PlaceImportKind.IOD_LAD, F.iodLad2019],
  [PlaceImportKind.IOD_LAD, F.iodLad2025],
  [PlaceImportKind.POSTCODES, F.nsplWc],
];

interface PlaceAnswer {
  code: string;
  name: string;
  level: string;
  imdDecile: number | null;
  imdRank: number | null;
  population: number | null;
  ancestors: { code: string; level: string }[];
}

describe('official place data (the real files in ../shared/data)', () => {
  let testApp: TestApp;
  let ds: DataSource;
  const reports: PlaceImportReport[] = [];
  const query = <T>(sql: string, params: unknown[] = []) => ds.query<T[]>(sql, params);

  beforeAll(async () => {
    testApp = await startTestApp();
    ds = testApp.dataSource;
    for (const [kind, file] of SEQUENCE) reports.push(await runPlaceImport(ds, kind, file));
  }, 300_000);

  afterAll(() => testApp?.close());

  it('holds the 361 local authority districts current in the 2025 boundaries, with geometry', async () => {
    const [{ count }] = await query<{ count: number }>(
      `SELECT count(*)::int AS count FROM place WHERE level = 'LOCAL_AUTHORITY' AND archived_at IS NULL AND boundary IS NOT NULL`,
    );
    expect(count).toBe(361);
    // The ONS file still draws Glasgow City and North Lanarkshire under their pre-2018 codes; the
    // council list's current codes take the boundaries, and the old codes lead to them.
    const scottish = await query<{ code: string; has_boundary: boolean }>(
      `SELECT code, boundary IS NOT NULL AS has_boundary FROM place WHERE code IN ('S12000049', 'S12000050') AND archived_at IS NULL ORDER BY code`,
    );
    expect(scottish).toEqual([
      { code: 'S12000049', has_boundary: true },
      { code: 'S12000050', has_boundary: true },
    ]);
    const [leicester] = await query<{ type: string; lon: number; lat: number }>(
      `SELECT boundary->>'type' AS type, (boundary->'coordinates'->0->0->0->>0)::float AS lon, (boundary->'coordinates'->0->0->0->>1)::float AS lat
         FROM place WHERE code = 'E06000016'`,
    );
    // GeoJSON geometry in WGS84: Leicester is at about 1.1°W, 52.6°N.
    expect(['Polygon', 'MultiPolygon']).toContain(leicester.type);
    const point =
      leicester.type === 'Polygon'
        ? await query<{ lon: number; lat: number }>(
            `SELECT (boundary->'coordinates'->0->0->>0)::float AS lon, (boundary->'coordinates'->0->0->>1)::float AS lat FROM place WHERE code = 'E06000016'`,
          ).then((rows) => rows[0])
        : leicester;
    expect(point.lon).toBeGreaterThan(-1.3);
    expect(point.lon).toBeLessThan(-1.0);
    expect(point.lat).toBeGreaterThan(52.5);
    expect(point.lat).toBeLessThan(52.7);
  });

  it('places E01000001 in the City of London with IMD decile 9, its rank, domains and population', async () => {
    const answer = await testApp.client().data<{
      placeByCode: PlaceAnswer;
    }>(`{ placeByCode(code: "E01000001") { code name level imdDecile imdRank population ancestors { code level } } }`);
    expect(answer.placeByCode).toMatchObject({
      name: 'City of London 001A',
      level: 'LSOA',
      imdDecile: 9,
      imdRank: 29199,
      population: 1296,
    });
    expect(answer.placeByCode.ancestors.map((a) => a.code)).toEqual(['E92000001', 'E12000007', 'E09000001']);
    const [domains] = await query<{ imd_domains: Record<string, number> }>(
      `SELECT imd_domains FROM place WHERE code = 'E01000001'`,
    );
    expect(domains.imd_domains).toMatchObject({
      income_rank: 32831,
      income_decile: 10,
      housing_rank: 7319,
      environment_decile: 3,
    });
  });

  it('lands every English LSOA in a current local authority', async () => {
    const [counts] = await query<{ lsoas: number; in_current_la: number }>(`
      SELECT count(*)::int AS lsoas,
             count(*) FILTER (WHERE la.level = 'LOCAL_AUTHORITY' AND la.archived_at IS NULL AND la.boundary IS NOT NULL)::int AS in_current_la
        FROM place l LEFT JOIN place la ON la.id = l.parent_id
       WHERE l.level = 'LSOA' AND l.code LIKE 'E01%'`);
    expect(counts).toEqual({ lsoas: 32_844, in_current_la: 32_844 });
    // Paths follow the parents: every LSOA lies within its local authority's path.
    const [{ misplaced }] = await query<{ misplaced: number }>(
      `SELECT count(*)::int AS misplaced FROM place l JOIN place la ON la.id = l.parent_id WHERE l.level = 'LSOA' AND NOT (l.path <@ la.path AND nlevel(l.path) = nlevel(la.path) + 1)`,
    );
    expect(misplaced).toBe(0);
  });

  it('resolves Barnsley and Sheffield’s old codes to the current ones, and their LSOAs with them', async () => {
    const client = testApp.client();
    for (const [old, current, name] of [
      ['E08000016', 'E08000038', 'Barnsley'],
      ['E08000019', 'E08000039', 'Sheffield'],
    ]) {
      const { placeByCode } = await client.data<{ placeByCode: PlaceAnswer }>(
        `query ($code: String!) { placeByCode(code: $code) { code name level } }`,
        { code: old },
      );
      expect(placeByCode).toEqual({ code: current, name, level: 'LOCAL_AUTHORITY' });
    }
    const [{ count }] = await query<{ count: number }>(
      `SELECT count(*)::int AS count FROM place l JOIN place la ON la.id = l.parent_id WHERE l.level = 'LSOA' AND la.code IN ('E08000038', 'E08000039')`,
    );
    expect(count).toBe(147 + 345); // the IoD 2019 file's LSOAs in E08000016 and E08000019
    // Barnsley's 2019 summary follows the code change; a council merged away since does not pass its figures on.
    const [barnsley] = await query<{ imd_domains: Record<string, number> }>(
      `SELECT imd_domains FROM place WHERE code = 'E08000038'`,
    );
    expect(barnsley.imd_domains['2019_imd_rank_average_score']).toEqual(expect.any(Number));
    expect(barnsley.imd_domains['2025_imd_rank_average_score']).toEqual(expect.any(Number));
    const lad2019 = reports[7];
    expect(lad2019.unmatchedReasons['former council merged into another']).toBe(280);
    expect(lad2019.unmatched.map((row) => row.code)).toContain('E07000004');
  });

  it('resolves the WC sample’s postcodes to their LSOA and IMD rank', async () => {
    const sample = await query<{ postcode: string; lsoa_code: string; imd_rank: number }>(
      `SELECT display AS postcode, lsoa_code, imd_rank FROM postcode WHERE lsoa_code IS NOT NULL ORDER BY postcode`,
    );
    expect(sample.length).toBeGreaterThan(7000);
    const client = testApp.client();
    const lookup = `query ($postcode: String!) { postcodeLookup(postcode: $postcode) {
      postcode found message lsoaCode imdRank imdDecile lsoa { code imdRank } localAuthority { code name } } }`;
    const wc1a1aa = await client.data<{ postcodeLookup: Record<string, unknown> }>(lookup, { postcode: 'wc1a1aa' });
    expect(wc1a1aa.postcodeLookup).toEqual({
      postcode: 'WC1A 1AA',
      found: true,
      message: expect.stringContaining('terminated'),
      lsoaCode: 'E01000855',
      imdRank: 19276,
      imdDecile: expect.any(Number),
      lsoa: { code: 'E01000855', imdRank: 19276 },
      localAuthority: { code: 'E09000007', name: 'Camden' },
    });
    // Every 500th postcode of the sample: the lookup answers its LSOA, and the LSOA's own IMD rank is the lookup's.
    const every500th = sample.filter((_, index) => index % 500 === 0);
    for (const row of every500th) {
      const { postcodeLookup } = await client.data<{
        postcodeLookup: { found: boolean; lsoaCode: string; imdRank: number; lsoa: { code: string; imdRank: number } };
      }>(lookup, { postcode: row.postcode });
      expect(postcodeLookup).toMatchObject({
        found: true,
        lsoaCode: row.lsoa_code,
        imdRank: row.imd_rank,
        lsoa: { code: row.lsoa_code, imdRank: row.imd_rank },
      });
    }
    const [{ mismatched }] = await query<{ mismatched: number }>(
      `SELECT count(*)::int AS mismatched FROM postcode pc LEFT JOIN place l ON l.code = pc.lsoa_code WHERE pc.lsoa_code IS NOT NULL AND l.imd_rank IS DISTINCT FROM pc.imd_rank`,
    );
    expect(mismatched).toBe(0);
  });

  it('answers an organisation’s postcode places, for a whole list in a fixed number of statements', async () => {
    const client = testApp.client();
    for (const [name, postcode] of [
      ['Holborn Community Trust', 'WC1A 1AB'],
      ['Covent Garden Neighbours', 'wc2e 9dd'],
      ['Westminster Works', 'SW1A 1AA'],
      ['No Postcode Group', null],
    ]) {
      await client.data(`mutation ($input: CreateOrganisationInput!) { createOrganisation(input: $input) { id } }`, {
        input: { name, type: 'CHARITY', postcode },
      });
    }
    const QUERY = `query ($first: Int) { organisations(first: $first, sort: [{ field: NAME }]) { nodes { name
      postcodePlaces { postcode found message lsoa { code } localAuthority { code } } } } }`;
    type Orgs = {
      organisations: {
        nodes: {
          name: string;
          postcodePlaces: { found: boolean; message: string | null; lsoa: { code: string } | null } | null;
        }[];
      };
    };
    const answer = await client.data<Orgs>(QUERY, { first: 10 });
    const byName = Object.fromEntries(answer.organisations.nodes.map((node) => [node.name, node.postcodePlaces]));
    expect(byName['Holborn Community Trust']).toMatchObject({ found: true, lsoa: { code: 'E01000919' } });
    expect(byName['Covent Garden Neighbours']?.found).toBe(true);
    expect(byName['Westminster Works']).toMatchObject({
      found: false,
      lsoa: null,
      message: expect.stringContaining('We do not have SW1A 1AA'),
    });
    expect(byName['No Postcode Group']).toBeNull();
    const count = async (first: number) => {
      const counter = countQueries(ds);
      await client.data(QUERY, { first });
      return counter.stop();
    };
    expect(await count(4)).toBe(await count(1));
  });

  it('says in a sentence when a postcode is not in the lookup', async () => {
    const { postcodeLookup } = await testApp.client().data<{
      postcodeLookup: { found: boolean; message: string; lsoa: null };
    }>(`{ postcodeLookup(postcode: "sw1a 1aa") { found message lsoa { code } } }`);
    expect(postcodeLookup).toEqual({
      found: false,
      lsoa: null,
      message: 'We do not have SW1A 1AA in the postcode lookup; import the ONS postcode lookup (NSPL) to add it.',
    });
  });

  it('changes nothing when every file is imported again', async () => {
    const snapshot = () =>
      query<{ places: number; aliases: number; postcodes: number; latest: string; versions: number }>(`
        SELECT (SELECT count(*)::int FROM place) AS places, (SELECT count(*)::int FROM place_alias) AS aliases,
               (SELECT count(*)::int FROM postcode) AS postcodes,
               (SELECT max(updated_at)::text FROM place) AS latest, (SELECT sum(version)::int FROM place) AS versions`);
    const before = await snapshot();
    for (const [kind, file] of SEQUENCE) {
      const report = await runPlaceImport(ds, kind, file);
      expect({ kind, file, inserted: report.inserted, updated: report.updated, aliases: report.aliases }).toEqual({
        kind,
        file,
        inserted: 0,
        updated: 0,
        aliases: 0,
      });
      expect(report.unchanged).toBeGreaterThan(0);
    }
    expect(await snapshot()).toEqual(before);
  }, 300_000);

  it('leaves nothing behind when an import fails halfway', async () => {
    const [before] = await query<{ count: number }>(`SELECT count(*)::int AS count FROM postcode`);
    await expect(runPlaceImport(ds, PlaceImportKind.IOD_LSOA, F.nsplHs)).rejects.toThrow(
      /not one of the IoD 2019 LSOA files/,
    );
    // The Hebrides sample, failing on its last batch: none of the earlier batches stay.
    const failing = runPlaceImport(ds, PlaceImportKind.POSTCODES, F.nsplHs, {
      progressEveryMs: 0,
      onProgress: ({ rowsRead }) => {
        if (rowsRead > 1000) throw new Error('interrupted');
      },
    });
    await expect(failing).rejects.toThrow('interrupted');
    const [after] = await query<{ count: number }>(`SELECT count(*)::int AS count FROM postcode`);
    expect(after.count).toBe(before.count);
  });
});
