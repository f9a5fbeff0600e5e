import { startTestApp, TestApp } from '../support/test-app';

/** Requests refused before GraphQL runs still answer in GraphQL's shape, with the right status. */
describe('bad requests refused at the edge of /graphql', () => {
  let testApp: TestApp;

  beforeAll(async () => (testApp = await startTestApp()));
  afterAll(() => testApp.close());

  const post = (body: string, contentType?: string) =>
    fetch(`${testApp.url}/graphql`, {
      method: 'POST',
      headers: { ...(contentType ? { 'content-type': contentType } : {}), 'x-requested-with': 'common-ground' },
      body,
    });

  async function expectRefusal(response: Response, status: number, code: string, message: RegExp): Promise<void> {
    expect(response.status).toBe(status);
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    // Not the web app's page, nor its 404.
    expect(await response.json()).toEqual({
      errors: [{ message: expect.stringMatching(message), extensions: { code } }],
    });
  }

  it('answers 400 to malformed JSON', async () => {
    await expectRefusal(
      await post('{"query": "{ me { id } }"', 'application/json'),
      400,
      'BAD_REQUEST',
      /not valid JSON/,
    );
  });

  it('answers 415 to a body that is not JSON, or has no content type', async () => {
    await expectRefusal(await post('{ me { id } }', 'application/graphql'), 415, 'UNSUPPORTED_MEDIA_TYPE', /as JSON/);
    await expectRefusal(
      await post('query={ me { id } }', 'application/x-www-form-urlencoded'),
      415,
      'UNSUPPORTED_MEDIA_TYPE',
      /as JSON/,
    );
    await expectRefusal(
      await post(JSON.stringify({ query: '{ me { id } }' })),
      415,
      'UNSUPPORTED_MEDIA_TYPE',
      /as JSON/,
    );
  });

  it('answers 415 to JSON in a character set other than UTF-8', async () => {
    await expectRefusal(
      await post(JSON.stringify({ query: '{ me { id } }' }), 'application/json; charset=latin1'),
      415,
      'UNSUPPORTED_MEDIA_TYPE',
      /UTF-8/,
    );
  });

  it('answers 413 to a body over 1 MB', async () => {
    const body = JSON.stringify({ query: `{ me { id } } # ${'x'.repeat(1_100_000)}` });
    await expectRefusal(await post(body, 'application/json'), 413, 'PAYLOAD_TOO_LARGE', /larger than the limit of 1MB/);
  });

  it('still answers a well-formed request', async () => {
    const response = await post(JSON.stringify({ query: '{ me { id } }' }), 'application/json; charset=utf-8');
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ data: { me: null } });
  });
});
