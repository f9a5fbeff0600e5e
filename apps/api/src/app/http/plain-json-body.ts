import type { Request, RequestHandler } from 'express';

/** The content types of nearly every GraphQL request, browsers' and the generated client's. */
const PLAIN_JSON_TYPES = new Set([
  'application/json',
  'application/json; charset=utf-8',
  'application/json;charset=utf-8',
]);

/** An error shaped as body-parser's, so one handler answers both (`graphqlEdge`'s refuseUnreadable). */
function bodyError(status: number, type: string, message: string): Error {
  return Object.assign(new Error(message), { status, statusCode: status, type, expose: true });
}

/**
 * The common request read and parsed directly: JSON in UTF-8, not compressed, with a length
 * within the limit. body-parser does the same through a dozen steps per request (content-type
 * parsing twice, an iconv decoder, on-finished listeners); everything else (another charset,
 * gzip, chunked, too large) still goes through `fallback`, body-parser's json parser with the same
 * limit, so its answers do not change. Parsing is body-parser's strict mode: only an object or an
 * array, an empty body is `{}`, a leading byte-order mark is dropped (issue #13,
 * docs/performance.md "Sixth round: the HTTP edge").
 */
export function plainJsonBody(limitBytes: number, fallback: RequestHandler): RequestHandler {
  return (req, res, next) => {
    const length = plainJsonLength(req, limitBytes);
    if (length === undefined) return fallback(req, res, next);
    const chunks: Buffer[] = [];
    let received = 0;
    let settled = false;
    const settle = (error?: Error) => {
      if (settled) return;
      settled = true;
      next(error);
    };
    req.on('data', (chunk: Buffer) => {
      received += chunk.length;
      chunks.push(chunk);
    });
    req.once('error', () => settle(bodyError(400, 'request.aborted', 'request aborted')));
    req.once('end', () => {
      if (received !== length)
        return settle(bodyError(400, 'request.size.invalid', 'request size did not match content length'));
      try {
        req.body = parseStrictJson(
          chunks.length === 1 ? chunks[0].toString('utf8') : Buffer.concat(chunks, received).toString('utf8'),
        );
      } catch (error) {
        return settle(bodyError(400, 'entity.parse.failed', (error as Error).message));
      }
      settle();
    });
  };
}

/** The body's length when the request is plain JSON this reader takes, else undefined. */
function plainJsonLength(req: Request, limitBytes: number): number | undefined {
  const { headers } = req;
  if (req.method !== 'POST' || headers['content-encoding'] !== undefined || headers['transfer-encoding'] !== undefined)
    return undefined;
  const type = headers['content-type'];
  if (type === undefined || !PLAIN_JSON_TYPES.has(type.toLowerCase())) return undefined;
  const declared = headers['content-length'];
  if (declared === undefined || !/^\d{1,9}$/.test(declared)) return undefined;
  const length = Number(declared);
  return length <= limitBytes ? length : undefined;
}

/** body-parser's strict JSON: only an object or an array; empty is `{}`. */
export function parseStrictJson(text: string): unknown {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (body.length === 0) return {};
  const first = /^[ \t\n\r]*(.)/s.exec(body)?.[1];
  if (first !== '{' && first !== '[')
    throw new SyntaxError(
      `Unexpected token ${first ?? 'end of input'} in JSON: only an object or an array is accepted`,
    );
  return JSON.parse(body);
}
