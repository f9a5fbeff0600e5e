import { AuthService } from '@cg/api/core/auth';
import { OrganisationRole } from '@cg/shared/domain';
import { startTestApp, TestApp } from '../support/test-app';

const USERS = `query($org: ID!) { organisationUsers(organisationId: $org) { name email role } }`;
const PENDING = `query($org: ID!) { pendingInvitations(organisationId: $org) { id email role invitedBy } }`;
const CHANGE = `mutation($input: ChangeMemberRoleInput!) { changeMemberRole(input: $input) }`;
const REMOVE = `mutation($org: ID!, $user: ID!) { removeMember(organisationId: $org, userId: $user) }`;
const ME = `{ me { email memberships { role } } }`;

describe('managing an organisation’s users', () => {
  let testApp: TestApp;
  let org: string;
  const ids: Record<string, string> = {};

  const signIn = async (email: string) => {
    const client = testApp.anonymousClient();
    await client.data(`mutation($input: SignInInput!) { signIn(input: $input) { user { id } } }`, { input: { email, password: 'long enough password' } });
    return client;
  };

  beforeAll(async () => {
    testApp = await startTestApp();
    [{ id: org }] = await testApp.dataSource.query(`INSERT INTO organisation (name, type, sector) VALUES ('Rookwood Youth Trust', 'CHARITY', 'VOLUNTARY_AND_COMMUNITY') RETURNING id`);
    const auth = testApp.app.get(AuthService);
    for (const [key, role] of [['admin', OrganisationRole.ORG_ADMIN], ['coordinator', OrganisationRole.COORDINATOR], ['viewer', OrganisationRole.VIEWER]] as const) {
      const user = await auth.createUser({ email: `${key}@rookwood.example`, name: `Rookwood ${key}`, password: 'long enough password' });
      await auth.addMembership(user.id, org, role);
      ids[key] = user.id;
    }
  });
  afterAll(() => testApp.close());

  it('lists users and pending invitations for the organisation’s admin', async () => {
    const admin = await signIn('admin@rookwood.example');
    await admin.data(`mutation($input: InviteInput!) { invite(input: $input) { id } }`, { input: { organisationId: org, email: 'new@rookwood.example', role: 'VIEWER' } });
    expect((await admin.data<{ organisationUsers: { email: string; role: string }[] }>(USERS, { org })).organisationUsers).toEqual([
      expect.objectContaining({ email: 'admin@rookwood.example', role: 'ORG_ADMIN' }),
      expect.objectContaining({ email: 'coordinator@rookwood.example', role: 'COORDINATOR' }),
      expect.objectContaining({ email: 'viewer@rookwood.example', role: 'VIEWER' }),
    ]);
    const { pendingInvitations } = await admin.data<{ pendingInvitations: { id: string; email: string; invitedBy: string }[] }>(PENDING, { org });
    expect(pendingInvitations).toEqual([expect.objectContaining({ email: 'new@rookwood.example', invitedBy: 'Rookwood admin' })]);

    await admin.data(`mutation($org: ID!, $id: ID!) { withdrawInvitation(organisationId: $org, invitationId: $id) }`, { org, id: pendingInvitations[0].id });
    expect((await admin.data<{ pendingInvitations: unknown[] }>(PENDING, { org })).pendingInvitations).toEqual([]);
  });

  it('refuses everyone else', async () => {
    const coordinator = await signIn('coordinator@rookwood.example');
    expect((await coordinator.request(USERS, { org })).errors?.[0].extensions?.['code']).toBe('FORBIDDEN');
    expect((await coordinator.request(CHANGE, { input: { organisationId: org, userId: ids.coordinator, role: 'ORG_ADMIN' } })).errors?.[0].extensions?.['code']).toBe('FORBIDDEN');
    expect((await testApp.anonymousClient().request(USERS, { org })).errors?.[0].extensions?.['code']).toBe('UNAUTHENTICATED');
  });

  it('changes roles, but never leaves the organisation without an administrator', async () => {
    const admin = await signIn('admin@rookwood.example');
    const alone = await admin.request(CHANGE, { input: { organisationId: org, userId: ids.admin, role: 'VIEWER' } });
    expect(alone.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'userId' }, message: expect.stringMatching(/at least one administrator/) });
    await admin.data(CHANGE, { input: { organisationId: org, userId: ids.coordinator, role: 'ORG_ADMIN' } });
    await admin.data(CHANGE, { input: { organisationId: org, userId: ids.admin, role: 'COORDINATOR' } });
    expect(await admin.data(ME)).toEqual({ me: { email: 'admin@rookwood.example', memberships: [{ role: 'COORDINATOR' }] } });
    const history = await testApp.dataSource.query(
      `SELECT actor_id, record_id, action, changes FROM audit_log WHERE record_type = 'organisation_member' AND owner_organisation_id = $1 ORDER BY id`,
      [org],
    );
    expect(history).toEqual([
      { actor_id: ids.admin, record_id: ids.coordinator, action: 'UPDATE', changes: { role: { before: 'COORDINATOR', after: 'ORG_ADMIN' } } },
      { actor_id: ids.admin, record_id: ids.admin, action: 'UPDATE', changes: { role: { before: 'ORG_ADMIN', after: 'COORDINATOR' } } },
    ]);
  });

  it('removes a user and ends their sessions at once', async () => {
    const viewer = await signIn('viewer@rookwood.example');
    const newAdmin = await signIn('coordinator@rookwood.example');
    await newAdmin.data(REMOVE, { org, user: ids.viewer });
    expect(await viewer.data(ME)).toEqual({ me: null });
    const users = (await newAdmin.data<{ organisationUsers: { email: string }[] }>(USERS, { org })).organisationUsers.map((u) => u.email);
    expect(users).not.toContain('viewer@rookwood.example');
    const [removal] = await testApp.dataSource.query(
      `SELECT action, changes FROM audit_log WHERE record_type = 'organisation_member' AND record_id = $1`,
      [ids.viewer],
    );
    expect(removal).toEqual({ action: 'ARCHIVE', changes: { role: { before: 'VIEWER', after: null } } });
  });
});
