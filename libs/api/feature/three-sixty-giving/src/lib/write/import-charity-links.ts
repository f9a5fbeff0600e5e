import { openUpload, ImportJobReport, ImportReportBuilder } from '@cg/api/core/imports';
import { parse } from 'csv-parse';
import { DataSource } from 'typeorm';
import { GrantFileError } from '../read/grant-file-error';
import { canonicalOrgId } from './grant-values';

// write-gate: system work, because the identifier lookup is reference data no organisation owns, written as the system.

const BATCH = 1000;

/**
 * Imports a lookup of org-ids for the same body, in the layout of drkane's charity lookups
 * (`org_id_a, org_id_b, …, relationship, source`: charity ↔ company numbers, dual-registered
 * charities, re-registrations, mergers), into `organisation_identifier_link`. One transaction;
 * a re-import adds only what is new. Run as the system: it changes no one's records.
 */
export async function importCharityLinks(
  dataSource: DataSource,
  file: string,
  fileName: string,
  onProgress?: (rowsRead: number) => void,
): Promise<ImportJobReport> {
  const report = new ImportReportBuilder();
  await dataSource.transaction(async (m) => {
    let batch: { a: string; b: string; relationship: string; source: string }[] = [];
    const flush = async () => {
      if (batch.length === 0) return;
      const inserted: unknown[] = await m.query(
        `INSERT INTO organisation_identifier_link (identifier_a, identifier_b, relationship, source)
         SELECT * FROM unnest($1::citext[], $2::citext[], $3::text[], $4::text[]) ON CONFLICT DO NOTHING RETURNING 1`,
        [batch.map((r) => r.a), batch.map((r) => r.b), batch.map((r) => r.relationship), batch.map((r) => r.source)],
      );
      report.inserted += inserted.length;
      report.unchanged += batch.length - inserted.length;
      batch = [];
    };
    const rows = (await openUpload(file)).pipe(parse({ bom: true, columns: true, skip_empty_lines: true, info: true }));
    let checked = false;
    for await (const { record, info } of rows as AsyncIterable<{
      record: Record<string, string>;
      info: { lines: number };
    }>) {
      if (!checked) {
        checked = true;
        if (!('org_id_a' in record) || !('org_id_b' in record))
          throw new GrantFileError(
            `${fileName} is not an identifier lookup: it needs the columns org_id_a and org_id_b.`,
          );
      }
      report.rowsRead++;
      onProgress?.(report.rowsRead);
      const a = canonicalOrgId(record['org_id_a'] ?? '');
      const b = canonicalOrgId(record['org_id_b'] ?? '');
      if (!a || !b || a.toUpperCase() === b.toUpperCase()) {
        report.problem(info.lines, `${a} ${b}`.trim(), 'blank or identical identifiers');
        continue;
      }
      batch.push({ a, b, relationship: record['relationship'] || 'sameas', source: record['source'] || fileName });
      if (batch.length >= BATCH) await flush();
    }
    await flush();
  });
  return report.report();
}
