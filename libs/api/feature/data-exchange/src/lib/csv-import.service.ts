import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { SessionUser } from '@cg/api/core/auth';
import { CsvImportEntity, RecordWriter } from '@cg/api/core/database';
import { ConnectionArgs, ConnectionOf, paginate, SortDirection } from '@cg/api/core/graphql';
import { DomainError, notFound } from '@cg/shared/domain';
import { OrganisationRole, Visibility } from '@cg/shared/domain';
import { createReadStream } from 'node:fs';
import { DataSource } from 'typeorm';
import { csvText } from './csv/write-csv';
import { CsvImportReport } from './import/csv-import-report';
import { importCsvFile } from './import/run-csv-import';
import { Confirmations } from './import/references';
import { CsvKind } from './kinds/kind-spec';
import { CsvImport } from './csv-import.type';

/** Kinds a coordinator may import: the day-to-day log, as write-rights.ts lets them write. */
const COORDINATOR_KINDS: readonly CsvKind[] = ['activities', 'measurements'];

export interface CsvUpload {
  kind: CsvKind;
  file: string;
  fileName: string;
  source: string;
  organisationId: string | null;
  visibility: Visibility;
  dryRun: boolean;
  mapping: Record<string, string> | null;
  confirmations: Confirmations;
}

/**
 * The organisation an import writes for, if the user may import this kind into it: instance
 * admins any organisation they name; an organisation's admins into theirs; its coordinators
 * the activity and measurement log; viewers nothing. Judged before the file is read, so a
 * refused user learns nothing from it; every row is judged again by RecordWriter.
 */
export function importingOrganisation(
  user: SessionUser | undefined,
  kind: CsvKind | null,
  organisationId: string | null,
): string {
  if (!user) throw new DomainError('UNAUTHENTICATED', 'Sign in to import or export.');
  const acting = user.memberships.filter((m) => m.role !== OrganisationRole.VIEWER);
  const only = (list: readonly { organisationId: string }[]) => (list.length === 1 ? list[0].organisationId : null);
  const chosen = organisationId ?? only(acting) ?? only(user.memberships);
  if (!chosen) {
    throw new DomainError('BAD_USER_INPUT', 'Say which organisation the imported records belong to (organisationId).', {
      field: 'organisationId',
    });
  }
  if (user.isInstanceAdmin) return chosen;
  const role = user.memberships.find((m) => m.organisationId === chosen)?.role;
  const allowed =
    role === OrganisationRole.ORG_ADMIN ||
    (role === OrganisationRole.COORDINATOR && (kind === null || COORDINATOR_KINDS.includes(kind)));
  if (!allowed) {
    throw new DomainError(
      'FORBIDDEN',
      role === OrganisationRole.COORDINATOR
        ? 'Coordinators can import activities and measurements only; ask an administrator of your organisation.'
        : 'Only administrators and coordinators of the organisation can import into it.',
    );
  }
  return chosen;
}

@Injectable()
export class CsvImportService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly writer: RecordWriter,
  ) {}

  /** Imports (or dry-runs) an uploaded file, streamed from its temporary copy. */
  run(user: SessionUser | undefined, upload: CsvUpload): Promise<CsvImportReport> {
    const owner = importingOrganisation(user, upload.kind, upload.organisationId);
    return importCsvFile(createReadStream(upload.file), {
      writer: this.writer,
      kind: upload.kind,
      fileName: upload.fileName,
      source: upload.source,
      ownerOrganisationId: owner,
      visibility: upload.visibility,
      actor: { userId: user?.id ?? null },
      dryRun: upload.dryRun,
      mapping: upload.mapping,
      confirmations: upload.confirmations,
    });
  }

  /** Past imports of the user's organisations (row-level security), newest first. */
  history(user: SessionUser | undefined, args: ConnectionArgs): Promise<ConnectionOf<CsvImport>> {
    if (!user) throw new DomainError('UNAUTHENTICATED', 'Sign in first.');
    // Raw rows: the report's counts and problem only, never its listed rows, for a page of history.
    const qb = this.dataSource
      .createQueryBuilder()
      .from(CsvImportEntity, 'c')
      .leftJoin('user_account', 'u', 'u.id = c.started_by')
      .leftJoin('organisation', 'o', 'o.id = c.organisation_id')
      .select('c.id', 'id')
      .addSelect(['c.kind AS kind', 'c.file_name AS file_name', 'c.source AS source', 'c.status AS status'])
      .addSelect(['c.organisation_id AS organisation_id', 'o.name AS organisation_name', 'u.name AS started_by_name'])
      .addSelect(["c.report -> 'counts' AS counts", "c.report ->> 'problem' AS problem", 'c.created_at AS created_at']);
    return paginate(qb, {
      args,
      idColumn: 'c.id',
      sort: [{ sql: 'c.created_at', direction: SortDirection.DESC }],
      rows: 'raw',
      map: (row) => toCsvImport(row as unknown as HistoryRow),
    });
  }

  /**
   * The rows an import did not write, as the file had them plus an `error` column naming the
   * field and the reason: fix them in a spreadsheet and upload the file again (the importer
   * ignores the error column, and rows already imported are matched, not doubled).
   */
  async errorFile(user: SessionUser | undefined, id: string): Promise<{ fileName: string; text: string }> {
    const found = await this.stored(user, id);
    const report = found.report as unknown as CsvImportReport;
    return { fileName: errorFileName(found.fileName), text: errorCsv(report) };
  }

  /** A past import's whole report: what each row did, the rows not imported, the notes. */
  async report(user: SessionUser | undefined, id: string): Promise<CsvImportReport> {
    const found = await this.stored(user, id);
    return { ...(found.report as unknown as CsvImportReport), importId: found.id };
  }

  /** A history entry the user may read (row-level security), or NOT_FOUND. */
  private async stored(user: SessionUser | undefined, id: string): Promise<CsvImportEntity> {
    if (!user) throw new DomainError('UNAUTHENTICATED', 'Sign in first.');
    const found = /^[0-9a-f-]{36}$/i.test(id)
      ? await this.dataSource.getRepository(CsvImportEntity).findOneBy({ id })
      : null;
    if (!found) throw notFound('import', id);
    return found;
  }
}

/** The error file of a report (a dry run's too, which the screen offers before importing). */
export function errorCsv(report: Pick<CsvImportReport, 'columns' | 'rejected'>): string {
  const columns = [...report.columns.filter((column) => column !== 'error'), 'error'];
  return csvText(
    columns,
    report.rejected.map((row) => ({ ...row.values, error: row.error })),
  );
}

export const errorFileName = (fileName: string) => `${fileName.replace(/\.csv$/i, '')}-errors.csv`;

interface HistoryRow {
  id: string;
  kind: string;
  file_name: string;
  source: string;
  status: string;
  organisation_id: string;
  organisation_name: string | null;
  started_by_name: string | null;
  counts: CsvImportReport['counts'] | null;
  problem: string | null;
  created_at: Date;
}

function toCsvImport(row: HistoryRow): CsvImport {
  return {
    id: row.id,
    kind: row.kind,
    fileName: row.file_name,
    source: row.source,
    status: row.status,
    organisationId: row.organisation_id,
    organisationName: row.organisation_name,
    startedByName: row.started_by_name,
    problem: row.problem,
    ...(row.counts ?? { rows: 0, created: 0, updated: 0, matched: 0, rejected: 0, needsConfirmation: 0 }),
    createdAt: row.created_at,
  };
}
