import { OrganisationRole } from '@cg/shared/domain';
import { AuthService } from '@cg/api/core/auth';
import { GraphQLTestClient } from '@cg/api/testing';
import { startTestApp, TestApp } from '../support/test-app';

const SIGN_IN = `mutation($input: SignInInput!) { signIn(input: $input) { expiresAt user { email name memberships { role } } } }`;
const ME = `{ me { email isInstanceAdmin } }`;

describe('accounts and sessions', () => {
  let testApp: TestApp;
  beforeAll(async () => {
    testApp = await startTestApp();
    const auth = testApp.app.get(AuthService);
    await auth.createUser({ email: 'ceo@harrowby-cares.example', name: 'Asha Patel', password: 'correct horse battery' });
    await auth.createUser({ email: 'admin@common-ground.example', name: 'Admin', password: 'another long password', isInstanceAdmin: true });
  });
  afterAll(() => testApp.close());

  let users = 0;
  /** A fresh account, so tests do not share the sign-in rate limit. */
  const newUser = async (): Promise<{ email: string; password: string }> => {
    const account = { email: `coordinator${++users}@oakbridge.example`, password: 'a long enough password' };
    await testApp.app.get(AuthService).createUser({ ...account, name: `Coordinator ${users}` });
    return account;
  };

  const signedIn = async (email = 'ceo@harrowby-cares.example', password = 'correct horse battery'): Promise<GraphQLTestClient> => {
    const client = testApp.anonymousClient();
    await client.data(SIGN_IN, { input: { email, password } });
    return client;
  };

  it('signs in with email and password and keeps the session in a cookie', async () => {
    const client = testApp.anonymousClient();
    const { signIn } = await client.data<{ signIn: { user: { email: string }; expiresAt: string } }>(SIGN_IN, {
      input: { email: 'CEO@harrowby-cares.example', password: 'correct horse battery' },
    });
    expect(signIn.user.email).toBe('ceo@harrowby-cares.example');
    expect(new Date(signIn.expiresAt).getTime()).toBeGreaterThan(Date.now() + 13 * 24 * 3600 * 1000);
    expect(await client.data(ME)).toEqual({ me: { email: 'ceo@harrowby-cares.example', isInstanceAdmin: false } });
  });

  it("answers sign-in with the user's organisations by name", async () => {
    const account = await newUser();
    const [{ id }] = await testApp.dataSource.query(
      `INSERT INTO organisation (name, type, sector, visibility) VALUES ('Oakbridge Youth Trust', 'CHARITY', 'VOLUNTARY_AND_COMMUNITY', 'PRIVATE') RETURNING id`,
    );
    const auth = testApp.app.get(AuthService);
    const user = await auth.createUser({ email: 'member@oakbridge.example', name: 'Member', password: account.password });
    await auth.addMembership(user.id, id, OrganisationRole.VIEWER);
    const { signIn } = await testApp.anonymousClient().data<{ signIn: { user: { memberships: unknown[] } } }>(
      `mutation($input: SignInInput!) { signIn(input: $input) { user { memberships { organisationName role } } } }`,
      { input: { email: 'member@oakbridge.example', password: account.password } },
    );
    expect(signIn.user.memberships).toEqual([{ organisationName: 'Oakbridge Youth Trust', role: 'VIEWER' }]);
  });

  it('sets an httpOnly, SameSite cookie and stores only a hash of the token', async () => {
    const response = await fetch(`${testApp.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: SIGN_IN, variables: { input: { email: 'ceo@harrowby-cares.example', password: 'correct horse battery' } } }),
    });
    const cookie = response.headers.getSetCookie()[0];
    expect(cookie).toMatch(/^cg_session=[A-Za-z0-9_-]{43};/);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Lax/);
    const token = /^cg_session=([^;]+)/.exec(cookie)![1];
    const stored = await testApp.dataSource.query('SELECT count(*)::int AS n FROM user_session WHERE token_hash = $1', [token]);
    expect(stored[0].n).toBe(0);
  });

  it('refuses a wrong password or unknown email with the same message', async () => {
    const wrong = await testApp.anonymousClient().request(SIGN_IN, { input: { email: 'ceo@harrowby-cares.example', password: 'nope' } });
    const unknown = await testApp.anonymousClient().request(SIGN_IN, { input: { email: 'nobody@example.org', password: 'nope' } });
    expect(wrong.errors?.[0]).toMatchObject({ message: 'That email and password do not match an account.', extensions: { code: 'UNAUTHENTICATED' } });
    expect(unknown.errors?.[0].message).toBe(wrong.errors?.[0].message);
  });

  it('treats a forged token as signed out', async () => {
    const response = await fetch(`${testApp.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: 'cg_session=forged-token-value-that-was-never-issued' },
      body: JSON.stringify({ query: ME }),
    });
    expect(await response.json()).toEqual({ data: { me: null } });
  });

  it('ends a session that has expired', async () => {
    const { email, password } = await newUser();
    const client = await signedIn(email, password);
    await testApp.dataSource.query(`UPDATE user_session SET expires_at = now() - interval '1 second'`);
    expect(await client.data(ME)).toEqual({ me: null });
  });

  it('signs out this session, and everywhere', async () => {
    const { email, password } = await newUser();
    const laptop = await signedIn(email, password);
    const phone = await signedIn(email, password);
    await laptop.data(`mutation { signOut }`);
    expect(await laptop.data(ME)).toEqual({ me: null });
    expect(await phone.data(ME)).toEqual({ me: { email, isInstanceAdmin: false } });

    const tablet = await signedIn(email, password);
    await phone.data(`mutation { signOutEverywhere }`);
    expect(await phone.data(ME)).toEqual({ me: null });
    expect(await tablet.data(ME)).toEqual({ me: null });
  });

  it('records the signed-in user as the actor of a change', async () => {
    const admin = await signedIn('admin@common-ground.example', 'another long password');
    const { createOrganisation } = await admin.data<{ createOrganisation: { id: string } }>(
      `mutation { createOrganisation(input: { name: "Audited Trust", type: CHARITY }) { id } }`,
    );
    const [row] = await testApp.dataSource.query(
      `SELECT u.email FROM audit_log a JOIN user_account u ON u.id = a.actor_id WHERE a.record_id = $1`,
      [createOrganisation.id],
    );
    expect(row.email).toBe('admin@common-ground.example');
  });

  it('slows down password guessing: the eleventh attempt within a minute is refused, even with the right password', async () => {
    const { email, password } = await newUser();
    const client = testApp.anonymousClient();
    const attempt = (guess: string) => client.request(SIGN_IN, { input: { email, password: guess } });
    for (let i = 0; i < 10; i++) expect((await attempt(`guess ${i}`)).errors?.[0].extensions?.['code']).toBe('UNAUTHENTICATED');
    const eleventh = await attempt(password);
    expect(eleventh.errors?.[0]).toMatchObject({ extensions: { code: 'TOO_MANY_REQUESTS' }, message: expect.stringMatching(/Wait a minute/) });
    const otherAccount = await newUser();
    // Another account from the same address is not held back by this one's limit.
    expect((await client.request(SIGN_IN, { input: otherAccount })).errors).toBeUndefined();
  });

  it('counts attempts against the account however the request spells the email', async () => {
    const { email, password } = await newUser();
    const client = testApp.anonymousClient();
    // The same account: a differently named variable, the email inline, and in another case.
    const shapes = [
      () => client.request(`mutation ($credentials: SignInInput!) { signIn(input: $credentials) { user { id } } }`, { credentials: { email, password: 'wrong' } }),
      () => client.request(`mutation { signIn(input: { email: ${JSON.stringify(email)}, password: "wrong" }) { user { id } } }`),
      () => client.request(`mutation ($e: String!, $p: String!) { signIn(input: { email: $e, password: $p }) { user { id } } }`, { e: email.toUpperCase(), p: 'wrong' }),
    ];
    for (let i = 0; i < 10; i++) expect((await shapes[i % shapes.length]()).errors?.[0].extensions?.['code']).toBe('UNAUTHENTICATED');
    const eleventh = await client.request(SIGN_IN, { input: { email, password } });
    expect(eleventh.errors?.[0].extensions?.['code']).toBe('TOO_MANY_REQUESTS');
  });
});
