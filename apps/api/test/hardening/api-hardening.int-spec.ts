import { startTestApp, TestApp } from '../support/test-app';

describe('API hardening', () => {
  let testApp: TestApp;
  beforeAll(async () => (testApp = await startTestApp()));
  afterAll(() => testApp.close());

  const post = (body: unknown, headers: Record<string, string> = { 'content-type': 'application/json' }) =>
    fetch(`${testApp.url}/graphql`, { method: 'POST', headers, body: typeof body === 'string' ? body : JSON.stringify(body) });

  it('refuses an over-deep query with a clear message', async () => {
    // __type.ofType nests as deep as a client likes; 13 levels is past the limit of 12.
    let selection = 'name';
    for (let i = 0; i < 12; i++) selection = `ofType { ${selection} }`;
    const result = await testApp.client().request(`{ __type(name: "Organisation") { ${selection} } }`);
    expect(result.errors?.[0]).toMatchObject({
      extensions: { code: 'QUERY_TOO_COMPLEX' },
      message: expect.stringMatching(/nests 14 levels deep; the limit is 12/),
    });
  });

  it('refuses a query that repeats a field through many aliases', async () => {
    const aliases = Array.from({ length: 31 }, (_, i) => `a${i}: overview { organisationCount }`).join(' ');
    const result = await testApp.client().request(`{ ${aliases} }`);
    expect(result.errors?.[0]).toMatchObject({ extensions: { code: 'QUERY_TOO_COMPLEX' }, message: expect.stringMatching(/31 aliases; the limit is 30/) });
  });

  it('refuses an over-costly query before running it', async () => {
    // Each page of 200 entries with their field changes costs about 6,600; ten of them pass the limit.
    const pages = Array.from({ length: 10 }, (_, i) => `p${i}: auditLog(first: 200) { nodes { changes { field before after } } }`);
    const result = await testApp.client().request(`{ ${pages.join(' ')} }`);
    expect(result.errors?.[0]).toMatchObject({ extensions: { code: 'QUERY_TOO_COMPLEX' }, message: expect.stringMatching(/would cost \d+ \(the limit is 50000\)/) });
  });

  it('leaves a badly typed variable to GraphQL, which names it as bad input', async () => {
    const result = await testApp.client().request(`query($first: Int) { auditLog(first: $first) { totalCount } }`, { first: 'ten' });
    expect(result.errors?.[0].extensions?.['code']).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0].message).toMatch(/\$first/);
  });

  it('answers ordinary queries', async () => {
    expect((await testApp.client().request(`{ overview { organisationCount } }`)).errors).toBeUndefined();
  });

  it('tells browsers and proxies never to store a GraphQL answer, errors included', async () => {
    const answer = await post({ query: '{ __typename }' });
    expect(answer.headers.get('cache-control')).toBe('no-store');
    const refused = await post({ query: '{ noSuchField }' });
    expect(refused.headers.get('cache-control')).toBe('no-store');
  });

  it('refuses batched operations', async () => {
    const response = await post([{ query: '{ overview { organisationCount } }' }, { query: '{ overview { organisationCount } }' }]);
    expect(response.status).toBe(400);
  });

  it('refuses requests a browser could send cross-site without a preflight', async () => {
    const response = await post('query={ overview { organisationCount } }', { 'content-type': 'application/x-www-form-urlencoded' });
    expect(response.status).toBe(415);
  });

  it('refuses bodies over 1 MB', async () => {
    const response = await post({ query: `{ overview { organisationCount } } # ${'x'.repeat(1_100_000)}` });
    expect(response.status).toBe(413);
  });

  it('sends security headers', async () => {
    const response = await fetch(`${testApp.url}/health`);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('content-security-policy')).toMatch(/default-src 'self'/);
    expect(response.headers.get('x-frame-options')).toBe('SAMEORIGIN');
    expect(response.headers.get('x-powered-by')).toBeNull();
  });
});
