import { normalisePostcode } from '../postcodes/normalise-postcode';
import { ImportRun, returning } from './import-run';
import { BATCH_SIZE, csvRows, decimal, inBatches, wholeNumber } from './read-rows';

// write-gate: system work, because the postcode lookup is official reference data, imported as the system (runAsSystem), never a user's change.

/** NSPL writes "no such area" as a pseudo-code ending in 99999999 (E99999999, S99999999). */
function area(code: string | undefined): string | null {
  return !code || /99999999$/.test(code) ? null : code;
}

const COLUMNS = [
  'postcode text',
  'display text',
  'lsoa_code text',
  'msoa_code text',
  'ward_code text',
  'local_authority_code text',
  'region_code text',
  'country_code text',
  'latitude float8',
  'longitude float8',
  'imd_rank int',
  '"terminated" text',
];
const NAMES = COLUMNS.map((column) => column.split(' ')[0]);

/**
 * The ONS National Statistics Postcode Lookup (NSPL, any month since 2021's layout: pcd, pcds,
 * doterm, laua, ward, lsoa11, msoa11, rgn, ctry, lat, long, imd). Every postcode is stored by
 * its normalised form with the codes of the areas it lies in; places are found from those codes
 * when asked, so the lookup can arrive before or after the places. NSPL marks a missing
 * location as 99.999999 latitude and 0 longitude: stored as none.
 */
export async function importPostcodes(run: ImportRun, file: string): Promise<void> {
  for await (const rows of inBatches(csvRows(file), BATCH_SIZE)) {
    run.read(rows.length);
    const postcodes = new Map<string, Record<string, unknown>>();
    for (const { line, record } of rows) {
      const raw = record['pcds'] || record['pcd'];
      const postcode = raw ? normalisePostcode(raw) : '';
      if (!postcode) {
        run.unmatched(line, '(blank)', 'row without a postcode');
        continue;
      }
      const latitude = decimal(record['lat']);
      const located = latitude !== null && latitude < 99;
      postcodes.set(postcode, {
        postcode,
        display: record['pcds'] || raw,
        lsoa_code: area(record['lsoa11'] ?? record['lsoa21']),
        msoa_code: area(record['msoa11'] ?? record['msoa21']),
        ward_code: area(record['ward']),
        local_authority_code: area(record['laua']),
        region_code: area(record['rgn']),
        country_code: area(record['ctry']),
        latitude: located ? latitude : null,
        longitude: located ? decimal(record['long']) : null,
        imd_rank: wholeNumber(record['imd']),
        terminated: record['doterm'] || null,
      });
    }
    if (postcodes.size === 0) continue;
    const written = await returning<{ inserted: boolean }>(
      run.db,
      `INSERT INTO postcode AS t (${NAMES.join(', ')})
       SELECT ${NAMES.map((name) => `r.${name}`).join(', ')} FROM jsonb_to_recordset($1::jsonb) AS r(${COLUMNS.join(', ')})
       ON CONFLICT (postcode) DO UPDATE SET ${NAMES.slice(1)
         .map((name) => `${name} = excluded.${name}`)
         .join(', ')}, updated_at = now()
       WHERE (${NAMES.slice(1)
         .map((name) => `t.${name}`)
         .join(', ')}) IS DISTINCT FROM (${NAMES.slice(1)
         .map((name) => `excluded.${name}`)
         .join(', ')})
       RETURNING (xmax = 0) AS inserted`,
      [JSON.stringify([...postcodes.values()])],
    );
    const inserted = written.filter((row) => row.inserted).length;
    run.written(inserted, written.length - inserted, postcodes.size - written.length);
  }
}
