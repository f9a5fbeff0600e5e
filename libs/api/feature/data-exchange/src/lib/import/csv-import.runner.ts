import { RecordWriter } from '@cg/api/core/database';
import { countCsvRows, ImportJobReport, ImportRunner, PROBLEMS_LISTED } from '@cg/api/core/imports';
import { Visibility } from '@cg/shared/domain';
import { createReadStream } from 'node:fs';
import { CsvKind } from '../kinds/kind-spec';
import { CsvImportReport } from './csv-import-report';
import { Confirmations } from './references';
import { importCsvFile } from './run-csv-import';

/** What a CSV import job keeps of the upload's choices (stored on the job as they were made). */
export interface CsvJobOptions {
  kind: CsvKind;
  source: string;
  ownerOrganisationId: string;
  visibility: Visibility;
  mapping: Record<string, string> | null;
  confirmations: Confirmations;
}

/** A file the import could not use at all: the job fails, its report still names the history entry. */
class CsvFileRefused extends Error {
  constructor(readonly report: ImportJobReport) {
    super(report.notes[0] ?? 'The file could not be used.');
  }
}

/**
 * A real CSV import as a background job (`POST /imports/csv/<kind>?dryRun=false`): run by the
 * job service, under the uploader's access scope, in one transaction, with progress on the job.
 * The whole CSV report stays in the import's history entry (`resultId`), as before; the job
 * keeps its counts. Not in the upload-route registry: CSV uploads arrive at their own route,
 * which also answers dry runs in the request.
 */
export function csvImportRunner(writer: RecordWriter): ImportRunner<CsvJobOptions> {
  return {
    kind: 'csv',
    route: 'csv',
    runsAs: 'user',
    auditsItself: true,
    accept: () => {
      throw new Error('CSV imports are started by POST /imports/csv/<kind>.');
    },
    organisationOf: (options) => options.ownerOrganisationId,
    countRows: (file) => countCsvRows(file),
    run: async ({ file, fileName, options, userId, progress }) => {
      const report = await importCsvFile(
        createReadStream(file),
        {
          writer,
          kind: options.kind,
          fileName,
          source: options.source,
          ownerOrganisationId: options.ownerOrganisationId,
          visibility: options.visibility,
          actor: { userId },
          dryRun: false,
          mapping: options.mapping,
          confirmations: options.confirmations,
        },
        (done) => progress(done.rowsRead),
      );
      const summary = jobReport(report);
      if (report.problem) throw new CsvFileRefused(summary);
      return summary;
    },
  };
}

/** The CSV report as every import's report reads: rows, what was written, what was not and why. */
export function jobReport(report: CsvImportReport): ImportJobReport {
  const { counts } = report;
  const notImported = report.rejected.slice(0, PROBLEMS_LISTED);
  const reasons: Record<string, number> = {};
  if (counts.rejected > 0) reasons['rows with errors'] = counts.rejected;
  if (counts.needsConfirmation > 0) reasons['names to confirm'] = counts.needsConfirmation;
  return {
    rowsRead: counts.rows,
    inserted: counts.created,
    updated: counts.updated,
    unchanged: counts.matched,
    unmatchedCount: counts.rejected + counts.needsConfirmation,
    unmatched: notImported.map((row) => ({ line: row.line, code: `line ${row.line}`, reason: row.error })),
    unmatchedReasons: reasons,
    notes: report.problem ? [report.problem, ...report.notes] : report.notes,
    tallies: { [`${report.kind} created`]: counts.created },
    elapsedMs: report.elapsedMs,
    rowsPerSecond: report.rowsPerSecond,
    resultId: report.importId,
  };
}
