import type { MultiPolygon, Polygon, Position } from 'geojson';
import { PlaceLevel } from '@cg/shared/domain';
import { generateNetwork } from './generate-network';
import { PlaceRow } from './tables';

/** Planar area in square degrees, positive for RFC 7946 winding (exterior anticlockwise, holes clockwise). */
function area(geometry: Polygon | MultiPolygon): number {
  const ring = (points: Position[]) =>
    points.slice(1).reduce((sum, b, i) => sum + points[i][0] * b[1] - b[0] * points[i][1], 0) / 2;
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  return polygons.reduce((sum, rings) => sum + rings.reduce((s, r) => s + ring(r), 0), 0);
}

describe('the demo county geometry', () => {
  const places = generateNetwork({ organisations: 160 }).places;
  const byId = new Map(places.map((p) => [p.id, p]));
  const of = (level: PlaceLevel) => places.filter((p) => p.level === level);

  it('draws every official place and leaves custom places undrawn', () => {
    for (const place of places) {
      if (place.level === PlaceLevel.CUSTOM) expect(place.boundary).toBeNull();
      else
        expect(place.boundary).toEqual(expect.objectContaining({ type: expect.stringMatching(/^(Multi)?Polygon$/) }));
    }
  });

  it('lies in England, in lon/lat, wound as RFC 7946 asks', () => {
    for (const place of places.filter((p) => p.boundary)) {
      const boundary = place.boundary as Polygon | MultiPolygon;
      expect(area(boundary)).toBeGreaterThan(0);
      for (const [lon, lat] of JSON.stringify(boundary.coordinates)
        .match(/-?\d+\.?\d*,-?\d+\.?\d*/g)
        ?.map((pair) => pair.split(',').map(Number)) ?? []) {
        expect(lon).toBeGreaterThan(-3);
        expect(lon).toBeLessThan(0);
        expect(lat).toBeGreaterThan(52);
        expect(lat).toBeLessThan(53);
      }
    }
  });

  it('nests: each local authority is exactly the union of its LSOAs', () => {
    for (const la of of(PlaceLevel.LOCAL_AUTHORITY)) {
      const lsoas = of(PlaceLevel.LSOA).filter((l) => l.path.startsWith(`${la.path}.`));
      const sum = lsoas.reduce((s, l) => s + area(l.boundary as Polygon), 0);
      expect(sum).toBeCloseTo(area(la.boundary as Polygon), 6);
    }
    const county = of(PlaceLevel.COUNTY)[0];
    const las = of(PlaceLevel.LOCAL_AUTHORITY).reduce((s, la) => s + area(la.boundary as Polygon), 0);
    expect(las).toBeCloseTo(area(county.boundary as Polygon), 6);
    expect(byId.size).toBe(places.length);
  });

  it('gives every local authority its own hex, and only local authorities', () => {
    const hexes = places.filter((p: PlaceRow) => p.hexQ !== null);
    expect(hexes.map((p) => p.level)).toEqual(of(PlaceLevel.LOCAL_AUTHORITY).map(() => PlaceLevel.LOCAL_AUTHORITY));
    expect(new Set(hexes.map((p) => `${p.hexQ},${p.hexR}`)).size).toBe(hexes.length);
  });

  it('is the same on every run', () => {
    expect(generateNetwork({ organisations: 160 }).places.map((p) => p.boundary)).toEqual(
      places.map((p) => p.boundary),
    );
  });
});
