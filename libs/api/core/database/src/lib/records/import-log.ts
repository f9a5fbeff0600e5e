import { AuditAction } from '@cg/shared/domain';
import { EntityManager } from 'typeorm';
import { AuditLogEntity } from '../../entities/audit-log.entity';
import { CsvColumnMappingEntity, CsvImportEntity } from '../../entities/csv-import.entity';

/** What the history and the audit log keep of one import. */
export interface ImportLogEntry {
  organisationId: string;
  kind: string;
  fileName: string;
  source: string;
  status: 'SUCCEEDED' | 'FAILED';
  actorId: string | null;
  /** Counts for the audit row; the whole report for the history. */
  counts: Record<string, number>;
  report: Record<string, unknown>;
}

/**
 * The bookkeeping of an import, beside the records RecordWriter wrote for it, in the same
 * transaction: one history row, and one audit row naming the file, its counts and who ran it
 * (each record written also has its own audit row). Lives with the write gate, not in a
 * feature, because audit rows are the gate's to write.
 */
export async function logImport(manager: EntityManager, entry: ImportLogEntry): Promise<CsvImportEntity> {
  const saved = await manager.save(CsvImportEntity, {
    organisationId: entry.organisationId,
    kind: entry.kind,
    fileName: entry.fileName,
    source: entry.source,
    status: entry.status,
    startedBy: entry.actorId,
    report: entry.report,
  });
  if (entry.status === 'SUCCEEDED') {
    await manager.save(AuditLogEntity, {
      actorId: entry.actorId,
      ownerOrganisationId: entry.organisationId,
      recordType: 'csv_import',
      recordId: saved.id,
      action: AuditAction.CREATE,
      changes: {
        fileName: { before: null, after: entry.fileName },
        kind: { before: null, after: entry.kind },
        ...Object.fromEntries(
          Object.entries(entry.counts).map(([name, count]) => [name, { before: null, after: count }]),
        ),
      },
    });
  }
  return saved;
}

/** Remembers which column feeds which field for the next file from the same source. */
export async function rememberMapping(
  manager: EntityManager,
  key: { organisationId: string; kind: string; source: string },
  mapping: Record<string, string>,
): Promise<void> {
  await manager.upsert(CsvColumnMappingEntity, { ...key, mapping, updatedAt: new Date() }, [
    'organisationId',
    'kind',
    'source',
  ]);
}
