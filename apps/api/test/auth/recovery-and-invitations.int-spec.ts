import { AuthService, Mailer, MailMessage } from '@cg/api/core/auth';
import { OrganisationRole } from '@cg/shared/domain';
import { startTestApp, TestApp } from '../support/test-app';

const SIGN_IN = `mutation($input: SignInInput!) { signIn(input: $input) { user { email } } }`;
const ME = `{ me { email memberships { organisationId organisationName role } } }`;

describe('password reset and invitations', () => {
  let testApp: TestApp;
  let auth: AuthService;
  let sent: MailMessage[];
  let organisationId: string;

  beforeAll(async () => {
    testApp = await startTestApp();
    auth = testApp.app.get(AuthService);
    const mailer = testApp.app.get(Mailer);
    jest.spyOn(mailer, 'send').mockImplementation(async (message) => void sent.push(message));
    [{ id: organisationId }] = await testApp.dataSource.query(
      `INSERT INTO organisation (name, type, sector) VALUES ('Thornfield Food Bank', 'CHARITY', 'VOLUNTARY_AND_COMMUNITY') RETURNING id`,
    );
    const admin = await auth.createUser({ email: 'admin@thornfield.example', name: 'Mo Admin', password: 'thornfield admin pass' });
    await auth.addMembership(admin.id, organisationId, OrganisationRole.ORG_ADMIN);
    const viewer = await auth.createUser({ email: 'viewer@thornfield.example', name: 'Vi Viewer', password: 'thornfield viewer pass' });
    await auth.addMembership(viewer.id, organisationId, OrganisationRole.VIEWER);
  });
  beforeEach(() => (sent = []));
  afterAll(() => testApp.close());

  const tokenFrom = (message: MailMessage) => /token=([A-Za-z0-9_-]+)/.exec(message.text)![1];
  const signIn = async (email: string, password: string) => {
    const client = testApp.anonymousClient();
    const result = await client.request(SIGN_IN, { input: { email, password } });
    return { client, result };
  };

  describe('password reset', () => {
    beforeAll(() => auth.createUser({ email: 'forgetful@oakbridge.example', name: 'Forgetful', password: 'the old password here' }));

    it('answers the same for unknown emails and sends nothing', async () => {
      const result = await testApp.anonymousClient().data(`mutation { requestPasswordReset(email: "nobody@nowhere.example") }`);
      expect(result).toEqual({ requestPasswordReset: true });
      expect(sent).toEqual([]);
    });

    it('resets once with the emailed link, then signs the account out everywhere', async () => {
      const { client: oldSession } = await signIn('forgetful@oakbridge.example', 'the old password here');
      await testApp.anonymousClient().data(`mutation { requestPasswordReset(email: "forgetful@oakbridge.example") }`);
      expect(sent).toHaveLength(1);
      expect(sent[0].text).toContain('http://localhost:3000/reset-password?token=');
      const token = tokenFrom(sent[0]);

      const reset = `mutation($input: ResetPasswordInput!) { resetPassword(input: $input) }`;
      await testApp.anonymousClient().data(reset, { input: { token, newPassword: 'a brand new password' } });
      expect(await oldSession.data(ME)).toEqual({ me: null });
      expect((await signIn('forgetful@oakbridge.example', 'the old password here')).result.errors).toBeDefined();
      expect((await signIn('forgetful@oakbridge.example', 'a brand new password')).result.errors).toBeUndefined();

      const again = await testApp.anonymousClient().request(reset, { input: { token, newPassword: 'yet another password' } });
      expect(again.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'token' }, message: expect.stringMatching(/expired or has already been used/) });
    });

    it('refuses a link used late', async () => {
      await testApp.anonymousClient().data(`mutation { requestPasswordReset(email: "forgetful@oakbridge.example") }`);
      await testApp.dataSource.query(`UPDATE password_reset SET expires_at = now() - interval '1 minute' WHERE used_at IS NULL`);
      const late = await testApp.anonymousClient().request(`mutation($input: ResetPasswordInput!) { resetPassword(input: $input) }`, {
        input: { token: tokenFrom(sent[0]), newPassword: 'too late for this one' },
      });
      expect(late.errors?.[0].extensions?.['code']).toBe('BAD_USER_INPUT');
    });
  });

  describe('invitations', () => {
    const INVITE = `mutation($input: InviteInput!) { invite(input: $input) { email role } }`;
    const ACCEPT = `mutation($input: AcceptInvitationInput!) { acceptInvitation(input: $input) }`;

    it('lets an organisation admin invite a new coordinator, who accepts and is signed in with the role', async () => {
      const { client: admin } = await signIn('admin@thornfield.example', 'thornfield admin pass');
      await admin.data(INVITE, { input: { organisationId, email: 'new.coordinator@thornfield.example', role: 'COORDINATOR' } });
      expect(sent[0]).toMatchObject({ to: 'new.coordinator@thornfield.example', subject: 'Mo Admin invited you to Thornfield Food Bank on Common Ground' });

      const invitee = testApp.anonymousClient();
      await invitee.data(ACCEPT, { input: { token: tokenFrom(sent[0]), name: 'Nia Coordinator', password: 'coordinator password' } });
      expect(await invitee.data(ME)).toEqual({ me: { email: 'new.coordinator@thornfield.example', memberships: [{ organisationId, organisationName: 'Thornfield Food Bank', role: 'COORDINATOR' }] } });

      const twice = await testApp.anonymousClient().request(ACCEPT, { input: { token: tokenFrom(sent[0]), name: 'Someone Else', password: 'coordinator password' } });
      expect(twice.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'token' });
    });

    it('refuses invitations from a viewer, or from someone signed out', async () => {
      const { client: viewer } = await signIn('viewer@thornfield.example', 'thornfield viewer pass');
      const input = { organisationId, email: 'sneaky@example.org', role: 'ORG_ADMIN' };
      expect((await viewer.request(INVITE, { input })).errors?.[0].extensions?.['code']).toBe('FORBIDDEN');
      expect((await testApp.anonymousClient().request(INVITE, { input })).errors?.[0].extensions?.['code']).toBe('UNAUTHENTICATED');
      expect(sent).toEqual([]);
    });

    it('needs the existing password when the invited email already has an account', async () => {
      await auth.createUser({ email: 'volunteer@oakbridge.example', name: 'Val Volunteer', password: 'oakbridge volunteer pass' });
      const { client: admin } = await signIn('admin@thornfield.example', 'thornfield admin pass');
      await admin.data(INVITE, { input: { organisationId, email: 'volunteer@oakbridge.example', role: 'COORDINATOR' } });
      const wrong = await testApp.anonymousClient().request(ACCEPT, { input: { token: tokenFrom(sent[0]), password: 'not the right password' } });
      expect(wrong.errors?.[0].extensions?.['code']).toBe('UNAUTHENTICATED');
      const memberships = await testApp.dataSource.query(
        `SELECT m.role FROM organisation_member m JOIN user_account u ON u.id = m.user_id WHERE u.email = 'volunteer@oakbridge.example'`,
      );
      expect(memberships).toEqual([]);
    });

    it('refuses to invite someone who is already a user of the organisation, and sends nothing', async () => {
      const { client: admin } = await signIn('admin@thornfield.example', 'thornfield admin pass');
      const result = await admin.request(INVITE, { input: { organisationId, email: 'Viewer@Thornfield.example', role: 'COORDINATOR' } });
      expect(result.errors?.[0]).toMatchObject({
        extensions: { code: 'BAD_USER_INPUT', field: 'email' },
        message: expect.stringMatching(/already a user of this organisation/),
      });
      expect(sent).toEqual([]);
      const [{ n }] = await testApp.dataSource.query(`SELECT count(*)::int AS n FROM invitation WHERE lower(email) = 'viewer@thornfield.example'`);
      expect(n).toBe(0);
    });

    it('sends a fresh link when someone is invited again, and only the newest works', async () => {
      const { client: admin } = await signIn('admin@thornfield.example', 'thornfield admin pass');
      const input = { organisationId, email: 'lost.email@thornfield.example', role: 'VIEWER' };
      await admin.data(INVITE, { input });
      await admin.data(INVITE, { input: { ...input, role: 'COORDINATOR' } });
      const [first, second] = sent.map(tokenFrom);
      const stale = await testApp.anonymousClient().request(ACCEPT, { input: { token: first, name: 'Lou Lost', password: 'lost email password' } });
      expect(stale.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'token' });
      const invitee = testApp.anonymousClient();
      await invitee.data(ACCEPT, { input: { token: second, name: 'Lou Lost', password: 'lost email password' } });
      expect(await invitee.data(ME)).toMatchObject({ me: { memberships: [{ organisationId, role: 'COORDINATOR' }] } });
    });

    it('writes invitations, withdrawals and joining to the organisation’s audit log', async () => {
      const { client: admin } = await signIn('admin@thornfield.example', 'thornfield admin pass');
      const invited = await admin.data<{ invite: { id: string } }>(`mutation($input: InviteInput!) { invite(input: $input) { id } }`, {
        input: { organisationId, email: 'audited@thornfield.example', role: 'VIEWER' },
      });
      await admin.data(`mutation($o: ID!, $i: ID!) { withdrawInvitation(organisationId: $o, invitationId: $i) }`, {
        o: organisationId,
        i: invited.invite.id,
      });
      await admin.data(INVITE, { input: { organisationId, email: 'audited@thornfield.example', role: 'COORDINATOR' } });
      const invitee = testApp.anonymousClient();
      await invitee.data(ACCEPT, { input: { token: tokenFrom(sent[1]), name: 'Ada Audited', password: 'audited password' } });

      const entries = await testApp.dataSource.query(
        `SELECT a.record_type AS "recordType", a.action, a.changes, actor.email AS actor
           FROM audit_log a LEFT JOIN user_account actor ON actor.id = a.actor_id
          WHERE a.owner_organisation_id = $1 AND (a.changes->'email'->>'after' = 'audited@thornfield.example'
             OR a.changes->'email'->>'before' = 'audited@thornfield.example' OR actor.email = 'audited@thornfield.example')
          ORDER BY a.id`,
        [organisationId],
      );
      expect(entries).toEqual([
        { recordType: 'invitation', action: 'CREATE', actor: 'admin@thornfield.example', changes: { email: { before: null, after: 'audited@thornfield.example' }, role: { before: null, after: 'VIEWER' } } },
        { recordType: 'invitation', action: 'ARCHIVE', actor: 'admin@thornfield.example', changes: { email: { before: 'audited@thornfield.example', after: null }, role: { before: 'VIEWER', after: null } } },
        { recordType: 'invitation', action: 'CREATE', actor: 'admin@thornfield.example', changes: { email: { before: null, after: 'audited@thornfield.example' }, role: { before: null, after: 'COORDINATOR' } } },
        { recordType: 'organisation_member', action: 'CREATE', actor: 'audited@thornfield.example', changes: { role: { before: null, after: 'COORDINATOR' } } },
      ]);
    });
  });
});
