import type { Feature, GeoJsonObject, Geometry, MultiPolygon, Polygon, Position } from 'geojson';
import { feature } from 'topojson-client';
import { topology } from 'topojson-server';
import { presimplify, simplify } from 'topojson-simplify';
import type { GeometryObject, Objects, Topology } from 'topojson-specification';

/** Boundaries of places, keyed by place id, in one topology. */
export type ShapeTopology = Topology<Objects>;

/**
 * The smallest triangle (in square degrees) a point must span to survive at a zoom level: about
 * one screen pixel squared, since a web-map tile of 256 pixels spans 360° / 2^zoom.
 */
export function minWeightAt(zoom: number): number {
  const pixel = 360 / (256 * 2 ** zoom);
  return pixel * pixel;
}

/** Boundaries as one shared topology, each arc's points weighted once (Visvalingam) for any zoom after. */
export function weighShapes(boundaries: ReadonlyMap<string, GeoJsonObject>): ShapeTopology {
  const features: Feature[] = [...boundaries].map(([id, geometry]) => ({
    type: 'Feature',
    id,
    properties: {},
    geometry: geometry as Geometry,
  }));
  // About a metre at county scale: neighbours' shared edges meet on the same grid points.
  return presimplify(
    topology({ shapes: { type: 'FeatureCollection', features } as GeoJsonObject }, 1e6) as unknown as ShapeTopology,
  );
}

/**
 * Each boundary simplified for the zoom, as GeoJSON text. Simplifying the shared topology rather than
 * each shape alone (topojson-simplify) keeps borders between neighbours identical: no gaps or overlaps.
 */
export function simplifiedAt(weighed: ShapeTopology, zoom: number): Map<string, string> {
  const simplified = simplify(weighed, minWeightAt(zoom));
  const shapes = new Map<string, string>();
  const collection = simplified.objects['shapes'] as { geometries: GeometryObject[] };
  for (const object of collection.geometries) {
    const geometry = (feature(simplified, object) as Feature).geometry;
    const tidy = tidyGeometry(geometry);
    if (tidy) shapes.set(String(object.id), JSON.stringify(tidy));
  }
  return shapes;
}

/** Two-dimensional, rounded to 10 cm, with rings too small to survive simplification dropped. */
function tidyGeometry(geometry: Geometry | null): Polygon | MultiPolygon | null {
  if (!geometry || (geometry.type !== 'Polygon' && geometry.type !== 'MultiPolygon')) return null;
  const polygons = (geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates)
    .filter((rings) => rings[0]?.length >= 4)
    .map((rings) => rings.filter((ring) => ring.length >= 4).map((ring) => ring.map(roundPosition)));
  if (polygons.length === 0) return null;
  return polygons.length === 1
    ? { type: 'Polygon', coordinates: polygons[0] }
    : { type: 'MultiPolygon', coordinates: polygons };
}

function roundPosition(position: Position): Position {
  return [Math.round(position[0] * 1e6) / 1e6, Math.round(position[1] * 1e6) / 1e6];
}
