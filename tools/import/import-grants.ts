/**
 * npm run import -- 360giving <file> --organisation <id or org-id> [--visibility PUBLIC|PARTNERS|PRIVATE]
 * npm run import -- charity-links <file> [<file> …]
 *
 * 360Giving grants (JSON or flat CSV) become funding owned by the organisation named, written
 * through RecordWriter as the system; the charity ↔ company lookups (drkane's relationships/*.csv)
 * become reference data that recognises one body under two ids. One transaction per file.
 */
import { RecordWriter } from '@cg/api/core/database';
import { formatImportReport, ImportJobReport } from '@cg/api/core/imports';
import { detectFormat, importCharityLinks, importGrants } from '@cg/api/feature/three-sixty-giving';
import { Visibility } from '@cg/shared/domain';
import { resolve } from 'node:path';
import { DataSource } from 'typeorm';

export const GRANT_SUBJECTS = ['360giving', 'charity-links'];

/** A progress line rewritten in place: rows read and the rate so far. */
function progressLine(noun: string): (rows: number) => void {
  const started = Date.now();
  let last = 0;
  return (rows) => {
    const now = Date.now();
    if (now - last < 500) return;
    last = now;
    const rate = Math.round(rows / Math.max((now - started) / 1000, 0.001));
    process.stderr.write(
      `\r  ${rows.toLocaleString('en-GB')} ${noun} read, ${rate.toLocaleString('en-GB')} ${noun}/s   `,
    );
  };
}

async function owningOrganisation(dataSource: DataSource, given: string | undefined): Promise<string> {
  if (!given)
    throw new Error('Say which organisation owns the grants: --organisation <id or org-id such as GB-CHC-1234567>.');
  const rows: { id: string }[] = await dataSource.query(
    `SELECT id FROM organisation WHERE id::text = $1 UNION SELECT organisation_id FROM organisation_identifier WHERE identifier = $1::citext`,
    [given],
  );
  if (rows.length !== 1) throw new Error(`No organisation is ${given}.`);
  return rows[0].id;
}

export async function importGrantFiles(
  dataSource: DataSource,
  subject: string,
  files: string[],
  flags: { organisation?: string; visibility?: string },
): Promise<void> {
  for (const file of files.map((f) => resolve(f))) {
    process.stderr.write(`${subject} from ${file}\n`);
    let report: ImportJobReport;
    if (subject === 'charity-links') {
      report = await importCharityLinks(dataSource, file, file, progressLine('rows'));
    } else {
      const visibility = (flags.visibility ?? Visibility.PUBLIC) as Visibility;
      if (!Object.values(Visibility).includes(visibility))
        throw new Error(`--visibility is one of ${Object.values(Visibility).join(', ')}.`);
      report = await importGrants(dataSource, new RecordWriter(dataSource), { userId: null }, file, {
        format: await detectFormat(file),
        ownership: { organisationId: await owningOrganisation(dataSource, flags.organisation), visibility },
        fileName: file,
        onProgress: progressLine('grants'),
      }).catch((error: Error & { report?: ImportJobReport }) => {
        process.stderr.write('\n');
        if (error.report) console.log(formatImportReport(`${subject} from ${file}`, error.report));
        throw error;
      });
    }
    process.stderr.write('\n');
    console.log(formatImportReport(`${subject} from ${file}`, report));
  }
}
