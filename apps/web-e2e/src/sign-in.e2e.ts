import { Browser, Page } from 'playwright-core';
import { baseUrl, launchBrowser, screenshot } from './support/browser';
import { expectNoSeriousA11yViolations, screenshotWhole } from './support/page-checks';
import { DEMO_PASSWORD, PERSONAS, PHONE } from './support/personas';
import { StartedServer, startServer } from './support/server';

/** Waits for CSS animations (error messages fading in, dialogs opening) to finish, so checks see the final page. */
async function animationsDone(page: Page): Promise<void> {
  await page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== 'running'));
  // Material's ripples fade out on a timer after their animation: give them that moment.
  await page.waitForTimeout(200);
}

describe('signing in', () => {
  let browser: Browser;
  beforeAll(async () => (browser = await launchBrowser()));
  afterAll(() => browser.close());

  it('a charity CEO signs in with the demo account, after a wrong password, and signs out', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(baseUrl());
    await page.getByRole('banner').getByRole('link', { name: 'Sign in' }).click();
    await page.getByRole('heading', { name: 'Sign in' }).waitFor();

    await page.getByLabel('Email address').fill('ceo@demo.common-ground.example');
    await page.getByLabel('Password').fill('not the password');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('alert').filter({ hasText: 'That email and password do not match an account.' }).waitFor();
    await screenshot(page, 'sign-in-wrong-password');

    await page.getByLabel('Password').fill('common-ground-demo');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByTestId('signed-in-user').filter({ hasText: 'Asha Patel' }).waitFor();
    await page.waitForURL((url) => url.pathname === '/');
    await screenshot(page, 'signed-in-home');

    await page.reload();
    await page.getByTestId('signed-in-user').filter({ hasText: 'Asha Patel' }).waitFor();

    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByRole('heading', { name: 'Sign in' }).waitFor();
    await page.getByRole('banner').getByRole('link', { name: 'Sign in' }).waitFor();
  });
});

describe('forgotten passwords and invitations', () => {
  let browser: Browser;
  beforeAll(async () => (browser = await launchBrowser()));
  afterAll(() => browser.close());

  it('"Forgot your password?" asks for a reset link without saying whether the account exists', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(`${baseUrl()}/sign-in`);
    await page.getByRole('link', { name: 'Forgot your password?' }).click();
    await page.getByRole('heading', { level: 1, name: 'Forgot your password?' }).waitFor();
    await page.getByRole('button', { name: 'Email me a reset link' }).click();
    await page.getByText('Enter your email address.').waitFor();
    await page.getByLabel('Email address').fill('nobody.here@example.org');
    await page.getByRole('button', { name: 'Email me a reset link' }).click();
    await page
      .getByTestId('reset-requested')
      .filter({ hasText: 'If nobody.here@example.org has a Common Ground account, we have emailed it a link' })
      .waitFor();
    // Let the button's press ripple fade before checking contrast.
    await page.mouse.move(0, 0);
    await animationsDone(page);
    await screenshotWhole(page, 'reset-password-requested');
    await expectNoSeriousA11yViolations(page, 'forgot password');

    // A link without its token, or with a spent one, is explained, not an error page.
    await page.goto(`${baseUrl()}/invitations/accept`);
    await page.getByTestId('missing-token').waitFor();
    await expectNoSeriousA11yViolations(page, 'invitation link without a token');
    await page.goto(`${baseUrl()}/reset-password?token=${'x'.repeat(43)}`);
    await page.getByLabel('New password', { exact: true }).fill('a brand new password');
    await page.getByLabel('Type the new password again').fill('a brand new password');
    await page.getByRole('button', { name: 'Set new password' }).click();
    await page.getByRole('alert').filter({ hasText: 'This reset link has expired or has already been used.' }).waitFor();
    await animationsDone(page);
    await screenshotWhole(page, 'reset-password-expired-link');
    await expectNoSeriousA11yViolations(page, 'reset password with a spent link');
  });

  /**
   * Emailed links carry a token only the mailer sees. The shared test server's output is not
   * reachable from here, so these tests start their own server and read the links from its log.
   */
  describe('with the links the mailer sends', () => {
    let server: StartedServer;
    beforeAll(async () => (server = await startServer()), 180_000);
    afterAll(() => server?.stop());

    /** The newest link to `path` the console mailer wrote for this address. */
    async function mailedToken(path: string, to: string): Promise<string> {
      const pattern = new RegExp(`To: ${to.replace(/[.+]/g, '\\$&')} \\|[^]*?/${path}\\?token=([\\w-]+)`, 'g');
      for (let attempt = 0; attempt < 40; attempt++) {
        const tokens = [...server.output().matchAll(pattern)].map((m) => m[1]);
        if (tokens.length) return tokens[tokens.length - 1];
        await new Promise((r) => setTimeout(r, 250));
      }
      throw new Error(`No ${path} link for ${to} in the server output`);
    }

    it('an invited person sets their name and password from the emailed link, is signed in, and can later reset the password', async () => {
      const invitee = `invited.${Date.now()}@example.org`;
      // The CEO invites them (the admin screen has its own test).
      const ceo = await browser.newContext();
      const post = (data: unknown) => ceo.request.post(`${server.url}/graphql`, { data, headers: { 'x-requested-with': 'common-ground' } });
      await post({
        query: 'mutation ($input: SignInInput!) { signIn(input: $input) { user { id } } }',
        variables: { input: { email: PERSONAS.ceo, password: DEMO_PASSWORD } },
      });
      const me = await (await post({ query: '{ me { memberships { organisationId } } }' })).json();
      const organisationId = me.data.me.memberships[0].organisationId as string;
      const invited = await (
        await post({
          query: 'mutation ($input: InviteInput!) { invite(input: $input) { id } }',
          variables: { input: { organisationId, email: invitee, role: 'VIEWER' } },
        })
      ).json();
      expect(invited.errors).toBeUndefined();
      await ceo.close();

      // The mailed link (the API writes /accept-invitation) lands on the accept page.
      const token = await mailedToken('accept-invitation', invitee);
      const page = await browser.newPage({ viewport: PHONE });
      await page.goto(`${server.url}/accept-invitation?token=${token}`);
      await page.getByRole('heading', { level: 1, name: 'Accept your invitation' }).waitFor();
      expect(new URL(page.url()).pathname).toBe('/invitations/accept');
      await page.getByRole('button', { name: 'Accept and sign in' }).click();
      await page.getByText('Enter your name.').waitFor();
      await animationsDone(page);
      await screenshotWhole(page, 'accept-invitation-phone');
      await expectNoSeriousA11yViolations(page, 'accept invitation (phone)');

      await page.getByLabel('Your name').fill('Priya Shah');
      await page.getByLabel('Choose a password').fill('rolling hills at dawn');
      await page.getByLabel('Type the password again').fill('rolling hills at dawn');
      await page.getByRole('button', { name: 'Accept and sign in' }).click();
      await page.waitForURL((url) => url.pathname === '/');
      // On a phone, who is signed in heads the menu.
      await page.getByRole('button', { name: 'Menu' }).click();
      await page.getByTestId('signed-in-user').filter({ hasText: 'Priya Shah' }).waitFor();
      await page.getByTestId('signed-in-role').filter({ hasText: 'Viewer' }).waitFor();
      await animationsDone(page);
      await screenshotWhole(page, 'signed-in-menu-phone');
      await expectNoSeriousA11yViolations(page, 'menu with who is signed in (phone)');
      await page.keyboard.press('Escape');

      // The same link works only once.
      await page.goto(`${server.url}/invitations/accept?token=${token}`);
      await page.getByRole('radio', { name: /I already have an account/ }).check();
      await page.getByLabel('Your password').fill('rolling hills at dawn');
      await page.getByRole('button', { name: 'Accept and sign in' }).click();
      await page.getByRole('alert').filter({ hasText: 'This invitation has expired or has already been accepted.' }).waitFor();

      // Later they forget the password and reset it with the mailed link.
      await page.getByRole('button', { name: 'Sign out' }).click();
      await page.getByRole('link', { name: 'Forgot your password?' }).click();
      // Wait for the new page: the sign-in page has an "Email address" field too.
      await page.getByRole('heading', { level: 1, name: 'Forgot your password?' }).waitFor();
      await page.getByLabel('Email address').fill(invitee);
      await page.getByRole('button', { name: 'Email me a reset link' }).click();
      await page.getByTestId('reset-requested').waitFor();
      const resetToken = await mailedToken('reset-password', invitee);
      await page.goto(`${server.url}/reset-password?token=${resetToken}`);
      await page.getByRole('heading', { level: 1, name: 'Choose a new password' }).waitFor();
      await page.getByLabel('New password', { exact: true }).fill('quiet rivers at dusk');
      await page.getByLabel('Type the new password again').fill('quiet rivers at dusk');
      await animationsDone(page);
      await screenshotWhole(page, 'reset-password-phone');
      await expectNoSeriousA11yViolations(page, 'reset password (phone)');
      await page.getByRole('button', { name: 'Set new password' }).click();
      await page.getByTestId('password-changed').waitFor();
      await page.getByRole('link', { name: 'Sign in with your new password' }).click();
      await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
      await page.getByLabel('Email address').fill(invitee);
      await page.getByLabel('Password').fill('quiet rivers at dusk');
      await page.getByRole('button', { name: 'Sign in' }).click();
      await page.waitForURL((url) => url.pathname === '/');
      await page.getByRole('button', { name: 'Menu' }).click();
      await page.getByTestId('signed-in-user').filter({ hasText: 'Priya Shah' }).waitFor();
    });
  });
});
