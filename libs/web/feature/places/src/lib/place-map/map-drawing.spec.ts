import type { PlaceShapeData } from '@cg/web/data-access';
import { PlaceLevel } from '@cg/web/data-access';
import { dotRadius, drawGeographic, drawHexes, windForD3, zoomToFit } from './map-drawing';
import { SEQUENTIAL, inkOn, shadingFor } from './shading';

function shape(id: string, x: number, extra: Partial<PlaceShapeData> = {}): PlaceShapeData {
  const ring = [
    [x, 52],
    [x + 0.1, 52],
    [x + 0.1, 52.1],
    [x, 52.1],
    [x, 52],
  ];
  return {
    __typename: 'PlaceShape',
    id,
    code: id,
    name: `Place ${id}`,
    level: PlaceLevel.LOCAL_AUTHORITY,
    parentId: null,
    imdDecile: 1,
    population: 1000,
    geometry: JSON.stringify({ type: 'Polygon', coordinates: [ring] }),
    hex: null,
    livePartnershipCount: 0,
    liveProjectCount: 0,
    ...extra,
  };
}

describe('drawing the place map', () => {
  it('turns RFC 7946 rings round for d3-geo, and leaves d3-wound rings alone', () => {
    const anticlockwise = {
      type: 'Polygon' as const,
      coordinates: [
        [
          [0, 0],
          [1, 0],
          [1, 1],
          [0, 0],
        ],
      ],
    };
    const turned = windForD3(anticlockwise);
    expect(turned.coordinates[0]).toEqual([
      [0, 0],
      [1, 1],
      [1, 0],
      [0, 0],
    ]);
    expect(windForD3(turned)).toEqual(turned);
  });

  it('fits side-by-side areas into the box, each with a path and a centre inside it', () => {
    const areas = drawGeographic([shape('a', -1.6), shape('b', -1.5)]);
    expect(areas).toHaveLength(2);
    for (const area of areas) {
      expect(area.path).toMatch(/^M/);
      expect(area.centre[0]).toBeGreaterThan(0);
      expect(area.centre[0]).toBeLessThan(800);
    }
    expect(areas[0].centre[0]).toBeLessThan(areas[1].centre[0]);
  });

  it('lays hexes out odd-r, rows counting northwards, leaving out areas with no hex', () => {
    const areas = drawHexes([
      shape('a', 0, { hex: { __typename: 'HexCell', q: 0, r: 0 } }),
      shape('b', 0, { hex: { __typename: 'HexCell', q: 0, r: 1 } }),
      shape('c', 0),
    ]);
    expect(areas.map((a) => a.shape.id)).toEqual(['a', 'b']);
    // Row 1 is north of row 0 (smaller y on screen) and half a hex to the right.
    expect(areas[1].centre[1]).toBeLessThan(areas[0].centre[1]);
    expect(areas[1].centre[0]).toBeGreaterThan(areas[0].centre[0]);
  });

  it('asks for a zoom that fits the shapes across the map', () => {
    expect(zoomToFit([shape('a', -1.6), shape('b', -1.5)])).toBe(12);
    expect(zoomToFit([])).toBe(9);
  });

  it('sizes dots by area, not radius', () => {
    expect(dotRadius(0, 4)).toBe(0);
    expect(dotRadius(4, 4) - 4).toBeCloseTo(2 * (dotRadius(1, 4) - 4), 0);
  });
});

describe('shading', () => {
  it('shades decile 1 darkest and says so in the legend', () => {
    const imd = shadingFor('imd', []);
    expect(imd.colour(shape('a', 0, { imdDecile: 1 }))).toBe(SEQUENTIAL[0]);
    expect(imd.colour(shape('a', 0, { imdDecile: null }))).toBe('#d9d9d9');
    expect(imd.legend[0].label).toBe('1 most deprived');
  });

  it('groups populations into classes, largest darkest', () => {
    const shapes = [100, 200, 300, 400, 500].map((population, i) => shape(String(i), 0, { population }));
    const population = shadingFor('population', shapes);
    expect(population.colour(shapes[4])).toBe(SEQUENTIAL[0]);
    expect(population.legend.map((entry) => entry.label)).toEqual(['100', '200', '300', '400', '500', 'Not known']);
  });

  it('writes labels in whichever of black or white reads better', () => {
    expect(inkOn(SEQUENTIAL[0])).toBe('#ffffff');
    expect(inkOn(SEQUENTIAL[9])).toBe('#000000');
  });
});
