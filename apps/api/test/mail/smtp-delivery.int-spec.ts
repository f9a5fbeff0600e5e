import { AuthService } from '@cg/api/core/auth';
import { loadConfig } from '@cg/api/core/config';
import { OrganisationRole } from '@cg/shared/domain';
import type { ParsedMail } from 'mailparser';
import { startTestApp, TestApp } from '../support/test-app';
import { MailCatcher, startMailCatcher } from '@cg/shared/testing';
import { addMembership, createPartnership, makeOrganisation } from '../support/partnership-factories';
import { signedInAs } from '../support/users';

const PUBLIC_URL = 'https://commonground.thornfield.example';
const SIGN_IN = `mutation($input: SignInInput!) { signIn(input: $input) { user { email } } }`;
const INVITE = `mutation($input: InviteInput!) { invite(input: $input) { email } }`;
const ME = `{ me { email memberships { organisationName role } } }`;

/** The link in both the plain text and the HTML, which must agree. */
function linkIn(mail: ParsedMail, path: string): string {
  const pattern = new RegExp(`${PUBLIC_URL.replace(/\./g, '\\.')}/${path}\\?token=[\\w-]+`);
  const inText = pattern.exec(mail.text ?? '')?.[0];
  const inHtml = pattern.exec(typeof mail.html === 'string' ? mail.html : '')?.[0];
  expect(inText).toBeDefined();
  expect(inHtml).toBe(inText);
  return inText as string;
}

describe('email through a real SMTP server', () => {
  let mail: MailCatcher;
  let testApp: TestApp;
  let organisationId: string;

  beforeAll(async () => {
    mail = await startMailCatcher();
    const { mail: defaults } = loadConfig({ NODE_ENV: 'test' });
    testApp = await startTestApp({
      publicUrl: PUBLIC_URL,
      // One quick retry, so a refused address gives up within the test.
      mail: {
        ...defaults,
        transport: 'smtp',
        smtpUrl: mail.url,
        from: 'Common Ground <noreply@thornfield.example>',
        retryLimit: 1,
        retryDelaySeconds: 1,
      },
    });
    const auth = testApp.app.get(AuthService);
    [{ id: organisationId }] = await testApp.dataSource.query(
      `INSERT INTO organisation (name, type, sector) VALUES ('Thornfield Food Bank', 'CHARITY', 'VOLUNTARY_AND_COMMUNITY') RETURNING id`,
    );
    const admin = await auth.createUser({
      email: 'admin@thornfield.example',
      name: 'Mo Admin',
      password: 'thornfield admin pass',
    });
    await auth.addMembership(admin.id, organisationId, OrganisationRole.ORG_ADMIN);
  });
  afterAll(async () => {
    await testApp?.close();
    await mail?.close();
  });

  async function signedIn(email: string, password: string) {
    const client = testApp.anonymousClient();
    await client.data(SIGN_IN, { input: { email, password } });
    return client;
  }

  it('delivers an invitation in plain text and HTML whose link lets the invitee join and sign in', async () => {
    const admin = await signedIn('admin@thornfield.example', 'thornfield admin pass');
    await admin.data(INVITE, {
      input: { organisationId, email: 'new.volunteer@thornfield.example', role: 'COORDINATOR' },
    });

    const invitation = await mail.messageTo('new.volunteer@thornfield.example');
    expect(invitation.subject).toBe('Mo Admin invited you to Thornfield Food Bank on Common Ground');
    expect(invitation.from?.value).toEqual([{ name: 'Common Ground', address: 'noreply@thornfield.example' }]);
    expect(invitation.text).toContain('Mo Admin has invited you to join Thornfield Food Bank on Common Ground');
    expect(invitation.text).toContain('You will join as a coordinator.');
    const link = linkIn(invitation, 'accept-invitation');

    const invitee = testApp.anonymousClient();
    const token = new URL(link).searchParams.get('token');
    await invitee.data(`mutation($input: AcceptInvitationInput!) { acceptInvitation(input: $input) }`, {
      input: { token, name: 'Nia Volunteer', password: 'volunteer password here' },
    });
    expect(await invitee.data(ME)).toEqual({
      me: {
        email: 'new.volunteer@thornfield.example',
        memberships: [{ organisationName: 'Thornfield Food Bank', role: 'COORDINATOR' }],
      },
    });
  });

  it('delivers a password reset naming the organisation, whose link sets the new password', async () => {
    await testApp.anonymousClient().data(`mutation { requestPasswordReset(email: "admin@thornfield.example") }`);
    const reset = await mail.messageTo('admin@thornfield.example');
    expect(reset.subject).toBe('Reset your Common Ground password');
    expect(reset.text).toContain('your Common Ground account with Thornfield Food Bank');
    const token = new URL(linkIn(reset, 'reset-password')).searchParams.get('token');

    await testApp.anonymousClient().data(`mutation($input: ResetPasswordInput!) { resetPassword(input: $input) }`, {
      input: { token, newPassword: 'a new admin password' },
    });
    expect((await (await signedIn('admin@thornfield.example', 'a new admin password')).data(ME)).me).toMatchObject({
      email: 'admin@thornfield.example',
    });
  });

  it('invites the member organisations’ admins and coordinators to a survey round, and the link opens their answer form', async () => {
    const ds = testApp.dataSource;
    const [lead, member] = await Promise.all(
      ['Thornfield Together', 'Moor Lane Allotments'].map((name) => makeOrganisation(ds, { name })),
    );
    const admin = testApp.client();
    const partnership = await createPartnership(admin, { name: 'Thornfield Food Partnership', ownerOrganisationId: lead.id });
    await addMembership(admin, partnership.id, lead.id, { role: 'LEAD' });
    await addMembership(admin, partnership.id, member.id);
    const leadAdmin = await signedInAs(testApp, 'lead@thornfield.example', lead.id);
    const coordinator = await signedInAs(testApp, 'coordinator@moorlane.example', member.id, OrganisationRole.COORDINATOR);
    await signedInAs(testApp, 'viewer@moorlane.example', member.id, OrganisationRole.VIEWER);
    const closesOn = new Date(Date.now() + 14 * 86_400_000).toISOString().slice(0, 10);
    const { openSurveyRound } = await leadAdmin.data<{ openSurveyRound: { id: string } }>(
      `mutation ($input: OpenSurveyRoundInput!) { openSurveyRound(input: $input) { id } }`,
      { input: { partnershipId: partnership.id, closesOn } },
    );

    const invitation = await mail.messageTo('coordinator@moorlane.example');
    const ukDay = closesOn.split('-').reverse().join('/');
    expect(invitation.subject).toBe(`Rate your partners in Thornfield Food Partnership by ${ukDay}`);
    expect(invitation.text).toContain('You can answer for Moor Lane Allotments');
    expect(invitation.text).toContain('Nobody sees who rated whom');
    const link = `${PUBLIC_URL}/network-map/ratings?organisation=${member.id}&round=${openSurveyRound.id}`;
    expect(invitation.text).toContain(link);
    expect(typeof invitation.html === 'string' && invitation.html.includes(link.replace(/&/g, '&amp;'))).toBe(true);
    await mail.messageTo('lead@thornfield.example');
    // Viewers cannot answer for their organisation, so they are not asked to.
    await expect(mail.messageTo('viewer@moorlane.example', 1500)).rejects.toThrow();

    // The link's round is the one the member's coordinator is asked to answer.
    const { surveyTasks } = await coordinator.data<{ surveyTasks: { roundId: string; organisationId: string }[] }>(
      `{ surveyTasks { roundId organisationId } }`,
    );
    expect(surveyTasks).toContainEqual(expect.objectContaining({ roundId: openSurveyRound.id, organisationId: member.id }));
  });

  it('answers at once when the mail server refuses, retries, then lists the failure for instance admins without its link', async () => {
    const admin = await signedIn('admin@thornfield.example', 'a new admin password');
    const started = Date.now();
    const result = await admin.request(INVITE, {
      input: { organisationId, email: 'nobody@refuses.example', role: 'VIEWER' },
    });
    expect(result.errors).toBeUndefined();
    expect(Date.now() - started).toBeLessThan(2000);

    type Failed = { failedEmails: { to: string; subject: string; attempts: number; lastError: string | null }[] };
    let failed: Failed['failedEmails'] = [];
    for (let wait = 0; wait < 60 && failed.length === 0; wait++) {
      await new Promise((r) => setTimeout(r, 500));
      failed = (await testApp.client().data<Failed>(`{ failedEmails { to subject attempts lastError } }`)).failedEmails;
    }
    expect(failed).toEqual([
      {
        to: 'nobody@refuses.example',
        subject: 'Mo Admin invited you to Thornfield Food Bank on Common Ground',
        attempts: 2,
        lastError: expect.stringContaining('550'),
      },
    ]);
    const [{ data }] = await testApp.dataSource
      .query(`SELECT data FROM pgboss.job WHERE name = 'send-email' AND data->>'to' = 'nobody@refuses.example'
      UNION ALL SELECT data FROM pgboss.archive WHERE name = 'send-email' AND data->>'to' = 'nobody@refuses.example'`);
    expect(JSON.stringify(data)).not.toMatch(/token=|accept-invitation/);

    const forbidden = await admin.request(`{ failedEmails { to } }`);
    expect(forbidden.errors?.[0].extensions?.['code']).toBe('FORBIDDEN');
  });
});
