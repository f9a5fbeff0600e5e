import { Injectable, Logger, OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { SessionUser } from '@cg/api/core/auth';
import { ImportJobEntity, runAsSystem } from '@cg/api/core/database';
import { ConnectionArgs, ConnectionOf, paginate, SortDirection } from '@cg/api/core/graphql';
import { rm } from 'node:fs/promises';
import { DataSource } from 'typeorm';
import { openText } from '../import/read-rows';
import { PlaceImportReport } from '../import/import-report';
import { PlaceImportKind } from '../import/place-import-kind';
import { runPlaceImport } from '../import/run-place-import';
import { ImportJob, ImportJobStatus, ImportReport } from './import-job.type';
import { DomainError, notFound } from '@cg/shared/domain';

// write-gate: system work, because import jobs are the system's own bookkeeping, written as the system (runAsSystem).

/** Imports of official data change reference data for everyone: instance admins only. */
export function requireInstanceAdmin(user: SessionUser | undefined): SessionUser {
  if (!user) throw new DomainError('UNAUTHENTICATED', 'Sign in first.');
  if (!user.isInstanceAdmin)
    throw new DomainError('FORBIDDEN', 'Only instance administrators can import official place data.');
  return user;
}

/**
 * Runs imports of uploaded files in the background, one at a time per process (they write the
 * same reference tables), and keeps their progress and report in `import_job`. Progress is
 * written from outside the import's transaction, so the screen sees it while the rows are
 * still uncommitted.
 */
@Injectable()
export class ImportJobService implements OnApplicationShutdown {
  private readonly logger = new Logger('ImportJobs');
  private queue: Promise<unknown> = Promise.resolve();

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Queues an import of `file` (a temporary copy of the upload, removed afterwards). */
  async start(user: SessionUser, kind: PlaceImportKind, file: string, fileName: string): Promise<ImportJob> {
    const job = await runAsSystem(() =>
      this.dataSource.getRepository(ImportJobEntity).save({ kind, fileName, status: 'QUEUED', startedBy: user.id }),
    );
    const done = this.queue.then(() => runAsSystem(() => this.run(job.id, kind, file, fileName)));
    this.queue = done.catch(() => undefined);
    return toImportJob(job);
  }

  /** Resolves when every queued import has finished (tests, shutdown). */
  async idle(): Promise<void> {
    await this.queue;
  }

  async onApplicationShutdown(): Promise<void> {
    await this.idle();
  }

  async findById(user: SessionUser | undefined, id: string): Promise<ImportJob> {
    requireInstanceAdmin(user);
    const job = await this.dataSource.getRepository(ImportJobEntity).findOneBy({ id });
    if (!job) throw notFound('import job', id);
    return toImportJob(job);
  }

  list(user: SessionUser | undefined, args: ConnectionArgs): Promise<ConnectionOf<ImportJob>> {
    requireInstanceAdmin(user);
    const qb = this.dataSource.getRepository(ImportJobEntity).createQueryBuilder('j');
    return paginate(qb, {
      args,
      idColumn: 'j.id',
      sort: [{ sql: 'j.created_at', direction: SortDirection.DESC }],
      map: toImportJob,
    });
  }

  private async run(id: string, kind: PlaceImportKind, file: string, fileName: string): Promise<void> {
    const jobs = this.dataSource.getRepository(ImportJobEntity);
    try {
      const rowsTotal = kind === PlaceImportKind.BOUNDARIES ? null : await countRows(file);
      await jobs.update(id, { status: 'RUNNING', rowsTotal });
      let progress = Promise.resolve();
      const report = await runPlaceImport(this.dataSource, kind, file, {
        fileName,
        onProgress: ({ rowsRead }) => {
          progress = progress.then(() => jobs.update(id, { rowsRead }).then(() => undefined)).catch(() => undefined);
        },
      });
      await progress;
      await jobs.update(id, {
        status: 'SUCCEEDED',
        rowsRead: report.rowsRead,
        report: report as never,
        finishedAt: new Date(),
      });
    } catch (error) {
      // Said with the upload's name: the temporary file's path means nothing to the admin.
      const message = (error instanceof Error ? error.message : String(error)).split(file).join(fileName);
      this.logger.warn(`Import ${id} (${kind}, ${fileName}) failed: ${message}`);
      await jobs.update(id, { status: 'FAILED', report: { error: message }, finishedAt: new Date() });
    } finally {
      await rm(file, { force: true });
    }
  }
}

/** Rows of a CSV (lines less the header), counted in a quick streaming pass, for the progress bar. */
async function countRows(file: string): Promise<number> {
  let lines = 0;
  for await (const chunk of await openText(file)) {
    for (const byte of chunk as Buffer) if (byte === 10) lines++;
  }
  return Math.max(lines - 1, 0);
}

function toImportJob(row: ImportJobEntity): ImportJob {
  const stored = row.report as (Partial<PlaceImportReport> & { error?: string }) | null;
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
          notes: stored.notes ?? [],
          elapsedMs: stored.elapsedMs ?? 0,
          rowsPerSecond: stored.rowsPerSecond ?? 0,
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
    finishedAt: row.finishedAt,
  };
}
