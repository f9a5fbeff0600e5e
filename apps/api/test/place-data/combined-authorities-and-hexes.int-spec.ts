import { PlaceImportKind, PlaceImportReport, runPlaceImport } from '@cg/api/feature/place-data';
import { GraphQLTestClient } from '@cg/api/testing';
import { writeFile, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { startTestApp, TestApp } from '../support/test-app';
import { OFFICIAL_FILES as F } from './official-files';

/*
 * Combined authorities and the real hex layout (issue #11), from the real files in ../shared/data:
 * the ONS boundaries' cauth layer gives their shapes, mySociety's council list their members, and
 * Open Innovations' HexJSON each council's hex.
 */
describe('combined authorities and hex layouts (the real files in ../shared/data)', () => {
  let testApp: TestApp;
  let ds: DataSource;
  let admin: GraphQLTestClient;
  const reports: Partial<Record<string, PlaceImportReport>> = {};
  const query = <T>(sql: string, params: unknown[] = []) => ds.query<T[]>(sql, params);
  const idOf = async (code: string) =>
    (await query<{ id: string }>('SELECT id FROM place WHERE code = $1', [code]))[0].id;
  const membersOf = (code: string) =>
    query<{ code: string }>(
      `SELECT m.code FROM combined_authority_member cam JOIN place ca ON ca.id = cam.combined_authority_id
         JOIN place m ON m.id = cam.member_place_id WHERE ca.code = $1 ORDER BY m.code`,
      [code],
    ).then((rows) => rows.map((row) => row.code));

  beforeAll(async () => {
    testApp = await startTestApp();
    ds = testApp.dataSource;
    admin = testApp.client();
    for (const [kind, file] of [
      [PlaceImportKind.BOUNDARIES, F.boundaries],
      [PlaceImportKind.CODE_CHANGES, F.changes],
      [PlaceImportKind.COUNCILS, F.councils],
      [PlaceImportKind.IOD_LAD, F.iodLad2019],
      [PlaceImportKind.HEX_LAYOUT, F.hexDistricts],
    ] as const)
      reports[kind] = await runPlaceImport(ds, kind, file);
  }, 300_000);
  afterAll(() => testApp?.close());

  describe('combined authorities', () => {
    it('imports the combined authorities current in 2025 with their shapes, in England', async () => {
      const rows = await query<{ code: string; name: string; boundary: boolean; parent: string }>(
        `SELECT p.code, p.name, p.boundary IS NOT NULL AS boundary, pp.code AS parent FROM place p JOIN place pp ON pp.id = p.parent_id
          WHERE p.level = 'COMBINED_AUTHORITY' AND p.archived_at IS NULL ORDER BY p.code`,
      );
      expect(rows).toContainEqual({
        code: 'E47000001',
        name: 'Greater Manchester',
        boundary: true,
        parent: 'E92000001',
      });
      // The North East of 2014 and North of Tyne merged into the North East of 2024 (changes.csv).
      expect(rows.map((row) => row.code)).toContain('E47000014');
      expect(rows.map((row) => row.code)).not.toContain('E47000010');
      // The Greater London Authority: a strategic authority in mySociety's list, with no ONS shape.
      expect(rows).toContainEqual({ code: 'E61000001', name: 'Greater London', boundary: false, parent: 'E92000001' });
      expect(rows.filter((row) => row.code.startsWith('E47') && row.boundary)).toHaveLength(15);
    });

    it('lists Greater Manchester’s ten boroughs, Trafford among them, and leaves them in their region', async () => {
      expect(await membersOf('E47000001')).toEqual([
        'E08000001',
        'E08000002',
        'E08000003',
        'E08000004',
        'E08000005',
        'E08000006',
        'E08000007',
        'E08000008',
        'E08000009',
        'E08000010',
      ]);
      const [trafford] = await query<{ path: string }>(`SELECT path::text FROM place WHERE code = 'E08000009'`);
      expect(trafford.path).toBe('E92000001.E12000002.E08000009');
    });

    it('follows a merged combined authority to its successor: the seven councils of the North East', async () => {
      expect(await membersOf('E47000014')).toEqual([
        'E06000047',
        'E06000057',
        'E08000021',
        'E08000022',
        'E08000023',
        'E08000024',
        'E08000037',
      ]);
      const councils = reports[PlaceImportKind.COUNCILS];
      expect(councils?.unmatched.map((row) => row.code)).toEqual(expect.arrayContaining(['E47000010', 'E47000011']));
      expect(await membersOf('E61000001')).toHaveLength(33);
    });

    it('counts everything in a combined authority’s member councils in its analytics', async () => {
      const create = async (mutation: string, input: Record<string, unknown>) => {
        const type = `${mutation[0].toUpperCase()}${mutation.slice(1)}Input`;
        const data = await admin.data<Record<string, { id: string }>>(
          `mutation ($input: ${type}!) { ${mutation}(input: $input) { id } }`,
          { input },
        );
        return data[mutation].id;
      };
      const pub = { visibility: 'PUBLIC' };
      const [trafford, manchester, leeds] = await Promise.all(['E08000009', 'E08000003', 'E08000035'].map(idOf));
      const funder = await create('createOrganisation', { ...pub, name: 'Northern Fund', type: 'FUNDER' });
      const inTrafford = await create('createOrganisation', {
        ...pub,
        name: 'Trafford Hub',
        type: 'CHARITY',
        homePlaceId: trafford,
      });
      await create('createOrganisation', { ...pub, name: 'Manchester Hub', type: 'CHARITY', homePlaceId: manchester });
      const inLeeds = await create('createOrganisation', {
        ...pub,
        name: 'Leeds Hub',
        type: 'CHARITY',
        homePlaceId: leeds,
      });
      const partnership = await create('createPartnership', {
        ...pub,
        name: 'Manchester Together',
        governanceModel: 'SHARED_LEADERSHIP',
        status: 'ACTIVE',
        placeIds: [manchester],
      });
      const grant = (to: Record<string, string>, amount: number) =>
        create('createFunding', { ...pub, funderOrganisationId: funder, amount, awardDate: '2024-04-01', ...to });
      await grant({ recipientOrganisationId: inTrafford }, 1000);
      await grant({ recipientPartnershipId: partnership }, 500);
      await grant({ recipientOrganisationId: inLeeds }, 300);

      const gm = await idOf('E47000001');
      const { placeAnalytics } = await admin.data<{ placeAnalytics: Record<string, number | null> }>(
        `query ($id: ID!) { placeAnalytics(placeId: $id) { organisationCount activePartnershipCount fundingTotal funderCount fundingPerHead } }`,
        { id: gm },
      );
      expect(placeAnalytics).toEqual({
        organisationCount: 2, // Trafford Hub and Manchester Hub; Leeds is in West Yorkshire
        activePartnershipCount: 1, // covers Manchester
        fundingTotal: 1500, // 1,000 to Trafford Hub + 500 to the partnership; not the 300 to Leeds
        funderCount: 1,
        fundingPerHead: 1500 / 2_848_286, // mySociety's 2020 population of Greater Manchester
      });
      const { funderOverlap } = await admin.data<{ funderOverlap: { funderCount: number; fundingTotal: number } }>(
        `query ($id: ID!) { funderOverlap(placeId: $id) { funderCount fundingTotal } }`,
        { id: gm },
      );
      expect(funderOverlap).toEqual({ funderCount: 1, fundingTotal: 1500 });
      // Cold spots inside Greater Manchester are its boroughs: all but Manchester, which has a partnership and funding.
      const { coldSpots } = await admin.data<{ coldSpots: { nodes: { place: { code: string } }[] } }>(
        `query ($within: ID!) { coldSpots(level: LOCAL_AUTHORITY, deciles: [1,2,3,4,5,6,7,8,9,10], within: $within, first: 50) { nodes { place { code } } } }`,
        { within: gm },
      );
      const codes = coldSpots.nodes.map((node) => node.place.code).sort();
      expect(codes).toHaveLength(9);
      expect(codes).toContain('E08000009');
      expect(codes).not.toContain('E08000003');
    });

    it('reaches into its member councils wherever a list or map is filtered to it', async () => {
      const gm = await idOf('E47000001');
      const { organisations } = await admin.data<{ organisations: { nodes: { name: string }[] } }>(
        `query ($gm: ID!) { organisations(first: 50, filter: { withinPlace: { eq: $gm } }) { nodes { name } } }`,
        { gm },
      );
      // The organisations made in the analytics test above: Leeds is in West Yorkshire.
      expect(organisations.nodes.map((node) => node.name).sort()).toEqual(['Manchester Hub', 'Trafford Hub']);
      const { places } = await admin.data<{ places: { nodes: { code: string }[] } }>(
        `query ($gm: ID!) { places(first: 50, filter: { withinPlace: { eq: $gm }, level: { eq: LOCAL_AUTHORITY } }) { nodes { code } } }`,
        { gm },
      );
      expect(places.nodes.map((node) => node.code).sort()).toEqual(await membersOf('E47000001'));
      const { placeShapes } = await admin.data<{ placeShapes: { code: string }[] }>(
        `query ($gm: ID!) { placeShapes(level: LOCAL_AUTHORITY, within: $gm, zoom: 6) { code } }`,
        { gm },
      );
      expect(placeShapes.map((shape) => shape.code).sort()).toEqual(await membersOf('E47000001'));
    });

    it('changes nothing when the council list is imported again', async () => {
      const [before] = await query<{ members: number }>(
        `SELECT count(*)::int AS members FROM combined_authority_member`,
      );
      const report = await runPlaceImport(ds, PlaceImportKind.COUNCILS, F.councils);
      expect({ inserted: report.inserted, updated: report.updated, aliases: report.aliases }).toEqual({
        inserted: 0,
        updated: 0,
        aliases: 0,
      });
      expect(report.notes.join(' ')).not.toMatch(/memberships added/);
      const [after] = await query<{ members: number }>(
        `SELECT count(*)::int AS members FROM combined_authority_member`,
      );
      expect(after).toEqual(before);
    });

    it('offers combined authorities as a level of the place map', async () => {
      type Shape = { code: string; level: string; livePartnershipCount: number };
      const { placeShapes } = await admin.data<{ placeShapes: Shape[] }>(
        `{ placeShapes(level: COMBINED_AUTHORITY, zoom: 6) { code level livePartnershipCount } }`,
      );
      // Manchester Together (above) covers Manchester, a member: it is drawn on Greater Manchester.
      expect(placeShapes.find((shape) => shape.code === 'E47000001')?.livePartnershipCount).toBe(1);
      expect(placeShapes.find((shape) => shape.code === 'E47000003')?.livePartnershipCount).toBe(0);
      expect(new Set(placeShapes.map((shape) => shape.level))).toEqual(new Set(['COMBINED_AUTHORITY']));
    });
  });

  describe('hex layout', () => {
    it('gives every current local authority a hex of its own from Open Innovations’ 2023 layout', async () => {
      const report = reports[PlaceImportKind.HEX_LAYOUT];
      expect(report).toMatchObject({ rowsRead: 361, unmatchedCount: 0 });
      const [counts] = await query<{ placed: number; cells: number }>(
        `SELECT count(*)::int AS placed, count(DISTINCT (hex_q, hex_r))::int AS cells FROM place
          WHERE level = 'LOCAL_AUTHORITY' AND archived_at IS NULL AND hex_q IS NOT NULL`,
      );
      expect(counts).toEqual({ placed: 361, cells: 361 });
      const [hartlepool] = await query<{ hex_q: number; hex_r: number }>(
        `SELECT hex_q, hex_r FROM place WHERE code = 'E06000001'`,
      );
      expect(hartlepool).toEqual({ hex_q: 8, hex_r: 18 });
      const { placeShapes } = await admin.data<{
        placeShapes: { code: string; hex: { q: number; r: number } | null }[];
      }>(`{ placeShapes(level: LOCAL_AUTHORITY, zoom: 5) { code hex { q r } } }`);
      expect(placeShapes).toHaveLength(361);
      expect(placeShapes.every((shape) => shape.hex !== null)).toBe(true);
    });

    it('follows former codes, holds an even-r file as odd-r, names what it cannot place, and changes nothing again', async () => {
      const dir = await mkdtemp(join(tmpdir(), 'cg-hex-'));
      try {
        const file = join(dir, 'even.hexjson');
        await writeFile(
          file,
          JSON.stringify({
            layout: 'even-r',
            hexes: {
              E08000016: { n: 'Barnsley (former code)', q: 40, r: 40 },
              E99999999: { n: 'Nowhere', q: 41, r: 40 },
              E07000004: { n: 'Aylesbury Vale', q: 42, r: 40 },
            },
          }),
        );
        const report = await runPlaceImport(ds, PlaceImportKind.HEX_LAYOUT, file);
        expect(report.unmatchedReasons).toEqual({ 'place not imported': 1, 'former council merged into another': 1 });
        const [barnsley] = await query<{ hex_q: number; hex_r: number }>(
          `SELECT hex_q, hex_r FROM place WHERE code = 'E08000038'`,
        );
        expect(barnsley).toEqual({ hex_q: 40, hex_r: 41 });
        await expect(
          writeFile(file, JSON.stringify({ layout: 'odd-q', hexes: {} })).then(() =>
            runPlaceImport(ds, PlaceImportKind.HEX_LAYOUT, file),
          ),
        ).rejects.toThrow(/only row-offset layouts/);
      } finally {
        await rm(dir, { recursive: true, force: true });
      }
      // The real layout again puts every council back, and a second time changes nothing.
      await runPlaceImport(ds, PlaceImportKind.HEX_LAYOUT, F.hexDistricts);
      const again = await runPlaceImport(ds, PlaceImportKind.HEX_LAYOUT, F.hexDistricts);
      expect({ updated: again.updated, unchanged: again.unchanged }).toEqual({ updated: 0, unchanged: 361 });
    });
  });
});
