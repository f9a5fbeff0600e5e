import { levelOfGssCode, PlaceLevel } from '@cg/shared/domain';
import { ImportRun, returning } from './import-run';
import { BATCH_SIZE, csvRows, requireColumns, wholeNumber } from './read-rows';
import { COUNTRIES, ENGLISH_REGIONS } from './uk-areas';
import { AliasInput, writeAliases } from './write-aliases';
import { MembershipInput, writeMemberships } from './write-memberships';
import { PlaceRowInput, writePlaces } from './write-places';

const SOURCE = 'mySociety UK local authority names and codes';

/**
 * mySociety's list of UK councils (uk_local_authorities.csv). Each current council becomes a
 * place under its region (England) or nation, and a shire district under its county; population
 * is the 2020 estimate. Codes that lead to a council become aliases: its former GSS codes
 * (Glasgow's S12000046), its register code ("BNS", which the LSOA lookup uses), and an ended
 * council's GSS code leads to its successor (`replaced-by`). A council whose GSS code has since
 * changed (mySociety still lists Barnsley as E08000016) updates the current place.
 *
 * Combined authorities (and the Greater London Authority) become places in their nation, and
 * each council's `combined-authority` makes it a member.
 *
 * Rows stream; what must wait for the end is small: one county link and one successor per council
 * (a district listed before its county sits in its region until the county has been written).
 */
export async function importCouncils(run: ImportRun, file: string): Promise<void> {
  await requireColumns(file, "mySociety's list of UK councils", ['gss-code', 'local-authority-code', 'official-name']);
  await writeNationsAndRegions(run);
  const counties: { line: number; code: string; county: string }[] = [];
  const successors: AliasInput[] = [];
  const memberships: MembershipInput[] = [];
  let batch: { line: number; place: PlaceRowInput }[] = [];
  let aliases: AliasInput[] = [];

  for await (const { line, record } of csvRows(file)) {
    run.read();
    const code = record['gss-code'];
    const register = record['local-authority-code'];
    const ended = record['end-date'] !== '' || record['current-authority'] === 'False';
    if (!code) {
      run.unmatched(
        line,
        register || '(blank)',
        'council without a GSS code',
        `${record['official-name'] || register}: no GSS code, so no place`,
      );
      continue;
    }
    if (ended) {
      if (record['replaced-by']) successors.push({ line, code, target: record['replaced-by'], reason: 'merger' });
      continue;
    }
    const level = levelOfGssCode(code);
    if (
      level !== PlaceLevel.LOCAL_AUTHORITY &&
      level !== PlaceLevel.COUNTY &&
      level !== PlaceLevel.COMBINED_AUTHORITY
    ) {
      run.unmatched(
        line,
        code,
        'not a council code',
        `${record['official-name']} (${code}) is not a local authority, county or combined authority code`,
      );
      continue;
    }
    // A combined authority can span regions (Greater Lincolnshire), so it sits in its nation.
    const region =
      (level === PlaceLevel.COMBINED_AUTHORITY ? null : ENGLISH_REGIONS[record['region']]) ??
      COUNTRIES[record['nation']] ??
      null;
    if (!region)
      run.unmatched(
        line,
        code,
        'region or nation not known',
        `${record['nice-name']}: region "${record['region']}" and nation "${record['nation']}" are not ones we know`,
      );
    batch.push({
      line,
      place: {
        code,
        name: record['nice-name'] || record['official-name'],
        level,
        parent: record['county-la'] || region,
        fallbackParent: region,
        population: wholeNumber(record['pop-2020']),
      },
    });
    if (record['county-la']) counties.push({ line, code, county: record['county-la'] });
    if (level === PlaceLevel.LOCAL_AUTHORITY)
      memberships.push({ line, member: code, combinedAuthority: record['combined-authority'] || null });
    if (register) aliases.push({ line, code: register, target: code, reason: 'register' });
    for (const former of (record['former-gss-codes'] ?? '').split(/[,;\s]+/).filter(Boolean))
      aliases.push({ line, code: former, target: code, reason: 'code-change' });

    if (batch.length >= BATCH_SIZE) {
      await writePlaces(run, batch, { fields: ['population'], parentMode: 'set', names: false });
      await writeAliases(run, aliases, SOURCE);
      batch = [];
      aliases = [];
    }
  }
  await writePlaces(run, batch, { fields: ['population'], parentMode: 'set', names: false });
  await writeAliases(run, aliases, SOURCE);
  await placeDistrictsInCounties(run, counties);
  await writeAliases(run, successors, SOURCE);
  // After every register code is an alias: members name their authority by it ("GMCA").
  await writeMemberships(run, memberships, SOURCE);
}

/** The nations and England's regions, so councils have somewhere to sit even before the boundaries arrive. */
async function writeNationsAndRegions(run: ImportRun): Promise<void> {
  const places: { line: number; place: PlaceRowInput }[] = [
    ...Object.entries(COUNTRIES).map(([name, code]) => ({
      line: 0,
      place: { code, name, level: PlaceLevel.COUNTRY, parent: null },
    })),
    ...Object.entries(ENGLISH_REGIONS).map(([name, code]) => ({
      line: 0,
      place: { code, name, level: PlaceLevel.REGION, parent: COUNTRIES['England'] },
    })),
  ];
  // Names only where missing: the boundary file's official names stand. Counted apart from the file's rows.
  const before = run.report();
  await writePlaces(run, places.slice(0, 4), { fields: [], parentMode: 'fill', names: false });
  await writePlaces(run, places.slice(4), { fields: [], parentMode: 'fill', names: false });
  const after = run.report();
  if (after.inserted > before.inserted)
    run.note(`${after.inserted - before.inserted} nations and regions were added to hold the councils.`);
  run.written(before.inserted - after.inserted, before.updated - after.updated, before.unchanged - after.unchanged);
}

/** Shire districts under their county (named by register code, resolved through the aliases just written). */
async function placeDistrictsInCounties(
  run: ImportRun,
  links: { line: number; code: string; county: string }[],
): Promise<void> {
  await run.codes.load(links.flatMap((link) => [link.code, link.county]));
  const moves: { id: string; parent_id: string }[] = [];
  for (const link of links) {
    const district = run.codes.get(link.code);
    const county = run.codes.get(link.county);
    if (!district) continue; // reported when it was written
    if (!county || county.level !== PlaceLevel.COUNTY) {
      run.unmatched(
        link.line,
        link.code,
        'county not a current place',
        `its county ${link.county} is not a current county, so it stays in its region`,
      );
      continue;
    }
    moves.push({ id: district.id, parent_id: county.id });
  }
  if (moves.length === 0) return;
  const moved = await returning<unknown>(
    run.db,
    `UPDATE place p SET parent_id = m.parent_id, version = p.version + 1, updated_at = now()
     FROM jsonb_to_recordset($1::jsonb) AS m(id uuid, parent_id uuid)
     WHERE p.id = m.id AND p.parent_id IS DISTINCT FROM m.parent_id RETURNING p.id`,
    [JSON.stringify(moves)],
  );
  // Those districts were counted once when written (under their region); moving them on is part of the same row.
  if (moved.length > 0) run.note(`${moved.length} districts were placed in their counties.`);
}
