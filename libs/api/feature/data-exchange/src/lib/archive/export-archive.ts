import { DataSource, QueryRunner } from 'typeorm';
import { Readable } from 'node:stream';
import { ZipFile } from 'yazl';
import { csvStream } from '../csv/write-csv';
import { CSV_KINDS } from '../kinds/kind-spec';
import { KINDS } from '../kinds/kinds';
import { LINKED } from './linked';
import { STRUCTURE } from './structure';

export const ARCHIVE_FORMAT = 'common-ground-archive';
const BATCH = 1000;

/** Who the archive is of: one organisation's records, or (null) the whole instance. */
export interface ArchiveScope {
  organisationId: string | null;
  organisationName: string | null;
}

/**
 * Everything an organisation owns (or, for an instance admin, every record) as one zip: a CSV
 * per kind in the layout the CSV importer reads, JSON for the partnerships, projects, outcomes
 * and indicators those rows point at, JSON for the funding, needs, stories, affiliations and
 * project participants that join them (linked.ts), and a manifest. Read in one REPEATABLE READ transaction,
 * so the files agree with each other, and streamed in batches: memory stays flat. Row-level
 * security applies as to any read, so private fields and other organisations' PRIVATE records
 * never leave. yazl writes the zip as a stream (no temporary file); yauzl reads it back.
 */
export async function exportArchive(dataSource: DataSource, scope: ArchiveScope): Promise<Readable> {
  const runner = dataSource.createQueryRunner();
  await runner.connect();
  await runner.startTransaction('REPEATABLE READ');
  const zip = new ZipFile();
  const counts: Record<string, number> = {};
  const done = async () => {
    await runner.commitTransaction().catch(() => undefined);
    await runner.release();
  };
  try {
    for (const kind of CSV_KINDS) {
      const spec = KINDS[kind];
      const columns = spec.fields.map((field) => field.name);
      counts[`${kind}.csv`] = 0;
      const rows = batches(runner, spec.exportSql, scope.organisationId, () => counts[`${kind}.csv`]++);
      zip.addReadStream(csvStream(columns, rows), `${kind}.csv`);
    }
    for (const kind of [...STRUCTURE, ...LINKED]) {
      const records: unknown[] = await runner.query(kind.exportSql, [scope.organisationId]);
      counts[kind.file] = records.length;
      zip.addBuffer(Buffer.from(JSON.stringify(records, null, 2)), kind.file);
    }
  } catch (error) {
    await done();
    throw error;
  }
  // The manifest goes last, once the streams above have been read and counted.
  const manifest = () =>
    Buffer.from(
      JSON.stringify(
        {
          format: ARCHIVE_FORMAT,
          version: 1,
          exportedAt: new Date().toISOString(),
          organisation: scope.organisationId ? scope : null,
          files: counts,
        },
        null,
        2,
      ),
    );
  zip.addReadStream(
    Readable.from(
      (async function* () {
        yield manifest();
      })(),
    ),
    'manifest.json',
  );
  zip.end();
  zip.outputStream.on('end', () => void done());
  zip.outputStream.on('error', () => void done());
  return zip.outputStream as Readable;
}

async function* batches(
  runner: QueryRunner,
  sql: string,
  organisationId: string | null,
  counted: () => void,
): AsyncGenerator<Record<string, unknown>> {
  for (let offset = 0; ; offset += BATCH) {
    const rows: Record<string, unknown>[] = await runner.query(`${sql} LIMIT ${BATCH} OFFSET ${offset}`, [
      organisationId,
    ]);
    for (const row of rows) {
      counted();
      yield row;
    }
    if (rows.length < BATCH) return;
  }
}
