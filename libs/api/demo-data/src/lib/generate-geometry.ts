import { Delaunay } from 'd3-delaunay';
import type { MultiPolygon, Polygon, Position } from 'geojson';
import { PlaceLevel } from '@cg/shared/domain';
import { merge } from 'topojson-client';
import { topology } from 'topojson-server';
import type { GeometryCollection, Polygon as TopoPolygon } from 'topojson-specification';
import type { Geography } from './generate-places';
import { SeededRandom } from './random';

/** Average LSOA area in km² (England's is about 4; ours are a little roomier, so the county looks shire-sized). */
const LSOA_KM2 = 6;
/** Where the fictional county sits: in the English Midlands, away from any real coast. */
const CENTRE = { lon: -1.55, lat: 52.45 };
const KM_PER_DEGREE_LAT = 110.57;
const KM_PER_DEGREE_LON = 111.32 * Math.cos((CENTRE.lat * Math.PI) / 180);

type Point = [number, number];

/**
 * Gives every generated place a boundary (GeoJSON, WGS84 lon/lat, exterior rings anticlockwise
 * as RFC 7946 asks) and every local authority a cell of an equal-area hex layout.
 *
 * Each LSOA is one Voronoi cell (d3-delaunay) of points scattered inside a wobbly county outline,
 * with a ring of discarded "outside" points so the outline is not a rectangle. Cells are handed out
 * by recursive bisection down the place tree, so every ward, MSOA, local authority and county is a
 * compact run of neighbouring cells, and its boundary is the union of its LSOAs (topojson-client's
 * merge, on one shared topology): places nest exactly, with no gaps or slivers. Custom places stay
 * without geometry, like a community's own places until someone draws them.
 */
export function generateGeometry(geo: Geography, random: SeededRandom): void {
  const { places } = geo;
  const lsoaCount = geo.lsoas.length;
  if (lsoaCount === 0) return;

  const radius = Math.sqrt((lsoaCount * LSOA_KM2) / Math.PI);
  const spacing = Math.sqrt(LSOA_KM2);
  const outline = wobblyOutline(radius, random);

  const inside = scatterInside(lsoaCount, radius, outline, random);
  const outside = ringOutside(radius, spacing, outline);
  const bounds: [number, number, number, number] = [
    -1.6 * radius - spacing,
    -1.6 * radius - spacing,
    1.6 * radius + spacing,
    1.6 * radius + spacing,
  ];
  relax(inside, outside, bounds, outline);

  // Hand the cells out down the tree, so every place gets a compact block of them.
  const children = childrenOf(geo);
  const leaves = new Int32Array(places.length);
  for (let i = places.length - 1; i >= 0; i--) {
    if (places[i].level === PlaceLevel.LSOA) leaves[i] = 1;
    for (const child of children[i]) leaves[i] += leaves[child];
  }
  const cellOf = new Map<number, number>();
  const assign = (nodes: number[], points: number[]): void => {
    if (nodes.length === 1) {
      const node = nodes[0];
      if (places[node].level === PlaceLevel.LSOA) cellOf.set(node, points[0]);
      else
        assign(
          children[node].filter((child) => leaves[child] > 0),
          points,
        );
      return;
    }
    const total = nodes.reduce((sum, node) => sum + leaves[node], 0);
    let split = 1;
    let before = leaves[nodes[0]];
    while (
      split < nodes.length - 1 &&
      Math.abs(before + leaves[nodes[split]] - total / 2) < Math.abs(before - total / 2)
    ) {
      before += leaves[nodes[split]];
      split++;
    }
    const sorted = alongLongestAxis(
      points.map((p) => inside[p]),
      random,
    ).map((k) => points[k]);
    assign(nodes.slice(0, split), sorted.slice(0, before));
    assign(nodes.slice(split), sorted.slice(before));
  };
  assign(
    [geo.country],
    inside.map((_, i) => i),
  );
  const voronoi = Delaunay.from([...inside, ...outside]).voronoi(bounds);
  const cells: GeometryCollection = { type: 'GeometryCollection', geometries: [] };
  const geometryOf = new Map<number, TopoPolygon>();
  const features = geo.lsoas.map((lsoa) => {
    const ring = anticlockwise((voronoi.cellPolygon(cellOf.get(lsoa) as number) as Point[]).map(toLonLat));
    const polygon: Polygon = { type: 'Polygon', coordinates: [ring] };
    places[lsoa].boundary = polygon;
    return { type: 'Feature' as const, id: lsoa, properties: {}, geometry: polygon };
  });
  // Quantised to about a metre, so shared edges are one arc and merged outlines close exactly.
  const topo = topology({ cells: { type: 'FeatureCollection', features } } as never, 1e6);
  for (const geometry of (topo.objects['cells'] as GeometryCollection).geometries) {
    geometryOf.set(geometry.id as number, geometry as TopoPolygon);
    cells.geometries.push(geometry);
  }
  const lsoasUnder = (node: number): number[] =>
    places[node].level === PlaceLevel.LSOA ? [node] : children[node].flatMap((child) => lsoasUnder(child));
  places.forEach((place, i) => {
    if (place.level === PlaceLevel.LSOA || place.level === PlaceLevel.CUSTOM || leaves[i] === 0) return;
    const merged = merge(
      topo,
      lsoasUnder(i).map((lsoa) => geometryOf.get(lsoa) as TopoPolygon),
    );
    place.boundary = tidy(merged);
  });
  hexLayout(geo, inside, cellOf);
}

/** r(θ) for a county outline: a circle with a few slow wobbles, so it looks drawn by history, not a compass. */
function wobblyOutline(radius: number, random: SeededRandom): (angle: number) => number {
  const wobbles = [2, 3, 5, 7].map((k) => ({
    k,
    amplitude: random.between(0.04, 0.18) / Math.sqrt(k),
    phase: random.between(0, 2 * Math.PI),
  }));
  return (angle) => radius * (1 + wobbles.reduce((sum, w) => sum + w.amplitude * Math.sin(w.k * angle + w.phase), 0));
}

function isInside(point: Point, outline: (angle: number) => number): boolean {
  return Math.hypot(point[0], point[1]) < outline(Math.atan2(point[1], point[0]));
}

function scatterInside(
  count: number,
  radius: number,
  outline: (angle: number) => number,
  random: SeededRandom,
): Point[] {
  const points: Point[] = [];
  while (points.length < count) {
    const point: Point = [random.between(-1.6, 1.6) * radius, random.between(-1.6, 1.6) * radius];
    if (isInside(point, outline)) points.push(point);
  }
  return points;
}

/** A hexagonal lattice of points beyond the outline: their cells are thrown away, leaving the county's edge. */
function ringOutside(radius: number, spacing: number, outline: (angle: number) => number): Point[] {
  const points: Point[] = [];
  const rowHeight = (spacing * Math.sqrt(3)) / 2;
  const extent = 1.6 * radius + spacing;
  for (let row = 0, y = -extent; y <= extent; row++, y += rowHeight) {
    for (let x = -extent + (row % 2) * (spacing / 2); x <= extent; x += spacing) {
      const distance = Math.hypot(x, y);
      if (distance > outline(Math.atan2(y, x)) + spacing * 0.5) points.push([x, y]);
    }
  }
  return points;
}

/** Lloyd relaxation: a few steps of moving each point to its cell's centroid evens out the cell sizes. */
function relax(
  inside: Point[],
  outside: Point[],
  bounds: [number, number, number, number],
  outline: (angle: number) => number,
): void {
  for (let step = 0; step < 3; step++) {
    const voronoi = Delaunay.from([...inside, ...outside]).voronoi(bounds);
    inside.forEach((point, i) => {
      const centre = centroid(voronoi.cellPolygon(i) as Point[]);
      if (centre && isInside(centre, outline)) inside[i] = centre;
    });
  }
}

function centroid(ring: Point[]): Point | null {
  let area = 0;
  let x = 0;
  let y = 0;
  for (let i = 0; i < ring.length - 1; i++) {
    const cross = ring[i][0] * ring[i + 1][1] - ring[i + 1][0] * ring[i][1];
    area += cross;
    x += (ring[i][0] + ring[i + 1][0]) * cross;
    y += (ring[i][1] + ring[i + 1][1]) * cross;
  }
  return area === 0 ? null : [x / (3 * area), y / (3 * area)];
}

/** Indices of `points`, sorted along their longest spread (give or take a little), for a cut across the short side. */
function alongLongestAxis(points: Point[], random: SeededRandom): number[] {
  const n = points.length;
  const mx = points.reduce((sum, p) => sum + p[0], 0) / n;
  const my = points.reduce((sum, p) => sum + p[1], 0) / n;
  let xx = 0;
  let yy = 0;
  let xy = 0;
  for (const [x, y] of points) {
    xx += (x - mx) ** 2;
    yy += (y - my) ** 2;
    xy += (x - mx) * (y - my);
  }
  const angle = 0.5 * Math.atan2(2 * xy, xx - yy) + random.between(-0.5, 0.5);
  const dx = Math.cos(angle);
  const dy = Math.sin(angle);
  const projection = points.map(([x, y]) => x * dx + y * dy);
  return points.map((_, i) => i).sort((a, b) => projection[a] - projection[b] || a - b);
}

function childrenOf(geo: Geography): number[][] {
  const index = new Map(geo.places.map((place, i) => [place.id, i]));
  const children: number[][] = geo.places.map(() => []);
  geo.places.forEach((place, i) => {
    if (place.parentId && place.level !== PlaceLevel.CUSTOM) children[index.get(place.parentId) as number].push(i);
  });
  return children;
}

function toLonLat([x, y]: Point): Position {
  return [round(CENTRE.lon + x / KM_PER_DEGREE_LON), round(CENTRE.lat + y / KM_PER_DEGREE_LAT)];
}

/** Six decimal places of a degree: about 10 cm, more than a boundary needs. */
function round(value: number): number {
  return Math.round(value * 1e6) / 1e6;
}

/** Twice the signed area: positive when the ring runs anticlockwise (x east, y north). */
function signedArea(ring: Position[]): number {
  let area = 0;
  for (let i = 0; i < ring.length - 1; i++) area += ring[i][0] * ring[i + 1][1] - ring[i + 1][0] * ring[i][1];
  return area;
}

function anticlockwise(ring: Position[]): Position[] {
  return signedArea(ring) < 0 ? ring.slice().reverse() : ring;
}

/** RFC 7946 winding (exterior anticlockwise, holes clockwise), and a Polygon when there is only one part. */
function tidy(geometry: MultiPolygon): Polygon | MultiPolygon {
  const polygons = geometry.coordinates.map((rings) =>
    rings.map((ring, i) => {
      const ccw = anticlockwise(ring);
      return i === 0 ? ccw : ccw.slice().reverse();
    }),
  );
  return polygons.length === 1
    ? { type: 'Polygon', coordinates: polygons[0] }
    : { type: 'MultiPolygon', coordinates: polygons };
}

/**
 * An equal-area hex layout of the local authorities, as UK data journalism draws them: each
 * authority takes the free hex nearest its real middle, central ones first, so the cartogram keeps
 * the county's shape. Coordinates are HexJSON "odd-r" (q = column, r = row, rows counting northwards).
 */
function hexLayout(geo: Geography, inside: Point[], cellOf: Map<number, number>): void {
  const middles = geo.las.map((la) => {
    const points = la.lsoas.map((lsoa) => inside[cellOf.get(lsoa) as number]);
    return [
      points.reduce((s, p) => s + p[0], 0) / points.length,
      points.reduce((s, p) => s + p[1], 0) / points.length,
    ] as Point;
  });
  const area = inside.length * LSOA_KM2;
  const width = Math.sqrt((2 * area) / (Math.sqrt(3) * geo.las.length));
  const height = (width * Math.sqrt(3)) / 2;
  const centreOf = (q: number, r: number): Point => [(q + (r & 1) / 2) * width, r * height];
  const taken = new Set<string>();
  const order = middles.map((_, i) => i).sort((a, b) => Math.hypot(...middles[a]) - Math.hypot(...middles[b]) || a - b);
  for (const la of order) {
    const [x, y] = middles[la];
    const r0 = Math.round(y / height) || 0; // never -0
    const q0 = Math.round(x / width - (r0 & 1) / 2) || 0;
    const [q, r] = nearestFreeHex(x, y, q0, r0, taken, centreOf);
    taken.add(`${q},${r}`);
    const row = geo.places[geo.las[la].place];
    row.hexQ = q;
    row.hexR = r;
  }
}

/** The free hex whose centre is nearest (x, y), searching outwards from (q0, r0) until one is found. */
function nearestFreeHex(
  x: number,
  y: number,
  q0: number,
  r0: number,
  taken: Set<string>,
  centreOf: (q: number, r: number) => Point,
): [number, number] {
  for (let reach = 0; ; reach++) {
    let best: [number, number] | undefined;
    let bestDistance = Infinity;
    for (let r = r0 - reach; r <= r0 + reach; r++) {
      for (let q = q0 - reach; q <= q0 + reach; q++) {
        if (taken.has(`${q},${r}`)) continue;
        const [cx, cy] = centreOf(q, r);
        const distance = Math.hypot(cx - x, cy - y);
        if (distance < bestDistance) [best, bestDistance] = [[q, r], distance];
      }
    }
    if (best) return best;
  }
}
