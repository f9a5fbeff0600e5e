import { levelOfGssCode, PlaceLevel } from '@cg/shared/domain';
import type { Geometry } from 'geojson';
import { readFile } from 'node:fs/promises';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { ImportRun } from './import-run';
import { BATCH_SIZE } from './read-rows';
import { countryOfCode } from './uk-areas';
import { PlaceRowInput, writePlaces } from './write-places';

interface AreaProperties {
  areacd: string;
  areanm: string;
  start?: number;
  end?: number;
}

/**
 * Layers read, parents first; `uk` has no place level, and metropolitan counties have had no
 * councils since 1986. Combined authorities sit in their nation; the council list adds members.
 */
const LAYERS = ['ctry', 'rgn', 'cauth', 'cty', 'utla', 'ltla'] as const;
const SKIPPED_LAYERS: Record<string, string> = {
  mcty: 'metropolitan counties (E11)',
  uk: 'the United Kingdom as a whole',
};

/** Coordinates to six decimals (about 10 cm): smaller rows, and the same bytes on every import. */
function rounded(geometry: Geometry): Geometry {
  const round = (value: unknown): unknown =>
    typeof value === 'number' ? Math.round(value * 1e6) / 1e6 : Array.isArray(value) ? value.map(round) : value;
  if (geometry.type === 'GeometryCollection') return { ...geometry, geometries: geometry.geometries.map(rounded) };
  return { ...geometry, coordinates: round(geometry.coordinates) } as Geometry;
}

/**
 * ONS boundaries (ONSvisual uk-topojson): every area current in `year` (default: the latest year
 * the file knows) becomes a place with its boundary as GeoJSON geometry in WGS84. The file has
 * no hierarchy beyond the region's country, so local authorities and counties get their nation
 * as a parent only where they have none; the council list places them in regions and counties.
 * Areas that ended are left to `code-changes`, which makes their codes aliases.
 *
 * A TopoJSON file is one JSON document with shared arcs, so it is read whole (the national file
 * is a few MB); the places are written in batches like every other import.
 */
export async function importBoundaries(run: ImportRun, file: string, options: { year?: number } = {}): Promise<void> {
  const topology = JSON.parse(await readFile(file, 'utf8')) as Topology;
  if (topology.type !== 'Topology' || !topology.objects) throw new Error(`${file} is not a TopoJSON topology.`);
  const layers = Object.keys(topology.objects);
  const year = options.year ?? latestYear(topology);
  for (const layer of layers.filter((name) => name in SKIPPED_LAYERS))
    run.note(`Layer ${layer} (${SKIPPED_LAYERS[layer]}) left out: it is not a place level here.`);
  const unknown = layers.filter((name) => !(name in SKIPPED_LAYERS) && !(LAYERS as readonly string[]).includes(name));
  if (unknown.length) run.note(`Layers not recognised and left out: ${unknown.join(', ')}.`);
  run.note(`Areas current in ${year} were imported.`);

  let ended = 0;
  // Upper-tier layers repeat the unitary authorities and counties: each area is written once.
  const seen = new Set<string>();
  for (const layer of LAYERS) {
    const object = topology.objects[layer] as GeometryCollection<AreaProperties> | undefined;
    if (!object) continue;
    const features = feature(topology, object).features;
    let batch: { line: number; place: PlaceRowInput }[] = [];
    for (const [index, area] of features.entries()) {
      run.read();
      const properties = area.properties as AreaProperties | null;
      const code = properties?.areacd;
      if (!properties || !code) {
        run.unmatched(index + 1, '(none)', 'area without a code', `area ${index + 1} of layer ${layer} has no areacd`);
        continue;
      }
      if (
        (properties.end !== undefined && properties.end < year) ||
        (properties.start !== undefined && properties.start > year)
      ) {
        ended++;
        continue;
      }
      const level = levelOfGssCode(code);
      if (!level) {
        run.unmatched(
          index + 1,
          code,
          'code of an unknown kind',
          `${properties.areanm} (${code}, layer ${layer}) is not a GSS code of a level we hold`,
        );
        continue;
      }
      // The region layer repeats Wales, Scotland and Northern Ireland as their own regions, and the
      // combined authority layer carries Glasgow and North Lanarkshire under their new codes (the
      // council list gives those, and its former codes lead to the ltla layer's shapes).
      if ((layer === 'rgn' && level === PlaceLevel.COUNTRY) || seen.has(code)) continue;
      if (layer === 'cauth' && level !== PlaceLevel.COMBINED_AUTHORITY) continue;
      seen.add(code);
      batch.push({
        line: index + 1,
        place: {
          code,
          name: properties.areanm,
          level,
          parent: level === PlaceLevel.COUNTRY ? null : countryOfCode(code),
          boundary: area.geometry ? (rounded(area.geometry) as unknown as Record<string, unknown>) : null,
        },
      });
      if (batch.length >= BATCH_SIZE) {
        await writePlaces(run, batch, { fields: ['boundary'], parentMode: 'fill' });
        batch = [];
      }
    }
    await writePlaces(run, batch, { fields: ['boundary'], parentMode: 'fill' });
  }
  if (ended > 0)
    run.note(`${ended} areas that had ended by ${year} were skipped (import changes.csv to make their codes aliases).`);
}

/** The latest start or end year any area of the file mentions. */
function latestYear(topology: Topology): number {
  let latest = 0;
  for (const object of Object.values(topology.objects)) {
    for (const geometry of (object as GeometryCollection<AreaProperties>).geometries ?? []) {
      const properties = geometry.properties as Partial<AreaProperties> | undefined;
      latest = Math.max(latest, properties?.start ?? 0, properties?.end ?? 0);
    }
  }
  return latest || new Date().getFullYear();
}
