import type { ApolloServerPlugin } from '@apollo/server';
import { randomUUID } from 'node:crypto';
import type { Request, RequestHandler, Response } from 'express';

/** What one request line says. Never the body, variables, query text, email, password or token. */
export interface RequestLogLine {
  level: 'info';
  time: string;
  msg: 'request';
  requestId: string;
  method: string;
  path: string;
  operation?: string;
  status: number;
  errors?: string[];
  durationMs: number;
  userId?: string;
}

const SAFE_REQUEST_ID = /^[\w.:-]{1,100}$/;

/**
 * One JSON line per request, for log collectors (LOG_FORMAT=json). The request id is taken from
 * the proxy's X-Request-Id when it looks like one, so proxy and API logs join up, and is sent back.
 */
export function requestLog(write: (line: string) => void = (line) => process.stdout.write(line)): RequestHandler {
  return (req, res, next) => {
    const started = process.hrtime.bigint();
    const offered = req.headers['x-request-id'];
    const requestId = typeof offered === 'string' && SAFE_REQUEST_ID.test(offered) ? offered : randomUUID();
    res.setHeader('X-Request-Id', requestId);
    res.once('finish', () => {
      const line: RequestLogLine = {
        level: 'info',
        time: new Date().toISOString(),
        msg: 'request',
        requestId,
        method: req.method,
        path: req.path,
        operation: operationName(req),
        status: res.statusCode,
        errors: graphqlErrorCodes(res),
        durationMs: Number((process.hrtime.bigint() - started) / 100_000n) / 10,
        userId: req.user?.id,
      };
      write(`${JSON.stringify(line)}\n`);
    });
    next();
  };
}

/**
 * The operation's name as the client gave it, or else its first field (`signIn`): enough to
 * tell requests apart without logging the query, whose arguments may be personal data.
 */
export function operationName(req: Request): string | undefined {
  const body = req.body as { operationName?: unknown; query?: unknown } | undefined;
  const source = body && typeof body === 'object' ? body : (req.query as { operationName?: unknown; query?: unknown });
  const named = typeof source?.operationName === 'string' ? source.operationName : undefined;
  const query = typeof source?.query === 'string' ? source.query : '';
  const found =
    named ??
    /^\s*(?:query|mutation|subscription)\s+([_A-Za-z]\w*)/.exec(query)?.[1] ??
    /^[^{]*\{\s*([_A-Za-z]\w*)/.exec(query)?.[1];
  return found && /^[_A-Za-z]\w{0,99}$/.test(found) ? found : undefined;
}

function graphqlErrorCodes(res: Response): string[] | undefined {
  const codes = res.locals['graphqlErrorCodes'] as string[] | undefined;
  return codes?.length ? codes : undefined;
}

/** Hands the error codes of a GraphQL response (not their messages) to the request line. */
export function errorCodesForRequestLog(): ApolloServerPlugin<{ res?: Response }> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ contextValue, response }) {
          if (response.body.kind !== 'single' || !contextValue.res) return;
          const codes = (response.body.singleResult.errors ?? []).map((error) =>
            String(error.extensions?.['code'] ?? 'INTERNAL_SERVER_ERROR'),
          );
          contextValue.res.locals['graphqlErrorCodes'] = codes;
        },
      };
    },
  };
}
