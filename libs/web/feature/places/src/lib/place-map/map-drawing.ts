import { geoMercator, geoPath } from 'd3-geo';
import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import type { PlaceShapeData } from '@cg/web/data-access';

/** The map's drawing box in SVG units; the SVG scales to its container. */
export const MAP_WIDTH = 800;
export const MAP_HEIGHT = 560;
const PADDING = 16;

/** One area ready to draw: its SVG path, where its dots go, and the data behind it. */
export interface DrawnArea {
  readonly shape: PlaceShapeData;
  readonly path: string;
  readonly centre: readonly [number, number];
}

type Area = Polygon | MultiPolygon;

/** Twice the planar signed area: positive when the ring runs anticlockwise (x east, y north). */
function signedArea(ring: Position[]): number {
  let area = 0;
  for (let i = 0; i < ring.length - 1; i++) area += ring[i][0] * ring[i + 1][1] - ring[i + 1][0] * ring[i][1];
  return area;
}

/**
 * The API sends RFC 7946 GeoJSON (exterior rings anticlockwise); d3-geo works on the sphere and
 * reads an anticlockwise ring as "everything but this", so each polygon is turned round for it.
 */
export function windForD3(geometry: Area): Area {
  const turn = (rings: Position[][]) =>
    rings[0] && signedArea(rings[0]) > 0 ? rings.map((ring) => ring.slice().reverse()) : rings;
  return geometry.type === 'Polygon'
    ? { type: 'Polygon', coordinates: turn(geometry.coordinates) }
    : { type: 'MultiPolygon', coordinates: geometry.coordinates.map(turn) };
}

export function toFeature(shape: PlaceShapeData): Feature<Area> {
  return { type: 'Feature', id: shape.id, properties: {}, geometry: windForD3(JSON.parse(shape.geometry) as Area) };
}

/** The shapes projected (Mercator, fitted to the box) as SVG paths with a centre for each. */
export function drawGeographic(shapes: readonly PlaceShapeData[]): DrawnArea[] {
  if (shapes.length === 0) return [];
  const features = shapes.map(toFeature);
  const collection: FeatureCollection<Area> = { type: 'FeatureCollection', features };
  const projection = geoMercator().fitExtent(
    [
      [PADDING, PADDING],
      [MAP_WIDTH - PADDING, MAP_HEIGHT - PADDING],
    ],
    collection,
  );
  const path = geoPath(projection);
  return features.map((feature, i) => {
    const [x, y] = path.centroid(feature);
    return { shape: shapes[i], path: path(feature) ?? '', centre: [round(x), round(y)] };
  });
}

/**
 * Local authorities as equal-sized hexagons (HexJSON "odd-r": odd rows shifted half a hex right,
 * rows counting northwards), fitted to the box. Areas without a hex cell are left out.
 */
export function drawHexes(shapes: readonly PlaceShapeData[]): DrawnArea[] {
  const placed = shapes.filter((shape) => shape.hex);
  if (placed.length === 0) return [];
  // Pointy-topped hexagons of "radius" 1: columns √3 apart, rows 1.5 apart.
  const unit = placed.map((shape) => {
    const { q, r } = shape.hex as { q: number; r: number };
    return [(q + (r & 1) / 2) * Math.sqrt(3), -r * 1.5] as const;
  });
  const xs = unit.map(([x]) => x);
  const ys = unit.map(([, y]) => y);
  const [minX, maxX, minY, maxY] = [
    Math.min(...xs) - 1,
    Math.max(...xs) + 1,
    Math.min(...ys) - 1.2,
    Math.max(...ys) + 1.2,
  ];
  const scale = Math.min((MAP_WIDTH - 2 * PADDING) / (maxX - minX), (MAP_HEIGHT - 2 * PADDING) / (maxY - minY), 90);
  const offsetX = (MAP_WIDTH - (maxX - minX) * scale) / 2 - minX * scale;
  const offsetY = (MAP_HEIGHT - (maxY - minY) * scale) / 2 - minY * scale;
  return placed.map((shape, i) => {
    const cx = unit[i][0] * scale + offsetX;
    const cy = unit[i][1] * scale + offsetY;
    const corners = Array.from({ length: 6 }, (_, k) => {
      const angle = (Math.PI / 3) * k + Math.PI / 6;
      return `${round(cx + scale * 0.96 * Math.cos(angle))},${round(cy + scale * 0.96 * Math.sin(angle))}`;
    });
    return { shape, path: `M${corners.join('L')}Z`, centre: [round(cx), round(cy)] };
  });
}

/**
 * The web-map zoom level at which these shapes fill the map's width: the API keeps detail down to
 * about a pixel at that zoom. A tile of 256 pixels spans 360° / 2^zoom of longitude.
 */
export function zoomToFit(shapes: readonly PlaceShapeData[] | null, fallback = 9): number {
  if (!shapes || shapes.length === 0) return fallback;
  let west = Infinity;
  let east = -Infinity;
  for (const shape of shapes) {
    for (const [lon] of positions(JSON.parse(shape.geometry) as Area)) {
      if (lon < west) west = lon;
      if (lon > east) east = lon;
    }
  }
  const span = Math.max(east - west, 1e-6);
  return Math.max(0, Math.min(18, Math.round(Math.log2((MAP_WIDTH * 360) / (256 * span)))));
}

function positions(geometry: Area): Position[] {
  return geometry.type === 'Polygon' ? geometry.coordinates.flat() : geometry.coordinates.flat(2);
}

/** Dot radius for a count: area in proportion to the count, so 4 projects look twice as wide as 1. */
export function dotRadius(count: number, largest: number): number {
  if (count <= 0 || largest <= 0) return 0;
  return round(4 + 12 * Math.sqrt(count / largest));
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}
