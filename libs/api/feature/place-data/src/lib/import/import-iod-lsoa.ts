import { PlaceLevel } from '@cg/shared/domain';
import { ImportRun } from './import-run';
import { BATCH_SIZE, csvHeader, csvRows, wholeNumber } from './read-rows';
import { PlaceField, PlaceRowInput, writePlaces } from './write-places';

const LSOA = 'LSOA code (2011)';
const LSOA_NAME = 'LSOA name (2011)';
const LAD = 'Local Authority District code (2019)';

/** The IoD 2019 domains, as File 2 names them, and the key each gets in `imd_domains`. */
const DOMAINS: Record<string, string> = {
  Income: 'income',
  Employment: 'employment',
  'Education, Skills and Training': 'education',
  'Health Deprivation and Disability': 'health',
  Crime: 'crime',
  'Barriers to Housing and Services': 'housing',
  'Living Environment': 'environment',
};

type Layout = 'imd' | 'domains' | 'population';

/** Which of the IoD 2019 files this is, from its header. */
function layoutOf(header: string[]): Layout | null {
  if (!header.includes(LSOA)) return null;
  if (header.some((column) => column.startsWith('Income Rank'))) return 'domains';
  if (header.some((column) => column.startsWith('Index of Multiple Deprivation (IMD) Rank'))) return 'imd';
  if (header.some((column) => column.startsWith('Total population'))) return 'population';
  return null;
}

/** The header's column that starts with `prefix` ("Income Rank (where 1 is most deprived)"), found once per file. */
function columnNamed(header: string[], prefix: string): string {
  return header.find((name) => name.startsWith(prefix)) ?? prefix;
}

/**
 * English Indices of Deprivation 2019 by LSOA (MHCLG). Takes File 1 (IMD rank and decile),
 * File 2 (the same plus each domain's rank and decile) or File 6 (population, mid-2015), gzip or
 * not, and tells them apart by header. Each LSOA becomes a place in its local authority (the
 * file's 2019 code, resolved through aliases to today's council; the LSOA lookup may move it),
 * with the figures that file carries. Ranks like "29,199" are read as numbers.
 */
export async function importIodLsoa(run: ImportRun, file: string): Promise<void> {
  const header = await csvHeader(file);
  const layout = layoutOf(header);
  if (!layout)
    throw new Error(
      `${file} is not one of the IoD 2019 LSOA files (File 1, 2 or 6): its header has no "${LSOA}" with ranks or population.`,
    );
  const fields: PlaceField[] =
    layout === 'imd'
      ? ['imdRank', 'imdDecile']
      : layout === 'domains'
        ? ['imdRank', 'imdDecile', 'imdDomains']
        : ['population'];
  run.note(
    `Read as ${layout === 'imd' ? 'File 1 (IMD rank and decile)' : layout === 'domains' ? 'File 2 (IMD and domain ranks and deciles)' : 'File 6 (population, mid-2015)'}.`,
  );

  const population = columnNamed(header, 'Total population');
  const imdRank = columnNamed(header, 'Index of Multiple Deprivation (IMD) Rank');
  const imdDecile = columnNamed(header, 'Index of Multiple Deprivation (IMD) Decile');
  const domainColumns = Object.entries(DOMAINS).map(([domain, key]) => ({
    key,
    rank: columnNamed(header, `${domain} Rank`),
    decile: columnNamed(header, `${domain} Decile`),
  }));

  let batch: { line: number; place: PlaceRowInput }[] = [];
  for await (const { line, record } of csvRows(file)) {
    run.read();
    const code = record[LSOA];
    if (!code || !/^E01\d{6}$/.test(code)) {
      run.unmatched(line, code || '(blank)', 'not an English LSOA code');
      continue;
    }
    const place: PlaceRowInput = { code, name: record[LSOA_NAME] || code, level: PlaceLevel.LSOA, parent: record[LAD] };
    if (layout === 'population') {
      place.population = wholeNumber(record[population]);
    } else {
      place.imdRank = wholeNumber(record[imdRank]);
      place.imdDecile = wholeNumber(record[imdDecile]);
      if (layout === 'domains') {
        const domains: Record<string, number> = {};
        for (const { key, rank: rankColumn, decile: decileColumn } of domainColumns) {
          const rank = wholeNumber(record[rankColumn]);
          const decile = wholeNumber(record[decileColumn]);
          if (rank !== null) domains[`${key}_rank`] = rank;
          if (decile !== null) domains[`${key}_decile`] = decile;
        }
        place.imdDomains = domains;
      }
    }
    batch.push({ line, place });
    if (batch.length >= BATCH_SIZE) {
      await writePlaces(run, batch, { fields, parentMode: 'fill', parentRequired: true });
      batch = [];
    }
  }
  await writePlaces(run, batch, { fields, parentMode: 'fill', parentRequired: true });
}
