import { Injectable, Logger, NestMiddleware } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { NextFunction, Request, Response } from 'express';
import { Client, ClientConfig } from 'pg';
import { DataSource } from 'typeorm';
import { RequestQueries, runWithRequestQueries } from './request-queries';

/**
 * Cancels a request's running statements when its client goes away before the answer is sent
 * (issue #13: a network of a region went on computing after curl gave up). The cancel is sent on
 * a connection of its own, as the login role (the request's connections run as cg_request, which
 * may not signal other sessions), so it never waits for the request's full pool.
 */
@Injectable()
export class CancelAbandonedQueriesMiddleware implements NestMiddleware {
  private readonly logger = new Logger(CancelAbandonedQueriesMiddleware.name);

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  use(req: Request, res: Response, next: NextFunction): void {
    // Writes run to their end even when the client leaves (a save is not undone because the tab
    // closed); only reads are cancelled.
    if (!isRead(req)) return next();
    const queries = new RequestQueries();
    res.on('close', () => {
      // 'close' after the whole answer was written is the normal end; before it, the client left.
      if (res.writableFinished) return;
      void queries.abandon((processId) => this.cancelBackend(processId));
    });
    runWithRequestQueries(queries, () => next());
  }

  private async cancelBackend(processId: number): Promise<void> {
    const pool = (this.dataSource.driver as unknown as { master?: { options: ClientConfig } }).master;
    if (!pool) return;
    const client = new Client(pool.options);
    try {
      await client.connect();
      await client.query('SELECT pg_cancel_backend($1)', [processId]);
    } catch (error) {
      this.logger.warn(`Could not cancel an abandoned request's statement: ${error instanceof Error ? error.message : error}`);
    } finally {
      await client.end().catch(() => undefined);
    }
  }
}

/** A GET, or a GraphQL request whose document holds no mutation. */
function isRead(req: Request): boolean {
  if (req.method === 'GET' || req.method === 'HEAD') return true;
  const query = (req.body as { query?: unknown } | undefined)?.query;
  return req.method === 'POST' && typeof query === 'string' && !/(^|[\s}])mutation\b/.test(query);
}
