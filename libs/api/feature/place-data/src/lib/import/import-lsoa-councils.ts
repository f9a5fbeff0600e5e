import { PlaceLevel } from '@cg/shared/domain';
import { ImportRun, returning } from './import-run';
import { BATCH_SIZE, csvRows, inBatches } from './read-rows';

/**
 * mySociety's LSOA → council lookup (lookup_lsoa_to_registry.csv: lsoa, local-authority-code):
 * each small area already imported moves under its current council, named by register code
 * (the council list makes those aliases). Areas not imported yet are reported, not invented:
 * the IoD files bring England's LSOAs with their names; Welsh, Scottish and Northern Irish small
 * areas have no importer yet.
 */
export async function importLsoaCouncils(run: ImportRun, file: string): Promise<void> {
  for await (const rows of inBatches(csvRows(file), BATCH_SIZE)) {
    run.read(rows.length);
    const pairs = rows.map(({ line, record }) => ({
      line,
      lsoa: record['lsoa'],
      council: record['local-authority-code'],
    }));
    await run.codes.load(pairs.flatMap((pair) => [pair.lsoa, pair.council]));
    const moves = new Map<string, string>();
    for (const { line, lsoa, council } of pairs) {
      if (!lsoa || !council) {
        run.unmatched(line, lsoa || '(blank)', 'row without an LSOA or council');
        continue;
      }
      const area = run.codes.get(lsoa);
      const authority = run.codes.get(council);
      if (!authority) {
        run.unmatched(
          line,
          lsoa,
          'council not imported',
          `council ${council} is not known (import the council list first)`,
        );
      } else if (authority.level !== PlaceLevel.LOCAL_AUTHORITY) {
        run.unmatched(
          line,
          lsoa,
          'council is not a local authority',
          `council ${council} is ${authority.code}, a ${authority.level.toLowerCase()}`,
        );
      } else if (!area) {
        run.unmatched(
          line,
          lsoa,
          'small area not imported',
          `${lsoa} is not a place (England's come with the IoD 2019 LSOA file)`,
        );
      } else {
        moves.set(area.id, authority.id);
      }
    }
    if (moves.size === 0) continue;
    const moved = await returning<unknown>(
      run.db,
      `UPDATE place p SET parent_id = m.parent_id, version = p.version + 1, updated_at = now()
       FROM jsonb_to_recordset($1::jsonb) AS m(id uuid, parent_id uuid)
       WHERE p.id = m.id AND p.parent_id IS DISTINCT FROM m.parent_id RETURNING p.id`,
      [JSON.stringify([...moves].map(([id, parent_id]) => ({ id, parent_id })))],
    );
    run.written(0, moved.length, moves.size - moved.length);
  }
}
