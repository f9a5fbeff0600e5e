import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { SessionUser } from '@cg/api/core/auth';
import {
  AccessScope,
  AuditLogEntity,
  currentAccessScope,
  ImportJobEntity,
  runAsSystem,
  runWithAccessScope,
} from '@cg/api/core/database';
import { ConnectionArgs, ConnectionOf, paginate, SortDirection } from '@cg/api/core/graphql';
import { DomainError, notFound } from '@cg/shared/domain';
import { AuditAction } from '@cg/shared/domain';
import { rm } from 'node:fs/promises';
import { DataSource } from 'typeorm';
import { toImportJob } from './import-job.mapper';
import { ImportJob } from './import-job.type';
import { ImportJobReport, ImportRunner } from './import-runner';
import { leaseKey, takeLease } from './job-lease';

// write-gate: system work, because import jobs and their audit entries are the system's own bookkeeping, written as the system (runAsSystem).

/** Imports of official data change reference data for everyone: instance admins only. */
export function requireInstanceAdmin(user: SessionUser | undefined): SessionUser {
  if (!user) throw new DomainError('UNAUTHENTICATED', 'Sign in first.');
  if (!user.isInstanceAdmin)
    throw new DomainError('FORBIDDEN', 'Only instance administrators can import official place data.');
  return user;
}

/** How often a running job says it is alive, and how long a silent one is trusted before it counts as lost. */
const HEARTBEAT_MS = 10_000;
export const LOST_AFTER_MS = 60_000;

export const INTERRUPTED_MESSAGE =
  'The server stopped while this import ran. Imports write in one transaction, so nothing of it was kept: upload the file again.';
/** How often a process looks for jobs another process (sharing the database) lost. */
const SWEEP_MS = 60_000;

/**
 * Runs imports of uploaded files in the background, one at a time per process (they write the
 * same tables), and keeps their progress and report in `import_job`. Progress is written from
 * outside the import's transaction, so the screen sees it while the rows are still
 * uncommitted. An import runs as its runner says: under the uploader's access scope (their
 * records, through RecordWriter) or as the system (reference data).
 *
 * A job whose process died would stay RUNNING for ever: on start-up (and every minute after,
 * for other processes on the same database), a RUNNING job whose lease is free (its process
 * held an advisory lock while it ran: job-lease.ts) and any job whose heartbeat stopped are
 * marked INTERRUPTED. Their transaction died with the connection, so the database holds
 * nothing of them (rolled back); the message says to upload again.
 */
@Injectable()
export class ImportJobService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('ImportJobs');
  private queue: Promise<unknown> = Promise.resolve();
  private sweep?: NodeJS.Timeout;

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.recoverLost();
    clearInterval(this.sweep);
    this.sweep = setInterval(() => void this.recoverLost().catch(() => undefined), SWEEP_MS);
    this.sweep.unref();
  }

  private async recoverLost(): Promise<void> {
    const lost = await this.markInterrupted(LOST_AFTER_MS);
    if (lost > 0) this.logger.warn(`${lost} import job(s) lost their process and were marked interrupted.`);
  }

  /**
   * Marks as INTERRUPTED the RUNNING jobs whose lease no process holds, and QUEUED and RUNNING
   * jobs silent for `silentForMs`; how many. The lease is tried with a transaction-level lock,
   * released as the statement ends.
   */
  async markInterrupted(silentForMs: number): Promise<number> {
    const rows: unknown[] = await runAsSystem(() =>
      this.dataSource.query(
        `UPDATE import_job SET status = 'INTERRUPTED', finished_at = now(), report = jsonb_build_object('error', $2::text)
         WHERE (status = 'RUNNING' AND pg_try_advisory_xact_lock(${leaseKey('id')}))
            OR (status IN ('QUEUED', 'RUNNING') AND coalesce(heartbeat_at, updated_at) < now() - make_interval(secs => $1 / 1000.0))
         RETURNING id`,
        [silentForMs, INTERRUPTED_MESSAGE],
      ),
    );
    const affected = Array.isArray(rows[0]) ? (rows[0] as unknown[]).length : rows.length;
    return affected;
  }

  /** Queues an import of `file` (a temporary copy of the upload, removed afterwards). */
  async start<O>(
    runner: ImportRunner<O>,
    user: SessionUser | null,
    options: O,
    file: string,
    fileName: string,
  ): Promise<ImportJob> {
    const scope = runner.runsAs === 'user' ? currentAccessScope() : undefined;
    if (runner.runsAs === 'user' && !scope)
      throw new Error(`The ${runner.kind} import runs as its uploader, in a request.`);
    const job = await runAsSystem(() =>
      this.dataSource.getRepository(ImportJobEntity).save({
        kind: runner.kind,
        fileName,
        status: 'QUEUED',
        startedBy: user?.id ?? null,
        organisationId: runner.organisationOf(options),
        options: options as Record<string, unknown>,
        heartbeatAt: new Date(),
      }),
    );
    const done = this.queue.then(() =>
      runAsSystem(() => this.run(job.id, runner, scope, user, options, file, fileName)),
    );
    this.queue = done.catch(() => undefined);
    return toImportJob(job);
  }

  /** Resolves when every queued import has finished (tests, shutdown). */
  async idle(): Promise<void> {
    await this.queue;
  }

  async onApplicationShutdown(): Promise<void> {
    clearInterval(this.sweep);
    await this.idle();
  }

  /** Row-level security decides: instance admins see every job, others their organisations' jobs. */
  async findById(user: SessionUser | undefined, id: string): Promise<ImportJob> {
    if (!user) throw new DomainError('UNAUTHENTICATED', 'Sign in first.');
    const job = await this.dataSource.getRepository(ImportJobEntity).findOneBy({ id });
    if (!job) throw notFound('import job', id);
    return toImportJob(job);
  }

  list(user: SessionUser | undefined, args: ConnectionArgs, kind?: string | null): Promise<ConnectionOf<ImportJob>> {
    if (!user) throw new DomainError('UNAUTHENTICATED', 'Sign in first.');
    const qb = this.dataSource.getRepository(ImportJobEntity).createQueryBuilder('j');
    if (kind) qb.where('j.kind = :kind', { kind });
    return paginate(qb, {
      args,
      idColumn: 'j.id',
      sort: [{ sql: 'j.created_at', direction: SortDirection.DESC }],
      map: toImportJob,
    });
  }

  private async run<O>(
    id: string,
    runner: ImportRunner<O>,
    scope: AccessScope | undefined,
    user: SessionUser | null,
    options: O,
    file: string,
    fileName: string,
  ): Promise<void> {
    const jobs = this.dataSource.getRepository(ImportJobEntity);
    let rowsRead = 0;
    let writing = Promise.resolve();
    // Progress and heartbeat in one small write, queued so they land in order.
    const beat = () => {
      const rows = rowsRead;
      writing = writing
        .then(() => jobs.update(id, { rowsRead: rows, heartbeatAt: new Date() }))
        .then(() => undefined)
        .catch(() => undefined);
    };
    const heartbeat = setInterval(beat, HEARTBEAT_MS);
    heartbeat.unref();
    let lastProgress = 0;
    let releaseLease: (() => Promise<void>) | undefined;
    try {
      const rowsTotal = runner.countRows ? await runner.countRows(file, options) : null;
      // Held before the job says RUNNING, so a RUNNING job with a free lease has surely lost its process.
      releaseLease = await takeLease(this.dataSource, id);
      await jobs.update(id, { status: 'RUNNING', rowsTotal, heartbeatAt: new Date() });
      const work = () =>
        runner.run({
          jobId: id,
          file,
          fileName,
          options,
          userId: user?.id ?? null,
          progress: (rows) => {
            rowsRead = rows;
            const now = Date.now();
            if (now - lastProgress >= 1000) {
              lastProgress = now;
              runAsSystem(beat);
            }
          },
        });
      const report = scope ? await runWithAccessScope(scope, work) : await work();
      await writing;
      await this.finish(id, runner, user, fileName, report);
    } catch (error) {
      // Said with the upload's name: the temporary file's path means nothing to the uploader.
      const message = (error instanceof Error ? error.message : String(error)).split(file).join(fileName);
      this.logger.warn(`Import ${id} (${runner.kind}, ${fileName}) failed: ${message}`);
      await writing;
      // A runner that refused rows says which in its report (kept beside the error), having written nothing.
      const rejected = (error as { report?: ImportJobReport }).report;
      await jobs.update(id, {
        status: 'FAILED',
        rowsRead: rejected?.rowsRead ?? rowsRead,
        report: { ...(rejected ?? {}), error: message } as never,
        finishedAt: new Date(),
      });
    } finally {
      clearInterval(heartbeat);
      await releaseLease?.().catch(() => undefined);
      await rm(file, { force: true });
    }
  }

  /** The job's report, and one audit entry per import: the file, the counts and who ran it. */
  private async finish<O>(
    id: string,
    runner: ImportRunner<O>,
    user: SessionUser | null,
    fileName: string,
    report: ImportJobReport,
  ) {
    await this.dataSource.transaction(async (m) => {
      await m.update(ImportJobEntity, id, {
        status: 'SUCCEEDED',
        rowsRead: report.rowsRead,
        report: report as never,
        finishedAt: new Date(),
        heartbeatAt: new Date(),
      });
      // A dry run wrote nothing to account for; an import that audits itself has done so.
      if (runner.auditsItself || report.dryRun) return;
      const job = await m.findOneByOrFail(ImportJobEntity, { id });
      await m.insert(AuditLogEntity, {
        actorId: user?.id ?? null,
        ownerOrganisationId: job.organisationId,
        recordType: 'import_job',
        recordId: id,
        action: AuditAction.CREATE,
        changes: importAuditChanges(runner.kind, fileName, report) as never,
      });
    });
  }
}

/** What the audit log keeps of an import: enough to answer "who brought this in, from which file, and what did it do". */
export function importAuditChanges(kind: string, fileName: string, report: ImportJobReport) {
  return {
    kind: { before: null, after: kind },
    fileName: { before: null, after: fileName },
    counts: {
      before: null,
      after: {
        rowsRead: report.rowsRead,
        inserted: report.inserted,
        updated: report.updated,
        unchanged: report.unchanged,
        rejected: report.unmatchedCount,
        ...(report.tallies ?? {}),
      },
    },
  };
}
