import { startTestApp, TEST_ADMIN, TestApp } from '../support/test-app';

const SIGN_IN = 'mutation ($input: SignInInput!) { signIn(input: $input) { user { id } } }';

/** TRUST_PROXY and PUBLIC_URL without a proxy in front (the nginx test covers the real thing). */
describe('proxy and HTTPS settings', () => {
  const signIn = (app: TestApp, headers: Record<string, string> = {}) =>
    fetch(`${app.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-requested-with': 'common-ground', ...headers },
      body: JSON.stringify({ query: SIGN_IN, variables: { input: TEST_ADMIN } }),
    });

  describe('with an https PUBLIC_URL and no trusted proxy (the default)', () => {
    let testApp: TestApp;
    beforeAll(async () => (testApp = await startTestApp({ publicUrl: 'https://commonground.example.org' })));
    afterAll(() => testApp.close());

    it('marks the session cookie Secure and HttpOnly even though this hop is plain HTTP', async () => {
      const cookie = (await signIn(testApp)).headers.getSetCookie().find((c) => c.startsWith('cg_session='));
      expect(cookie).toMatch(/; HttpOnly/);
      expect(cookie).toMatch(/; Secure/);
    });

    it('believes no X-Forwarded-Proto from a client it does not trust, so sends no HSTS', async () => {
      const response = await fetch(`${testApp.url}/health`, { headers: { 'x-forwarded-proto': 'https' } });
      expect(response.headers.get('strict-transport-security')).toBeNull();
    });
  });

  describe('behind a trusted proxy', () => {
    let testApp: TestApp;
    beforeAll(async () => (testApp = await startTestApp({ trustProxy: 'loopback' })));
    afterAll(() => testApp.close());

    it('sends HSTS only when the proxy says the request came over HTTPS', async () => {
      const overHttps = await fetch(`${testApp.url}/health`, { headers: { 'x-forwarded-proto': 'https' } });
      expect(overHttps.headers.get('strict-transport-security')).toMatch(/max-age=31536000/);
      const overHttp = await fetch(`${testApp.url}/health`);
      expect(overHttp.headers.get('strict-transport-security')).toBeNull();
    });

    it('leaves the cookie without Secure while PUBLIC_URL is plain http (a laptop)', async () => {
      const cookie = (await signIn(testApp)).headers.getSetCookie().find((c) => c.startsWith('cg_session='));
      expect(cookie).not.toMatch(/; Secure/);
    });
  });
});
