import { ImportRun, returning } from './import-run';
import { BATCH_SIZE, csvRows, decimal } from './read-rows';

/** The summary measures of each domain, as the files name their columns. */
const MEASURES = [
  'average_rank',
  'rank_average_rank',
  'average_score',
  'rank_average_score',
  'proportion_bottom_decile',
  'rank_proportion_bottom_decile',
];

/** "Index of Multiple Deprivation" → "imd", "Income Deprivation" → "income", … */
function domainKey(name: string): string {
  const known: [RegExp, string][] = [
    [/multiple deprivation/i, 'imd'],
    [/income deprivation affecting children/i, 'idaci'],
    [/income deprivation affecting older/i, 'idaopi'],
    [/^income/i, 'income'],
    [/^employment/i, 'employment'],
    [/^education/i, 'education'],
    [/^health/i, 'health'],
    [/^crime/i, 'crime'],
    [/barriers/i, 'housing'],
    [/living environment/i, 'environment'],
  ];
  return known.find(([pattern]) => pattern.test(name))?.[1] ?? name.toLowerCase().replace(/[^a-z0-9]+/g, '_');
}

/**
 * The IoD local authority summaries (trafforddatalab's tidy CSVs of MHCLG's tables), 2019
 * (lad19cd, …, year) or 2025 (area_code, …, deprivation_data_year): each council's domain
 * measures are merged into its `imd_domains` under keys that carry the vintage
 * (`2019_imd_rank_average_score`), so the two editions sit side by side. A council code that
 * changed (Barnsley) follows its alias; one merged away since (Aylesbury Vale) is reported, as
 * its figures describe only part of its successor. The 2019 IMD rank of average score also
 * becomes the council's `imd_rank` and, across all councils ranked, its `imd_decile`.
 */
export async function importIodLad(run: ImportRun, file: string): Promise<void> {
  const years = new Set<string>();
  let batch: { line: number; code: string; domains: Record<string, number> }[] = [];
  const flush = async () => {
    await mergeDomains(run, batch);
    batch = [];
  };
  for await (const { line, record } of csvRows(file)) {
    run.read();
    const code = record['lad19cd'] ?? record['area_code'];
    const year = record['year'] ?? record['deprivation_data_year'];
    const domain = record['index_domain'];
    if (!code || !year || !domain) {
      run.unmatched(line, code || '(blank)', 'row without a code, year or domain');
      continue;
    }
    years.add(year);
    const key = `${year}_${domainKey(domain)}`;
    const domains: Record<string, number> = {};
    for (const measure of MEASURES) {
      const value = decimal(record[measure]);
      if (value !== null) domains[`${key}_${measure}`] = value;
    }
    batch.push({ line, code, domains });
    if (batch.length >= BATCH_SIZE) await flush();
  }
  await flush();
  run.note(`Vintages read: ${[...years].sort().join(', ') || 'none'}.`);
  if (years.has('2019')) await rankCouncils(run);
}

async function mergeDomains(
  run: ImportRun,
  rows: { line: number; code: string; domains: Record<string, number> }[],
): Promise<void> {
  await run.codes.load(rows.map((row) => row.code));
  const byPlace = new Map<string, Record<string, number>>();
  const rowsOf = new Map<string, number>();
  for (const row of rows) {
    const place = run.codes.get(row.code);
    if (!place) {
      run.unmatched(
        row.line,
        row.code,
        'council not imported',
        `${row.code} is not a place (import the boundaries or the council list first)`,
      );
      continue;
    }
    if (place.aliasReason === 'merger') {
      run.unmatched(
        row.line,
        row.code,
        'former council merged into another',
        `${row.code} was merged into ${place.code}; its figures describe only part of it`,
      );
      continue;
    }
    byPlace.set(place.id, { ...byPlace.get(place.id), ...row.domains });
    rowsOf.set(place.id, (rowsOf.get(place.id) ?? 0) + 1);
  }
  if (byPlace.size === 0) return;
  const changed = await returning<{ id: string }>(
    run.db,
    `UPDATE place p SET imd_domains = coalesce(p.imd_domains, '{}'::jsonb) || d.domains, version = p.version + 1, updated_at = now()
     FROM jsonb_to_recordset($1::jsonb) AS d(id uuid, domains jsonb)
     WHERE p.id = d.id AND NOT coalesce(p.imd_domains @> d.domains, false) RETURNING p.id`,
    [JSON.stringify([...byPlace].map(([id, domains]) => ({ id, domains })))],
  );
  // Counted per row of the file: a council's ten domain rows are ten rows changed or unchanged.
  const changedIds = new Set(changed.map((row) => row.id));
  let updated = 0;
  for (const [id, count] of rowsOf) if (changedIds.has(id)) updated += count;
  const total = [...rowsOf.values()].reduce((sum, count) => sum + count, 0);
  run.written(0, updated, total - updated);
}

/** imd_rank and imd_decile of councils from the 2019 rank of average score (1 = most deprived). */
async function rankCouncils(run: ImportRun): Promise<void> {
  const ranked = await returning<unknown>(
    run.db,
    `
    WITH r AS (
      SELECT id, (imd_domains->>'2019_imd_rank_average_score')::numeric::int AS rank,
             max((imd_domains->>'2019_imd_rank_average_score')::numeric::int) OVER () AS ranked
      FROM place WHERE imd_domains ? '2019_imd_rank_average_score' AND archived_at IS NULL)
    UPDATE place p SET imd_rank = r.rank, imd_decile = ceil(r.rank * 10.0 / r.ranked)::smallint, version = p.version + 1, updated_at = now()
    FROM r WHERE p.id = r.id AND (p.imd_rank, p.imd_decile) IS DISTINCT FROM (r.rank, ceil(r.rank * 10.0 / r.ranked)::smallint)
    RETURNING p.id`,
  );
  if (ranked.length > 0)
    run.note(
      `${ranked.length} councils got their IMD 2019 rank and decile (rank of average score, deciles across the councils ranked).`,
    );
}
