import helmet from 'helmet';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { RequestHandler } from 'express';

/** HSTS is sent only over HTTPS: see `securityHeaders`. */
export const STRICT_TRANSPORT_SECURITY = 'max-age=31536000; includeSubDomains';

/** What helmet does to a response: the headers it sets and the ones it removes. */
export interface HeaderChanges {
  set: [name: string, value: string][];
  removed: string[];
}

/**
 * Runs a helmet middleware once against a response that only records, so its headers can be set
 * on every response without running it again. Sound only for options whose headers do not depend
 * on the request (no CSP nonce functions): anything else it does (read the request, call `next`
 * later or with an error, touch the response otherwise) throws here, at start-up.
 */
export function recordHeaderChanges(middleware: RequestHandler): HeaderChanges {
  const changes: HeaderChanges = { set: [], removed: [] };
  const response = {
    setHeader: (name: string, value: string | number | string[]) => {
      changes.set = changes.set.filter(([existing]) => existing.toLowerCase() !== name.toLowerCase());
      changes.set.push([name, String(value)]);
    },
    removeHeader: (name: string) => {
      changes.set = changes.set.filter(([existing]) => existing.toLowerCase() !== name.toLowerCase());
      changes.removed.push(name);
    },
  };
  const request = new Proxy(
    {},
    {
      get: (_target, key) => {
        throw new Error(`helmet read the request (${String(key)}): its headers are not fixed`);
      },
    },
  );
  let finished = false;
  middleware(request as IncomingMessage as never, response as unknown as ServerResponse as never, (error?: unknown) => {
    if (error) throw error;
    finished = true;
  });
  if (!finished) throw new Error('helmet did not finish at once: its headers cannot be recorded');
  return changes;
}

/**
 * Helmet's security headers (CSP, no sniffing, frame and referrer policies, …) on every response,
 * worked out once at start-up and set in one step: helmet itself runs a dozen sub-middlewares per
 * request, each building its header again (issue #13, docs/performance.md "Sixth round"). HSTS
 * only on responses that came over HTTPS (directly, or through a trusted proxy that said so): sent
 * over plain HTTP it is meaningless at best, and on a machine reached both ways it would pin a
 * name to HTTPS that has no certificate.
 */
export function securityHeaders(
  changes = recordHeaderChanges(helmet({ strictTransportSecurity: false })),
): RequestHandler {
  const { set, removed } = changes;
  return (req, res, next) => {
    for (const name of removed) res.removeHeader(name);
    for (const [name, value] of set) res.setHeader(name, value);
    if (req.secure) res.setHeader('Strict-Transport-Security', STRICT_TRANSPORT_SECURITY);
    next();
  };
}
