import { startTestApp, TestApp } from '../support/test-app';

// A page on another site can make the browser send "simple" requests (form posts, text/plain,
// GET) with our session cookie. None of them may run an operation: GraphQL needs a JSON POST,
// which browsers only send cross-site after a CORS preflight we do not grant.
describe('cross-site request forgery', () => {
  let testApp: TestApp;
  let cookie: string;

  beforeAll(async () => {
    testApp = await startTestApp();
    const client = testApp.client();
    cookie = Object.entries(client.cookieJar()).map(([name, value]) => `${name}=${value}`).join('; ');
  });
  afterAll(() => testApp.close());

  const stillSignedIn = async () => (await testApp.client().data<{ me: { email: string } | null }>('{ me { email } }')).me?.email;

  it.each([
    ['a form post', 'application/x-www-form-urlencoded', 'query=mutation%20%7B%20signOutEverywhere%20%7D'],
    ['a text/plain post', 'text/plain', JSON.stringify({ query: 'mutation { signOutEverywhere }' })],
  ])('refuses %s carrying the session cookie, and changes nothing', async (_, contentType, body) => {
    const response = await fetch(`${testApp.url}/graphql`, { method: 'POST', headers: { 'content-type': contentType, cookie }, body });
    expect(response.status).toBeGreaterThanOrEqual(400);
    expect(await stillSignedIn()).toBe('test-admin@instance.example');
  });

  it('refuses a mutation sent as a GET link', async () => {
    const response = await fetch(`${testApp.url}/graphql?query=${encodeURIComponent('mutation { signOutEverywhere }')}`, { headers: { cookie } });
    expect(response.status).toBeGreaterThanOrEqual(400);
    expect(await stillSignedIn()).toBe('test-admin@instance.example');
  });
});
