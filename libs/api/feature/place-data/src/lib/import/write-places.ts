import { PlaceLevel } from '@cg/shared/domain';
import { ImportRun, returning } from './import-run';

// write-gate: system work, because official places are imported as the system (runAsSystem), never as a user's change.

/** One place as a file describes it; fields left undefined are not the file's to change. */
export interface PlaceRowInput {
  code: string;
  name: string;
  level: PlaceLevel;
  /** The parent's code (current, former or register: it is resolved). */
  parent?: string | null;
  /** Used when `parent` is not (yet) a place: a district's region while its county is still to come. */
  fallbackParent?: string | null;
  population?: number | null;
  imdRank?: number | null;
  imdDecile?: number | null;
  imdDomains?: Record<string, number> | null;
  boundary?: Record<string, unknown> | null;
}

export type PlaceField = 'population' | 'imdRank' | 'imdDecile' | 'imdDomains' | 'boundary';

const COLUMN: Record<PlaceField, { column: string; type: string }> = {
  population: { column: 'population', type: 'integer' },
  imdRank: { column: 'imd_rank', type: 'integer' },
  imdDecile: { column: 'imd_decile', type: 'smallint' },
  imdDomains: { column: 'imd_domains', type: 'jsonb' },
  boundary: { column: 'boundary', type: 'jsonb' },
};

export interface WritePlacesOptions {
  /** The figures this file carries; other columns of existing places are left alone. */
  fields: PlaceField[];
  /**
   * `set`: the file decides the parent. `fill`: the parent is a fallback (a boundary file knows
   * the country, not the county) used only where a place has none yet.
   */
  parentMode: 'set' | 'fill';
  /** Refuse rows whose parent cannot be found (an LSOA must land in a local authority). */
  parentRequired?: boolean;
  /**
   * Whether the file's names replace stored ones. False: a name is only given to a new place
   * (the council list's "Bristol" must not undo the boundaries' "Bristol, City of" each time).
   */
  names?: boolean;
}

/** ltree label of a code, as in pathLabel of @cg/shared/domain. */
const LABEL = (code: string) => `text2ltree(regexp_replace(${code}, '[^A-Za-z0-9_]', '_', 'g'))`;

/**
 * Inserts or updates a batch of places by code in one statement. An existing place is only
 * written when a value differs, so a re-import leaves `updated_at` and `version` untouched and
 * reports every row unchanged. Codes that are aliases (a former code) update the current place.
 */
export async function writePlaces(
  run: ImportRun,
  rows: { line: number; place: PlaceRowInput }[],
  options: WritePlacesOptions,
): Promise<void> {
  await run.codes.load(
    rows.flatMap(({ place }) => [
      place.code,
      ...[place.parent, place.fallbackParent].filter((code): code is string => !!code),
    ]),
  );
  const byCode = new Map<string, Record<string, unknown>>();
  for (const { line, place } of rows) {
    const own = run.codes.get(place.code);
    const code = own?.code ?? place.code;
    const parent =
      (place.parent ? run.codes.get(place.parent) : null) ??
      (place.fallbackParent ? run.codes.get(place.fallbackParent) : null);
    if (place.parent && !parent && options.parentRequired) {
      run.unmatched(
        line,
        place.code,
        'parent place not imported',
        `its parent ${place.parent} is not a place yet (import the boundaries or the council list first)`,
      );
      continue;
    }
    if (own?.aliasReason === 'merger') {
      run.unmatched(
        line,
        place.code,
        'former council merged into another',
        `${place.code} was merged into ${own.code}; its own figures are not its successor's`,
      );
      continue;
    }
    // A later row for the same place wins, as the file's own order would have it.
    byCode.set(code, {
      code,
      name: place.name,
      level: place.level,
      parent_id: parent?.id ?? null,
      ...Object.fromEntries(options.fields.map((field) => [COLUMN[field].column, place[field] ?? null])),
    });
  }
  if (byCode.size === 0) return;

  const fields = options.fields.map((field) => COLUMN[field]);
  const recordColumns = [
    'code text',
    'name text',
    'level text',
    'parent_id uuid',
    ...fields.map((f) => `${f.column} ${f.type}`),
  ].join(', ');
  const parentSet = options.parentMode === 'set';
  const newPath = `CASE WHEN pp.path IS NULL THEN ${LABEL('r.code')} ELSE pp.path || ${LABEL('r.code')} END`;
  // What decides "changed": the file's own values against the stored ones.
  const pairs: [string, string][] = [
    ...(options.names === false ? [] : ([['t.name', 'excluded.name']] as [string, string][])),
    parentSet
      ? ['t.parent_id', 'excluded.parent_id']
      : ['(t.parent_id IS NULL AND excluded.parent_id IS NOT NULL)', 'false'],
    ...fields.map((f): [string, string] => [`t.${f.column}`, `excluded.${f.column}`]),
  ];
  const updates = [
    ...(options.names === false ? [] : ['name = excluded.name']),
    parentSet ? 'parent_id = excluded.parent_id' : 'parent_id = coalesce(t.parent_id, excluded.parent_id)',
    parentSet ? 'path = excluded.path' : 'path = CASE WHEN t.parent_id IS NULL THEN excluded.path ELSE t.path END',
    ...fields.map((f) => `${f.column} = excluded.${f.column}`),
  ];
  const changed = `(${pairs.map(([stored]) => stored).join(', ')}) IS DISTINCT FROM (${pairs.map(([, given]) => given).join(', ')})`;

  const sql = `
    INSERT INTO place AS t (code, name, level, parent_id, path${fields.map((f) => `, ${f.column}`).join('')})
    SELECT r.code, r.name, r.level::place_level, r.parent_id, ${newPath}${fields.map((f) => `, r.${f.column}`).join('')}
    FROM jsonb_to_recordset($1::jsonb) AS r(${recordColumns})
    LEFT JOIN place pp ON pp.id = r.parent_id
    ON CONFLICT (code) DO UPDATE SET ${updates.join(', ')}, archived_at = NULL, version = t.version + 1, updated_at = now()
    WHERE ${changed} OR t.archived_at IS NOT NULL
    RETURNING (xmax = 0) AS inserted`;
  const written = await returning<{ inserted: boolean }>(run.db, sql, [JSON.stringify([...byCode.values()])]);
  const inserted = written.filter((row) => row.inserted).length;
  run.written(inserted, written.length - inserted, byCode.size - written.length);
  // New places are now resolvable by later batches (a county before its districts).
  if (inserted > 0) run.codes.forget();
}

/**
 * Sets every place's ltree path from its parent's, top down, where it differs: after an import
 * moved a local authority under its region, its wards and LSOAs follow in one statement.
 */
export async function repairPaths(run: ImportRun): Promise<number> {
  const moved = await returning<unknown>(
    run.db,
    `
    WITH RECURSIVE tree AS (
      SELECT id, ${LABEL('code')} AS path FROM place WHERE parent_id IS NULL
      UNION ALL
      SELECT c.id, tree.path || ${LABEL('c.code')} FROM place c JOIN tree ON c.parent_id = tree.id
    )
    UPDATE place p SET path = tree.path FROM tree WHERE p.id = tree.id AND p.path <> tree.path RETURNING p.id`,
  );
  return moved.length;
}
