import { ImportJobEntity } from '@cg/api/core/database';
import { ImportJob, ImportJobStatus, ImportReport } from './import-job.type';
import { ImportJobReport } from './import-runner';

/** The stored job as the API shows it: the report when it finished, the error when it did not. */
export function toImportJob(row: ImportJobEntity): ImportJob {
  const stored = row.report as (Partial<ImportJobReport> & { error?: string }) | null;
  const report: ImportReport | null =
    stored && stored.rowsRead !== undefined
      ? {
          rowsRead: stored.rowsRead,
          inserted: stored.inserted ?? 0,
          updated: stored.updated ?? 0,
          unchanged: stored.unchanged ?? 0,
          aliases: stored.aliases ?? 0,
          unmatchedCount: stored.unmatchedCount ?? 0,
          unmatched: stored.unmatched ?? [],
          unmatchedReasons: Object.entries(stored.unmatchedReasons ?? {}).map(([reason, count]) => ({ reason, count })),
          tallies: Object.entries(stored.tallies ?? {}).map(([label, count]) => ({ label, count })),
          notes: stored.notes ?? [],
          elapsedMs: stored.elapsedMs ?? 0,
          rowsPerSecond: stored.rowsPerSecond ?? 0,
          resultId: stored.resultId ?? null,
          dryRun: stored.dryRun ?? false,
        }
      : null;
  return {
    id: row.id,
    kind: row.kind,
    fileName: row.fileName,
    status: row.status as ImportJobStatus,
    rowsRead: row.rowsRead,
    rowsTotal: row.rowsTotal,
    report,
    error: stored?.error ?? null,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    finishedAt: row.finishedAt,
  };
}
