import { startTestApp, TestApp } from '../support/test-app';

// The HTTP edge's own readers (issue #13, docs/performance.md "Sixth round: the HTTP edge"): the
// security headers set once, the session cookie read from the header, the common JSON body read
// directly, and the request log's error codes, each as the libraries they replaced answered.
describe('the HTTP edge', () => {
  let testApp: TestApp;
  let session: string;
  const lines: string[] = [];

  beforeAll(async () => {
    testApp = await startTestApp({ logFormat: 'json' });
    session = Object.entries(testApp.client().cookieJar())
      .map(([name, value]) => `${name}=${value}`)
      .join('; ');
  });
  afterAll(() => testApp.close());
  beforeEach(() => {
    lines.length = 0;
    jest.spyOn(process.stdout, 'write').mockImplementation((line: string | Uint8Array) => {
      lines.push(String(line));
      return true;
    });
  });
  afterEach(() => jest.restoreAllMocks());

  const post = (body: string | Buffer, headers: Record<string, string>) =>
    fetch(`${testApp.url}/graphql`, {
      method: 'POST',
      headers,
      body: typeof body === 'string' ? body : new Uint8Array(body),
    });
  const me = async (
    headers: Record<string, string>,
    body: string | Buffer = JSON.stringify({ query: '{ me { email } }' }),
  ) =>
    ((await (await post(body, headers)).json()) as { data?: { me: { email: string } | null } }).data?.me?.email ?? null;

  it('finds the session cookie among the others a browser sends', async () => {
    const headers = { 'content-type': 'application/json' };
    expect(await me({ ...headers, cookie: `theme=dark; prefs=j:{"a":1}; ${session}; other="x"` })).toBe(
      'test-admin@instance.example',
    );
    expect(await me({ ...headers, cookie: `old_${session}` })).toBeNull();
    expect(await me(headers)).toBeNull();
  });

  it('reads bodies the direct reader leaves to body-parser as before', async () => {
    const utf16 = Buffer.from(JSON.stringify({ query: '{ me { email } }' }), 'utf16le');
    expect(await me({ 'content-type': 'application/json; charset=utf-16le', cookie: session }, utf16)).toBe(
      'test-admin@instance.example',
    );
    expect(await me({ 'content-type': 'application/json; charset=UTF-8', cookie: session })).toBe(
      'test-admin@instance.example',
    );
    const notAnObject = await post('"{ me { email } }"', { 'content-type': 'application/json' });
    expect(notAnObject.status).toBe(400);
    expect(await notAnObject.json()).toMatchObject({ errors: [{ extensions: { code: 'BAD_REQUEST' } }] });
  });

  it('sends the same security headers on GraphQL answers as on every other response, and no HSTS over HTTP', async () => {
    const names = (response: Response) => {
      const all: string[] = [];
      response.headers.forEach((_value, name) => all.push(name));
      return all
        .filter(
          (name) =>
            !/^(content-|cache-control|etag|date|connection|keep-alive|x-request-id)/.test(name) ||
            name === 'content-security-policy',
        )
        .sort();
    };
    const answer = await post(JSON.stringify({ query: '{ __typename }' }), { 'content-type': 'application/json' });
    const health = await fetch(`${testApp.url}/health`);
    expect(names(answer)).toEqual(names(health));
    expect(names(answer)).toEqual(
      expect.arrayContaining([
        'content-security-policy',
        'cross-origin-opener-policy',
        'referrer-policy',
        'x-content-type-options',
        'x-frame-options',
      ]),
    );
    expect(answer.headers.get('strict-transport-security')).toBeNull();
    expect(answer.headers.get('x-powered-by')).toBeNull();
  });

  it('sends GraphQL answers without an ETag (they are never stored), and keeps ETags elsewhere', async () => {
    const answer = await post(JSON.stringify({ query: '{ __typename }' }), { 'content-type': 'application/json' });
    expect(answer.headers.get('cache-control')).toBe('no-store');
    expect(answer.headers.get('etag')).toBeNull();
    const refused = await post('{"query": ', { 'content-type': 'application/json' });
    expect(refused.status).toBe(400);
    expect(refused.headers.get('etag')).toBeNull();
    expect((await fetch(`${testApp.url}/health`)).headers.get('etag')).toMatch(/^W\//);
  });

  it('logs one JSON line per request with the operation and its error codes, never the query', async () => {
    await post(JSON.stringify({ query: 'query Broken { noSuchField }' }), { 'content-type': 'application/json' });
    await new Promise((resolve) => setTimeout(resolve, 50));
    const parsed = lines.flatMap((line) => {
      try {
        return [JSON.parse(line) as Record<string, unknown>];
      } catch {
        return [];
      }
    });
    const logged = parsed.find((line) => line['msg'] === 'request');
    expect(logged).toMatchObject({ operation: 'Broken', status: 400, errors: ['GRAPHQL_VALIDATION_FAILED'] });
    expect(JSON.stringify(logged)).not.toContain('noSuchField');
  });
});
