import { DemoNetwork, generateNetwork, loadNetwork } from '@cg/api/demo-data';
import { countQueries } from '@cg/api/testing';
import { PlaceLevel } from '@cg/shared/domain';
import type { Geometry, Position } from 'geojson';
import { makeOrganisation } from '../support/org-factories';
import { startTestApp, TestApp } from '../support/test-app';
import { signedInAs } from '../support/users';

interface Shape {
  id: string;
  code: string;
  name: string;
  level: string;
  imdDecile: number | null;
  population: number | null;
  geometry: string;
  hex: { q: number; r: number } | null;
  livePartnershipCount: number;
  liveProjectCount: number;
}

const SHAPES = `query ($level: PlaceLevel!, $within: ID, $zoom: Int) {
  placeShapes(level: $level, within: $within, zoom: $zoom) {
    id code name level imdDecile population geometry hex { q r } livePartnershipCount liveProjectCount
  }
}`;

function points(geometry: string): number {
  const parsed = JSON.parse(geometry) as Geometry;
  const rings: Position[][] =
    parsed.type === 'Polygon' ? parsed.coordinates : parsed.type === 'MultiPolygon' ? parsed.coordinates.flat() : [];
  return rings.reduce((sum, ring) => sum + ring.length, 0);
}

describe('place shapes for the place map', () => {
  let testApp: TestApp;
  let network: DemoNetwork;
  const shapes = async (variables: { level: string; within?: string; zoom?: number }, client = testApp.client()) =>
    (await client.data<{ placeShapes: Shape[] }>(SHAPES, variables)).placeShapes;

  beforeAll(async () => {
    testApp = await startTestApp();
    network = generateNetwork({ organisations: 160 });
    await loadNetwork(testApp.dataSource, network);
  });
  afterAll(() => testApp.close());

  it('draws the demo county’s local authorities with their figures and hex cells, by name', async () => {
    const las = network.places.filter((p) => p.level === PlaceLevel.LOCAL_AUTHORITY);
    const drawn = await shapes({ level: 'LOCAL_AUTHORITY' });
    expect(drawn.map((s) => s.name)).toEqual(las.map((la) => la.name).sort((a, b) => a.localeCompare(b)));
    for (const shape of drawn) {
      const la = las.find((p) => p.id === shape.id);
      expect(shape).toMatchObject({
        code: la?.code,
        imdDecile: la?.imdDecile,
        population: la?.population,
        hex: { q: la?.hexQ, r: la?.hexR },
      });
      expect(JSON.parse(shape.geometry).type).toMatch(/^(Multi)?Polygon$/);
    }
    // The demo network puts partnerships and projects in its places.
    expect(drawn.reduce((sum, s) => sum + s.livePartnershipCount, 0)).toBeGreaterThan(0);
    expect(drawn.reduce((sum, s) => sum + s.liveProjectCount, 0)).toBeGreaterThan(0);
  });

  it('sends fewer points at low zoom, and every place at every zoom', async () => {
    const total = (drawn: Shape[]) => drawn.reduce((sum, s) => sum + points(s.geometry), 0);
    const las = network.places.filter((p) => p.level === PlaceLevel.LOCAL_AUTHORITY);
    const near = await shapes({ level: 'LOCAL_AUTHORITY', zoom: 14 });
    const far = await shapes({ level: 'LOCAL_AUTHORITY', zoom: 7 });
    expect(near).toHaveLength(las.length);
    expect(far).toHaveLength(las.length);
    expect(total(far)).toBeLessThan(total(near) * 0.6);
    // At street zoom nothing is lost: the stored cells come back whole. (Where three cells meet
    // is a junction of the shared topology and is always kept, so Voronoi cells barely simplify.)
    const lsoas = network.places.filter((p) => p.level === PlaceLevel.LSOA);
    const street = await shapes({ level: 'LSOA', zoom: 16 });
    expect(street).toHaveLength(lsoas.length);
    expect(total(street)).toBe(lsoas.reduce((sum, p) => sum + points(JSON.stringify(p.boundary)), 0));
  });

  it('shows the wards of one local authority when asked within it', async () => {
    const la = network.places.find((p) => p.level === PlaceLevel.LOCAL_AUTHORITY);
    const wards = network.places.filter((p) => p.level === PlaceLevel.WARD && p.parentId === la?.id);
    const drawn = await shapes({ level: 'WARD', within: la?.id, zoom: 11 });
    expect(drawn.map((s) => s.id).sort()).toEqual(wards.map((w) => w.id).sort());
  });

  it('counts fields with a fixed number of queries however many places it draws', async () => {
    const counter = countQueries(testApp.dataSource);
    await shapes({ level: 'LSOA', zoom: 12 });
    const forLsoas = counter.stop();
    const again = countQueries(testApp.dataSource);
    await shapes({ level: 'LOCAL_AUTHORITY', zoom: 12 });
    expect(forLsoas).toBeLessThanOrEqual(again.stop() + 3);
  });

  it('gives each shape its place analytics in one statement for every area drawn, as placeAnalytics does', async () => {
    const WITH_ANALYTICS = `query ($level: PlaceLevel!, $within: ID) { placeShapes(level: $level, within: $within, zoom: 11) {
      id analytics { placeId organisationCount activePartnershipCount activeProjectCount fundingTotal fundingPerHead grantCount funderCount imdDecile population } } }`;
    type Figures = { placeShapes: { id: string; analytics: Record<string, unknown> }[] };
    const la = network.places.find((p) => p.level === PlaceLevel.LOCAL_AUTHORITY);
    const counter = countQueries(testApp.dataSource).start();
    const started = Date.now();
    const { placeShapes } = await testApp.client().data<Figures>(WITH_ANALYTICS, { level: 'LSOA', within: la?.id });
    const took = Date.now() - started;
    counter.stop();
    expect(placeShapes.length).toBeGreaterThan(10);
    expect(counter.queries.filter((sql) => sql.includes('organisation_count'))).toHaveLength(1);
    // Logged so the cost of the figures on a real-sized view can be read from the test output.
    console.log(`placeShapes with analytics: ${placeShapes.length} LSOAs in ${took} ms`);
    const sample = placeShapes[0];
    const { placeAnalytics } = await testApp
      .client()
      .data<{
        placeAnalytics: Record<string, unknown>;
      }>(`query ($id: ID!) { placeAnalytics(placeId: $id) { placeId organisationCount activePartnershipCount activeProjectCount fundingTotal fundingPerHead grantCount funderCount imdDecile population } }`, { id: sample.id });
    expect(sample.analytics).toEqual(placeAnalytics);
  });

  it('redraws a place when its boundary changes (the cache lasts only until places change)', async () => {
    const la = (await shapes({ level: 'LOCAL_AUTHORITY', zoom: 10 }))[0];
    const square = {
      type: 'Polygon',
      coordinates: [
        [
          [-1.6, 52.4],
          [-1.5, 52.4],
          [-1.5, 52.5],
          [-1.6, 52.5],
          [-1.6, 52.4],
        ],
      ],
    };
    await testApp.dataSource.query('UPDATE place SET boundary = $1 WHERE id = $2', [JSON.stringify(square), la.id]);
    const redrawn = (await shapes({ level: 'LOCAL_AUTHORITY', zoom: 10 })).find((s) => s.id === la.id);
    expect(JSON.parse(redrawn?.geometry ?? 'null')).toEqual(square);
  });

  it('leaves out a custom place its reader may not see', async () => {
    const ward = network.places.find((p) => p.level === PlaceLevel.WARD);
    const owner = await makeOrganisation(testApp.dataSource, { name: 'Hidden Estate Trust' });
    const outsider = await makeOrganisation(testApp.dataSource, { name: 'Elsewhere Charity' });
    const [{ id }] = await testApp.dataSource.query(
      `INSERT INTO place (code, name, level, parent_id, path, visibility, owner_organisation_id, boundary)
       VALUES ('HIDDEN01', 'Hidden Estate', 'CUSTOM', $1, $2, 'PRIVATE', $3, $4) RETURNING id`,
      [ward?.id, `${ward?.path}.HIDDEN01`, owner, JSON.stringify(ward?.boundary)],
    );
    expect((await shapes({ level: 'CUSTOM' })).map((s) => s.id)).toContain(id);
    const stranger = await signedInAs(testApp, 'stranger@elsewhere.example', outsider);
    const seen = await shapes({ level: 'CUSTOM' }, stranger);
    expect(JSON.stringify(seen)).not.toContain('Hidden Estate');
    expect(seen.map((s) => s.id)).not.toContain(id);
    const member = await signedInAs(testApp, 'member@hidden.example', owner);
    expect((await shapes({ level: 'CUSTOM' }, member)).map((s) => s.name)).toContain('Hidden Estate');
  });

  it('refuses a zoom outside 0–18 with a plain message', async () => {
    const result = await testApp.client().request(SHAPES, { level: 'LOCAL_AUTHORITY', zoom: 40 });
    expect(JSON.stringify(result)).toMatch(/zoom must be a whole number from 0 to 18/i);
  });
});
