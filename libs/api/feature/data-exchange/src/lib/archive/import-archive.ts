import { Actor, RecordEntity, RecordWriter, WriteOptions } from '@cg/api/core/database';
import { DomainError } from '@cg/shared/domain';
import { Visibility } from '@cg/shared/domain';
import { Readable } from 'node:stream';
import { DeepPartial, EntityManager, EntityTarget } from 'typeorm';
import { Entry, open as openZip, ZipFile } from 'yauzl';
import { readCsv } from '../csv/read-csv';
import { CsvImportReport } from '../import/csv-import-report';
import { runCsvImport } from '../import/run-csv-import';
import { CSV_KINDS } from '../kinds/kind-spec';
import { ARCHIVE_FORMAT } from './export-archive';
import { importLinked, LINKED } from './linked';
import { importStructure, STRUCTURE, StructureCounts } from './structure';

export interface ArchiveImportOptions {
  writer: RecordWriter;
  fileName: string;
  ownerOrganisationId: string;
  visibility: Visibility;
  actor: Actor;
  dryRun: boolean;
}

export interface ArchiveImportReport {
  dryRun: boolean;
  /** Why nothing was imported, when the archive could not be used. */
  problem: string | null;
  structure: StructureCounts[];
  files: CsvImportReport[];
}

class RollBack extends Error {
  constructor(readonly report: ArchiveImportReport) {
    super('rolled back');
  }
}

/**
 * Imports an archive made by exportArchive, all of it in one transaction: the partnerships,
 * projects, outcomes and indicators first, then each CSV in the order their references need,
 * then the funding, needs, stories, affiliations and participants that point at all of them.
 * A file that cannot be used rolls the whole archive back; rows that cannot be used are in
 * that file's report. Everything is owned by the importing organisation.
 */
export async function importArchive(zipFile: string, options: ArchiveImportOptions): Promise<ArchiveImportReport> {
  const zip = await openArchive(zipFile);
  try {
    const entries = await listEntries(zip);
    const manifest = entries.get('manifest.json');
    const format = manifest
      ? (JSON.parse((await readAll(zip, manifest)).toString('utf8')) as { format?: string }).format
      : undefined;
    if (format !== ARCHIVE_FORMAT)
      return refused(options, 'This zip is not a Common Ground archive: it has no manifest.json from an export.');
    return await options.writer
      .transaction(async (m) => {
        const report: ArchiveImportReport = { dryRun: options.dryRun, problem: null, structure: [], files: [] };
        for (const kind of STRUCTURE) {
          const entry = entries.get(kind.file);
          if (!entry) continue;
          const records = JSON.parse((await readAll(zip, entry)).toString('utf8')) as Record<string, unknown>[];
          report.structure.push(
            await importStructure(m, kind, records, (entity, values) => write(m, options, entity, values)),
          );
        }
        for (const kind of CSV_KINDS) {
          const entry = entries.get(`${kind}.csv`);
          if (!entry) continue;
          const file = await runCsvImport(await readCsv(await entryStream(zip, entry)), {
            ...options,
            kind,
            fileName: `${options.fileName}/${kind}.csv`,
            source: 'Common Ground archive',
            manager: m,
            dryRun: false,
            mapping: null,
            confirmations: {},
          });
          report.files.push({ ...file, dryRun: options.dryRun });
          if (file.problem && !/no rows to import/.test(file.problem)) {
            throw new RollBack({ ...report, problem: `${kind}.csv: ${file.problem}` });
          }
        }
        for (const kind of LINKED) {
          const entry = entries.get(kind.file);
          if (!entry) continue;
          const records = JSON.parse((await readAll(zip, entry)).toString('utf8')) as Record<string, unknown>[];
          report.structure.push(
            await importLinked(m, kind, records, options.ownerOrganisationId, (entity, values, children) =>
              write(m, options, entity, values, children),
            ),
          );
        }
        if (options.dryRun) throw new RollBack(report);
        return report;
      })
      .catch((error: unknown) => {
        if (error instanceof RollBack) return error.report;
        if (error instanceof Error && !(error instanceof DomainError)) return refused(options, error.message);
        throw error;
      });
  } finally {
    zip.close();
  }
}

function write(
  m: EntityManager,
  options: ArchiveImportOptions,
  entity: EntityTarget<RecordEntity>,
  values: DeepPartial<RecordEntity>,
  children?: WriteOptions<RecordEntity>['children'],
) {
  return options.writer.create(
    entity,
    { ...values, ownerOrganisationId: options.ownerOrganisationId } as DeepPartial<RecordEntity>,
    options.actor,
    { manager: m, children },
  );
}

function refused(options: ArchiveImportOptions, problem: string): ArchiveImportReport {
  return { dryRun: options.dryRun, problem, structure: [], files: [] };
}

function openArchive(file: string): Promise<ZipFile> {
  return new Promise((resolve, reject) =>
    openZip(file, { lazyEntries: true, autoClose: false }, (error, zip) =>
      error || !zip
        ? reject(new DomainError('BAD_USER_INPUT', 'The file is not a zip archive.', { field: 'body' }))
        : resolve(zip),
    ),
  );
}

function listEntries(zip: ZipFile): Promise<Map<string, Entry>> {
  const entries = new Map<string, Entry>();
  return new Promise((resolve, reject) => {
    zip.on('entry', (entry: Entry) => {
      entries.set(entry.fileName, entry);
      zip.readEntry();
    });
    zip.on('end', () => resolve(entries));
    zip.on('error', reject);
    zip.readEntry();
  });
}

function entryStream(zip: ZipFile, entry: Entry): Promise<Readable> {
  return new Promise((resolve, reject) =>
    zip.openReadStream(entry, (error, stream) => (error || !stream ? reject(error) : resolve(stream))),
  );
}

async function readAll(zip: ZipFile, entry: Entry): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of await entryStream(zip, entry)) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}
