import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { runAsSystem } from '@cg/api/core/database';
import { placeReachSql } from '@cg/api/core/graphql';
import { PlaceLevel } from '@cg/shared/domain';
import type { GeoJsonObject } from 'geojson';
import { DataSource } from 'typeorm';
import { DEFAULT_ZOOM, PlaceShapesArgs } from './place-shapes.args';
import { ShapeTopology, simplifiedAt, weighShapes } from './simplify-shapes';
import { PlaceShape } from '@cg/api/core/record-types';

interface ShapeRow {
  id: string;
  code: string;
  name: string;
  level: PlaceLevel;
  parent_id: string | null;
  imd_decile: number | null;
  population: number | null;
  hex_q: number | null;
  hex_r: number | null;
}

/** Runs under the reader's row-level security, so custom places they may not see never join the map. */
const VISIBLE_SQL = `
  SELECT p.id, p.code, p.name, p.level, p.parent_id, p.imd_decile, p.population, p.hex_q, p.hex_r
    FROM place p
   WHERE p.level = $1
     AND p.archived_at IS NULL
     AND p.boundary IS NOT NULL
     AND ($2::uuid IS NULL OR p.path <@ ARRAY(SELECT r.path FROM ${placeReachSql('ARRAY[$2]')} r))
   ORDER BY p.name, p.id`;

/** Changes whenever any place is added, removed, archived, restored or changed in any column (xmin moves on every update). */
const PLACES_VERSION_SQL = `SELECT concat_ws(':', count(*), max(updated_at), sum(xmin::text::bigint)) AS version FROM place`;

interface Cached<T> {
  version: string;
  value: Promise<T>;
}

/** A small least-recently-used cache whose entries hold while the places' version is unchanged. */
class VersionedCache<T> {
  private readonly entries = new Map<string, Cached<T>>();

  constructor(private readonly size: number) {}

  get(key: string, version: string, make: () => Promise<T>): Promise<T> {
    const hit = this.entries.get(key);
    this.entries.delete(key);
    if (hit && hit.version === version) {
      this.entries.set(key, hit);
      return hit.value;
    }
    const value = make();
    this.entries.set(key, { version, value });
    value.catch(() => this.entries.delete(key));
    while (this.entries.size > this.size) this.entries.delete(this.entries.keys().next().value as string);
    return value;
  }
}

/**
 * Place boundaries for the place map, simplified for a zoom level and cached until places change.
 *
 * The cache key holds the set of places the reader may see (a hash of their ids), not who they
 * are: everyone who sees the same places shares the work, and a hidden custom place never shapes
 * what someone else is sent, not even through a shared border.
 */
@Injectable()
export class PlaceShapesService {
  private readonly weighed = new VersionedCache<ShapeTopology>(16);
  private readonly simplified = new VersionedCache<Map<string, string>>(64);
  private versionInFlight: Promise<string> | null = null;

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async shapes(args: PlaceShapesArgs): Promise<PlaceShape[]> {
    const zoom = args.zoom ?? DEFAULT_ZOOM;
    const rows: ShapeRow[] = await this.dataSource.query(VISIBLE_SQL, [args.level, args.within ?? null]);
    if (rows.length === 0) return [];
    const ids = rows.map((row) => row.id);
    const set = createHash('sha256')
      .update([...ids].sort().join(','))
      .digest('base64url');
    const version = await this.version();
    const weighed = () => this.weighed.get(set, version, () => this.weigh(ids));
    const geometries = await this.simplified.get(`${set} ${zoom}`, version, async () =>
      simplifiedAt(await weighed(), zoom),
    );
    return rows
      .filter((row) => geometries.has(row.id))
      .map((row) => ({
        id: row.id,
        code: row.code,
        name: row.name,
        level: row.level,
        parentId: row.parent_id,
        imdDecile: row.imd_decile,
        population: row.population,
        geometry: geometries.get(row.id) as string,
        hex: row.hex_q === null || row.hex_r === null ? null : { q: row.hex_q, r: row.hex_r },
      }));
  }

  private async weigh(ids: string[]): Promise<ShapeTopology> {
    const rows: { id: string; boundary: GeoJsonObject }[] = await this.dataSource.query(
      'SELECT id, boundary FROM place WHERE id = ANY($1) AND boundary IS NOT NULL',
      [ids],
    );
    return weighShapes(new Map(rows.map((row) => [row.id, row.boundary])));
  }

  /** Requests asking while a check runs share it; read as the system, so one check serves every reader. */
  private version(): Promise<string> {
    if (!this.versionInFlight) {
      this.versionInFlight = runAsSystem(() => this.dataSource.query(PLACES_VERSION_SQL))
        .then(([row]: { version: string }[]) => row.version)
        .finally(() => (this.versionInFlight = null));
    }
    return this.versionInFlight;
  }
}
