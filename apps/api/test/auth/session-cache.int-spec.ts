import { AuthService } from '@cg/api/core/auth';
import { accessGeneration } from '@cg/api/core/database';
import { OrganisationRole } from '@cg/shared/domain';
import { Client, ClientConfig } from 'pg';
import { startTestApp, TestApp } from '../support/test-app';

const ME = `{ me { email memberships { organisationName role } } }`;
const REMOVE = `mutation($org: ID!, $user: ID!) { removeMember(organisationId: $org, userId: $user) }`;
const CHANGE = `mutation($input: ChangeMemberRoleInput!) { changeMemberRole(input: $input) }`;
const PASSWORD = 'long enough password';

/**
 * Sessions and access scopes are cached across requests (SessionCache); these prove that what
 * ends or narrows a session takes effect at once: in this process as soon as the write returns,
 * and from another process (another API instance, the CLI, psql) as soon as its NOTIFY arrives.
 */
describe('the session cache', () => {
  let testApp: TestApp;
  let org: string;
  let users = 0;

  /** A connection of its own, like another API instance's: its writes reach this one only by NOTIFY. */
  const otherProcess = async (): Promise<Client> => {
    const pool = (testApp.dataSource.driver as unknown as { master: { options: ClientConfig } }).master;
    const client = new Client(pool.options);
    await client.connect();
    return client;
  };

  const newMember = async (role: OrganisationRole) => {
    const email = `member${++users}@fenwick.example`;
    const auth = testApp.app.get(AuthService);
    const user = await auth.createUser({ email, name: `Member ${users}`, password: PASSWORD });
    await auth.addMembership(user.id, org, role);
    const client = testApp.anonymousClient();
    await client.data(`mutation($input: SignInInput!) { signIn(input: $input) { user { id } } }`, { input: { email, password: PASSWORD } });
    // Read once, so the session is in the cache before the change.
    expect(await client.data(ME)).toEqual({ me: { email, memberships: [{ organisationName: 'Fenwick Food Bank', role }] } });
    return { id: user.id, email, client };
  };

  /** Polls until `check` passes: a change from another process arrives by NOTIFY, within milliseconds. */
  const eventually = async (check: () => Promise<void>, withinMs = 2000) => {
    const until = Date.now() + withinMs;
    for (;;) {
      try {
        return await check();
      } catch (error) {
        if (Date.now() > until) throw error;
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    }
  };

  beforeAll(async () => {
    testApp = await startTestApp();
    [{ id: org }] = await testApp.dataSource.query(
      `INSERT INTO organisation (name, type, sector) VALUES ('Fenwick Food Bank', 'CHARITY', 'VOLUNTARY_AND_COMMUNITY') RETURNING id`,
    );
  });
  afterAll(() => testApp.close());

  it('listens for changes once started, so sessions may be cached', () => {
    expect(accessGeneration()).toEqual(expect.any(Number));
  });

  it('serves a signed-in request with no session statement once the session is cached', async () => {
    const { client, email } = await newMember(OrganisationRole.VIEWER);
    const auth = testApp.app.get(AuthService);
    const lookUp = jest.spyOn(auth as unknown as { lookUp: () => Promise<unknown> }, 'lookUp');
    expect(await client.data(ME)).toEqual({ me: { email, memberships: [{ organisationName: 'Fenwick Food Bank', role: 'VIEWER' }] } });
    expect(lookUp).not.toHaveBeenCalled();
    lookUp.mockRestore();
  });

  it('takes a changed or removed role away on the very next request', async () => {
    const admin = testApp.client();
    const member = await newMember(OrganisationRole.COORDINATOR);
    await admin.data(CHANGE, { input: { organisationId: org, userId: member.id, role: 'VIEWER' } });
    expect(await member.client.data(ME)).toEqual({ me: { email: member.email, memberships: [{ organisationName: 'Fenwick Food Bank', role: 'VIEWER' }] } });
    // Removal also ends the person's sessions (MembersService.remove).
    await admin.data(REMOVE, { org, user: member.id });
    expect(await member.client.data(ME)).toEqual({ me: null });
  });

  it('takes a change written by this process outside a request, and a sign-out, at once', async () => {
    const member = await newMember(OrganisationRole.VIEWER);
    await testApp.dataSource.query(`UPDATE organisation_member SET role = 'COORDINATOR' WHERE user_id = $1`, [member.id]);
    expect(await member.client.data(ME)).toEqual({ me: { email: member.email, memberships: [{ organisationName: 'Fenwick Food Bank', role: 'COORDINATOR' }] } });
    await member.client.data(`mutation { signOut }`);
    expect(await member.client.data(ME)).toEqual({ me: null });
  });

  it('takes a sign-out, a removed role and a suspension made by another process within moments', async () => {
    const other = await otherProcess();
    try {
      const signedOut = await newMember(OrganisationRole.VIEWER);
      const removed = await newMember(OrganisationRole.COORDINATOR);
      const suspended = await newMember(OrganisationRole.ORG_ADMIN);
      await other.query(`UPDATE user_session SET revoked_at = now() WHERE user_id = $1`, [signedOut.id]);
      await other.query(`DELETE FROM organisation_member WHERE user_id = $1`, [removed.id]);
      await other.query(`UPDATE user_account SET disabled_at = now() WHERE id = $1`, [suspended.id]);
      await eventually(async () => expect(await signedOut.client.data(ME)).toEqual({ me: null }));
      await eventually(async () => expect(await removed.client.data(ME)).toEqual({ me: { email: removed.email, memberships: [] } }));
      await eventually(async () => expect(await suspended.client.data(ME)).toEqual({ me: null }));
    } finally {
      await other.end();
    }
  });
});

describe('the session lookup', () => {
  let testApp: TestApp;
  beforeAll(async () => {
    testApp = await startTestApp({ database: { poolSize: 4, connectTimeoutMs: 2000, statementTimeoutMs: 1000 } });
  });
  afterAll(() => testApp.close());

  it('is cut by the request statement timeout rather than waiting for ever', async () => {
    const client = testApp.client();
    const pool = (testApp.dataSource.driver as unknown as { master: { options: ClientConfig } }).master;
    const locker = new Client(pool.options);
    await locker.connect();
    try {
      // A write from elsewhere empties the cache, then a lock holds every session read.
      const generation = accessGeneration();
      await locker.query(`UPDATE user_session SET revoked_at = revoked_at WHERE false`);
      const until = Date.now() + 2000;
      while (accessGeneration() === generation && Date.now() < until) await new Promise((resolve) => setTimeout(resolve, 10));
      await locker.query('BEGIN');
      await locker.query('LOCK TABLE user_session IN ACCESS EXCLUSIVE MODE');
      const started = Date.now();
      const answer = await client.request(`{ me { email } }`).catch((error: unknown) => error);
      const waited = Date.now() - started;
      expect(waited).toBeGreaterThanOrEqual(900);
      expect(waited).toBeLessThan(5000);
      expect(answer).not.toEqual({ data: { me: { email: expect.any(String) } } });
    } finally {
      await locker.query('ROLLBACK').catch(() => undefined);
      await locker.end();
    }
  });
});
