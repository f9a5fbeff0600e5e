import { MailCatcher, startMailCatcher } from '@cg/shared/testing';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { request } from 'node:https';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Browser } from 'playwright-core';
import { launchBrowser, screenshot } from './browser';
import { ProxyPorts, RunningProxy, selfSignedCertificate } from './https-proxy';
import { DEMO_PASSWORD, PERSONAS } from './personas';
import { freePort, startServer, StartedServer } from './server';

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

const SIGN_IN = 'mutation ($input: SignInInput!) { signIn(input: $input) { user { id } } }';

export interface ProxyUnderTest {
  /** As people write it: "nginx", "Caddy". */
  name: string;
  /** Its binary, or undefined when it is not installed (the suite is then skipped, loudly). */
  binary: string | undefined;
  /** The Debian package that provides it. */
  debianPackage: string;
  /** The status its plain-HTTP listener redirects to HTTPS with. */
  redirectStatus: number;
  /** Starts it in `dir` in front of the API, with the documented file and the test's certificate. */
  start(dir: string, ports: ProxyPorts, cert: string, key: string): Promise<RunningProxy>;
}

/**
 * The production build behind a reverse proxy from Debian, over HTTPS with a self-signed certificate,
 * using the file docs/deploy.md shows for that proxy. With SMTP to a real server in this process, it
 * is the documented deployment end to end: an invited person receives the email, follows its HTTPS
 * link and is signed in.
 */
export function describeBehindProxy(proxy: ProxyUnderTest): void {
  const describeWithProxy = proxy.binary ? describe : describe.skip;
  if (!proxy.binary) {
    console.warn(
      `\n\n*** SKIPPED: the HTTPS reverse-proxy test behind ${proxy.name} needs it ` +
        `(apt-get install -y ${proxy.debianPackage}); .ci/run installs it. ***\n\n`,
    );
  }

  describeWithProxy(`behind ${proxy.name} over HTTPS`, () => {
    let server: StartedServer;
    let running: RunningProxy;
    let mail: MailCatcher;
    let ca: Buffer;
    let ports: ProxyPorts;
    let publicUrl: string;
    let dir: string;

    beforeAll(async () => {
      dir = await mkdtemp(join(tmpdir(), `cg-${proxy.name.toLowerCase()}-`));
      const { cert, key } = selfSignedCertificate(dir);
      ca = await readFile(cert);
      mail = await startMailCatcher();
      const [https, http] = [await freePort(), await freePort()];
      publicUrl = `https://localhost:${https}`;
      server = await startServer({
        TRUST_PROXY: '1',
        PUBLIC_URL: publicUrl,
        MAIL_TRANSPORT: 'smtp',
        SMTP_URL: mail.url,
        MAIL_FROM: 'Common Ground <noreply@commonground.example.org>',
      });
      ports = { https, http, api: Number(new URL(server.url).port) };
      running = await proxy.start(dir, ports, cert, key);
    }, 180_000);
    afterAll(async () => {
      await running?.stop();
      await server?.stop();
      await mail?.close();
      if (dir) await rm(dir, { recursive: true, force: true });
    });

    /** One HTTPS request through the proxy, from a chosen loopback address (127.0.0.2, 127.0.0.3…). */
    function viaProxy(
      path: string,
      options: { method?: string; headers?: Record<string, string>; body?: unknown; from?: string } = {},
    ): Promise<Answer> {
      const body = options.body === undefined ? undefined : JSON.stringify(options.body);
      return new Promise((resolve, reject) => {
        const req = request(
          {
            host: '127.0.0.1',
            servername: 'localhost',
            port: ports.https,
            path,
            method: options.method ?? (body ? 'POST' : 'GET'),
            ca,
            localAddress: options.from ?? '127.0.0.1',
            headers: {
              host: `localhost:${ports.https}`,
              ...(body ? { 'content-type': 'application/json', 'x-requested-with': 'common-ground' } : {}),
              ...options.headers,
            },
          },
          (res) => {
            let text = '';
            res.setEncoding('utf8');
            res.on('data', (chunk) => (text += chunk));
            res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: text }));
          },
        );
        req.on('error', reject);
        req.end(body);
      });
    }
    const graphql = (
      query: string,
      variables: Record<string, unknown>,
      options: { cookie?: string; from?: string; headers?: Record<string, string> } = {},
    ) =>
      viaProxy('/graphql', {
        body: { query, variables },
        from: options.from,
        headers: { ...(options.cookie ? { cookie: options.cookie } : {}), ...options.headers },
      });
    const cookieFrom = (answer: Answer) =>
      ([answer.headers['set-cookie'] ?? []].flat() as string[]).map((c) => c.split(';')[0]).join('; ');

    it('sends plain HTTP to HTTPS, and HSTS only over HTTPS', async () => {
      const redirect = await fetch(`http://127.0.0.1:${ports.http}/organisations`, { redirect: 'manual' });
      expect(redirect.status).toBe(proxy.redirectStatus);
      expect(redirect.headers.get('location')).toBe('https://127.0.0.1/organisations');
      const secure = await viaProxy('/health');
      expect(secure.status).toBe(200);
      expect(secure.headers['strict-transport-security']).toMatch(/max-age=\d+/);
      const direct = await fetch(`${server.url}/health`);
      expect(direct.headers.get('strict-transport-security')).toBeNull();
    });

    it('signs in over HTTPS with a Secure, HttpOnly session cookie, and a form saves', async () => {
      const signIn = await graphql(SIGN_IN, { input: { email: PERSONAS.ceo, password: DEMO_PASSWORD } });
      expect(JSON.parse(signIn.body).errors).toBeUndefined();
      const setCookie = ([signIn.headers['set-cookie'] ?? []].flat() as string[]).find((c) =>
        c.startsWith('cg_session='),
      );
      expect(setCookie).toMatch(/; HttpOnly/);
      expect(setCookie).toMatch(/; Secure/);
      expect(setCookie).toMatch(/; SameSite=Lax/);

      const saved = await graphql(
        'mutation ($input: CreateOrganisationInput!) { createOrganisation(input: $input) { name } }',
        { input: { name: 'Proxy Test Allotment Society', type: 'COMMUNITY_GROUP' } },
        { cookie: cookieFrom(signIn) },
      );
      expect(JSON.parse(saved.body)).toEqual({
        data: { createOrganisation: { name: 'Proxy Test Allotment Society' } },
      });
    });

    it('throttles sign-in per real client address, ignoring an X-Forwarded-For the client made up', async () => {
      const wrong = (from: string, spoofed: string) =>
        graphql(
          SIGN_IN,
          { input: { email: PERSONAS.viewer, password: 'not the password' } },
          { from, headers: { 'x-forwarded-for': spoofed } },
        );
      const codes: string[] = [];
      for (let attempt = 0; attempt < 11; attempt++) {
        // A new made-up address each time: were it believed, the throttle would never trip.
        const answer = await wrong('127.0.0.2', `203.0.113.${attempt + 1}`);
        codes.push(JSON.parse(answer.body).errors[0].extensions.code);
      }
      expect(codes.slice(0, 10).every((code) => code === 'UNAUTHENTICATED')).toBe(true);
      expect(codes[10]).toBe('TOO_MANY_REQUESTS');
      // Another client, same account: its own allowance.
      const other = await wrong('127.0.0.3', '203.0.113.1');
      expect(JSON.parse(other.body).errors[0].extensions.code).toBe('UNAUTHENTICATED');
    });

    it('delivers an invitation by SMTP whose HTTPS link lets the invitee join, signed in with a Secure cookie', async () => {
      const admin = await graphql(SIGN_IN, { input: { email: PERSONAS.ceo, password: DEMO_PASSWORD } });
      const cookie = cookieFrom(admin);
      const me = JSON.parse(
        (await graphql('{ me { memberships { organisationId organisationName } } }', {}, { cookie })).body,
      );
      const { organisationId, organisationName } = me.data.me.memberships[0];
      const invitee = `proxy.invitee.${Date.now()}@example.org`;
      const invited = await graphql(
        'mutation ($input: InviteInput!) { invite(input: $input) { id } }',
        { input: { organisationId, email: invitee, role: 'VIEWER' } },
        { cookie },
      );
      expect(JSON.parse(invited.body).errors).toBeUndefined();

      const email = await mail.messageTo(invitee);
      expect(email.subject).toContain(`invited you to ${organisationName} on Common Ground`);
      const link = new RegExp(`${publicUrl}/accept-invitation\\?token=[\\w-]+`).exec(email.text ?? '')?.[0];
      expect(link).toBeDefined();
      const url = new URL(link as string);
      // The link opens the web app through the proxy…
      const page = await viaProxy(`${url.pathname}${url.search}`, { headers: { accept: 'text/html' } });
      expect(page.status).toBe(200);
      expect(page.body).toContain('<cg-root>');
      // …whose form accepts it with the token.
      const accepted = await graphql('mutation ($input: AcceptInvitationInput!) { acceptInvitation(input: $input) }', {
        input: { token: url.searchParams.get('token'), name: 'Pat Proxy', password: 'a proxy invitee password' },
      });
      expect(JSON.parse(accepted.body)).toEqual({ data: { acceptInvitation: true } });
      expect(
        ([accepted.headers['set-cookie'] ?? []].flat() as string[]).find((c) => c.startsWith('cg_session=')),
      ).toMatch(/; Secure/);
      const signedIn = JSON.parse((await graphql('{ me { email } }', {}, { cookie: cookieFrom(accepted) })).body);
      expect(signedIn).toEqual({ data: { me: { email: invitee } } });
    });

    describe('in a browser', () => {
      let browser: Browser;
      beforeAll(async () => (browser = await launchBrowser()));
      afterAll(() => browser?.close());

      it('signs in through the form and opens the place map over HTTPS', async () => {
        // The certificate is self-signed for the test; a real one comes from certbot (docs/deploy.md).
        const context = await browser.newContext({ ignoreHTTPSErrors: true });
        const page = await context.newPage();
        await page.goto(`${publicUrl}/sign-in`);
        await page.getByLabel('Email address').fill(PERSONAS.funder);
        await page.getByLabel('Password').fill(DEMO_PASSWORD);
        await page.getByRole('button', { name: 'Sign in' }).click();
        await page.getByRole('navigation').getByRole('link', { name: 'Place map' }).click();
        await page.getByRole('heading', { level: 1, name: 'Place map' }).waitFor();
        await page.getByTestId('map-area').first().waitFor();
        const session = (await context.cookies()).find((cookie) => cookie.name === 'cg_session');
        expect(session).toMatchObject({ secure: true, httpOnly: true });
        await screenshot(page, `https-proxy-${proxy.name.toLowerCase()}-place-map`);
        await context.close();
      });
    });
  });
}
