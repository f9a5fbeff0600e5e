import { Inject, Injectable, Logger, OnModuleDestroy, OnModuleInit } from '@nestjs/common';
import PgBoss from 'pg-boss';

export const QUEUE_OPTIONS = Symbol('QUEUE_OPTIONS');

export interface QueueOptions {
  databaseUrl: string;
  /** How long stopping waits for running jobs before abandoning them (they are retried later). */
  stopTimeoutMs: number;
}

export interface RetryPolicy {
  retryLimit: number;
  /** The first wait; pg-boss doubles it after each failure (with jitter). */
  retryDelaySeconds: number;
}

export interface FailedJob<T> {
  id: string;
  data: T;
  attempts: number;
  createdAt: Date;
  failedAt: Date | null;
  lastError: string | null;
}

/**
 * A queue of background jobs on the application's PostgreSQL. Its own small pool runs as the
 * login role, outside any request's row-level security, so queueing from inside a request
 * never depends on that user's rights.
 */
@Injectable()
export class JobQueue implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger('JobQueue');
  private readonly boss: PgBoss;
  private stopped = false;

  constructor(@Inject(QUEUE_OPTIONS) private readonly options: QueueOptions) {
    this.boss = new PgBoss({
      connectionString: options.databaseUrl,
      max: 3,
      application_name: 'common-ground-queue',
      schedule: false,
      // Completed jobs go after a day; failed ones stay a month so an admin can see them.
      archiveCompletedAfterSeconds: 60 * 60,
      deleteAfterDays: 30,
    });
    this.boss.on('error', (error) => this.logger.error(`Background job queue: ${error.message}`));
  }

  async onModuleInit(): Promise<void> {
    await this.boss.start();
  }

  /** Registers a kind of job and the worker that runs it, one job at a time. */
  async define<T extends object>(name: string, retry: RetryPolicy, handler: (data: T) => Promise<void>): Promise<void> {
    await this.boss.createQueue(name, {
      name,
      retryLimit: retry.retryLimit,
      retryDelay: retry.retryDelaySeconds,
      retryBackoff: true,
    });
    await this.boss.work<T>(name, { pollingIntervalSeconds: 1 }, async ([job]) => handler(job.data));
  }

  /** Queues a job; resolves once it is stored, so it survives a restart. */
  async send<T extends object>(name: string, data: T): Promise<string | null> {
    return this.boss.send(name, data);
  }

  /** Jobs of this kind that ran out of retries, newest first (running ones and archived ones alike). */
  async failed<T>(name: string, limit = 50): Promise<FailedJob<T>[]> {
    const { rows } = await this.boss.getDb().executeSql(
      `SELECT id, data, retry_count, created_on, completed_on, output FROM pgboss.job WHERE name = $1 AND state = 'failed'
        UNION ALL
       SELECT id, data, retry_count, created_on, completed_on, output FROM pgboss.archive WHERE name = $1 AND state = 'failed'
        ORDER BY created_on DESC LIMIT $2`,
      [name, limit],
    );
    return rows.map((row) => ({
      id: row.id,
      data: row.data,
      attempts: row.retry_count + 1,
      createdAt: row.created_on,
      failedAt: row.completed_on,
      lastError: row.output?.message ?? null,
    }));
  }

  /** Stops fetching jobs, waits (bounded) for running ones, then closes the pool. */
  async onModuleDestroy(): Promise<void> {
    if (this.stopped) return;
    this.stopped = true;
    await this.boss.stop({ graceful: true, wait: true, close: true, timeout: this.options.stopTimeoutMs });
  }
}
