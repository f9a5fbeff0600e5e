import express, { ErrorRequestHandler, Request, RequestHandler, Response } from 'express';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { plainJsonBody } from './plain-json-body';

const LIMIT = 1024;

/** An app that answers what its body parser made of the request: the body, or the error's status and type. */
function appWith(parser: RequestHandler): express.Express {
  const app = express();
  const report: ErrorRequestHandler = (error: { status?: number; type?: string }, _req, res, _next) => {
    res.status(200).json({ status: error.status, type: error.type });
  };
  app.post('/', parser, (req: Request, res: Response) => res.json({ body: (req.body as unknown) ?? null }), report);
  return app;
}

describe('plainJsonBody', () => {
  const servers: Server[] = [];
  let fast = '';
  let bodyParser = '';
  let fallbacks = 0;
  const bodyParserJson = express.json({ limit: LIMIT, type: 'application/json' });
  const countingFallback: RequestHandler = (req, res, next) => {
    fallbacks++;
    bodyParserJson(req, res, next);
  };
  const listen = (app: express.Express) =>
    new Promise<string>((resolve) => {
      const server = app.listen(0, '127.0.0.1', () =>
        resolve(`http://127.0.0.1:${(server.address() as AddressInfo).port}/`),
      );
      servers.push(server);
    });

  beforeAll(async () => {
    fast = await listen(appWith(plainJsonBody(LIMIT, countingFallback)));
    bodyParser = await listen(appWith(bodyParserJson));
  });
  afterAll(() => Promise.all(servers.map((server) => new Promise((resolve) => server.close(resolve)))));

  const answer = async (url: string, body: string | Buffer, headers: Record<string, string>) =>
    (
      await fetch(url, { method: 'POST', headers, body: typeof body === 'string' ? body : new Uint8Array(body) })
    ).json();

  const cases: [string, string | Buffer, Record<string, string>][] = [
    [
      'an operation',
      JSON.stringify({ query: '{ me { id } }', variables: { a: 'é ü 漢' } }),
      { 'content-type': 'application/json' },
    ],
    ['with a charset', '{"query":"{ __typename }"}', { 'content-type': 'application/json; charset=utf-8' }],
    ['in capitals', '{"query":"{ __typename }"}', { 'content-type': 'Application/JSON' }],
    ['a batch', '[{"query":"{ a }"},{"query":"{ b }"}]', { 'content-type': 'application/json' }],
    ['with leading white space', ' \n\t{"query":"{ a }"}', { 'content-type': 'application/json' }],
    ['after a byte-order mark', '\uFEFF{"query":"{ a }"}', { 'content-type': 'application/json' }],
    ['empty', '', { 'content-type': 'application/json' }],
    ['malformed', '{"query": ', { 'content-type': 'application/json' }],
    ['a bare string', '"{ a }"', { 'content-type': 'application/json' }],
    ['a number', '42', { 'content-type': 'application/json' }],
    ['over the limit', JSON.stringify({ query: 'x'.repeat(LIMIT) }), { 'content-type': 'application/json' }],
    ['in Latin-1 (body-parser refuses)', '{"query":"{ a }"}', { 'content-type': 'application/json; charset=latin1' }],
    [
      'in UTF-16 (body-parser decodes)',
      Buffer.from('{"query":"{ a }"}', 'utf16le'),
      { 'content-type': 'application/json; charset=utf-16le' },
    ],
  ];

  it.each(cases)('answers %s as body-parser does', async (_name, body, headers) => {
    expect(await answer(fast, body, headers)).toEqual(await answer(bodyParser, body, headers));
  });

  it('reads the common request itself and leaves only the others to body-parser', async () => {
    fallbacks = 0;
    await answer(fast, '{"query":"{ a }"}', { 'content-type': 'application/json' });
    await answer(fast, '{"query":"{ a }"}', { 'content-type': 'application/json; charset=utf-8' });
    expect(fallbacks).toBe(0);
    await answer(fast, JSON.stringify({ query: 'x'.repeat(LIMIT) }), { 'content-type': 'application/json' });
    await answer(fast, Buffer.from('{}', 'utf16le'), { 'content-type': 'application/json; charset=utf-16le' });
    expect(fallbacks).toBe(2);
  });
});
