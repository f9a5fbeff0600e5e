import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { baseUrl } from './browser';
import { WORKSPACE } from './server';

/** The demo accounts `npm start` prints; all share the demo password. */
export const PERSONAS = {
  admin: 'admin@demo.common-ground.example',
  ceo: 'ceo@demo.common-ground.example',
  coordinator: 'coordinator@demo.common-ground.example',
  viewer: 'viewer@demo.common-ground.example',
  funder: 'funder@demo.common-ground.example',
  group: 'group@demo.common-ground.example',
} as const;
export type Persona = keyof typeof PERSONAS;
export const DEMO_PASSWORD = 'common-ground-demo';

export const DESKTOP = { width: 1280, height: 800 };
export const PHONE = { width: 390, height: 844 };

type StorageState = Awaited<ReturnType<Awaited<ReturnType<Browser['newContext']>>['storageState']>>;

// Sign-in is throttled (10 a minute per address and account, as in production), and the browser
// tests open many pages per persona, so each persona signs in once per server run and later pages
// reuse its session cookie. Jest gives every test file fresh modules, hence a file, keyed by the
// server's address (a new port each run).
const SESSIONS = join(WORKSPACE, 'test-output/e2e-sessions.json');

function savedSessions(): Record<string, StorageState> {
  return existsSync(SESSIONS) ? (JSON.parse(readFileSync(SESSIONS, 'utf8')) as Record<string, StorageState>) : {};
}

/**
 * A page already signed in as a demo persona. Signs in through the API (the sign-in page has
 * its own test), so the session cookie lands in this page's own browser context.
 */
export async function signedInPage(
  browser: Browser,
  persona: Persona,
  options: BrowserContextOptions = { viewport: DESKTOP },
): Promise<Page> {
  const key = `${baseUrl()} ${persona}`;
  const saved = savedSessions()[key];
  if (saved) return (await browser.newContext({ ...options, storageState: saved })).newPage();
  const context = await browser.newContext(options);
  const response = await context.request.post(`${baseUrl()}/graphql`, {
    data: {
      query: 'mutation ($input: SignInInput!) { signIn(input: $input) { user { id } } }',
      variables: { input: { email: PERSONAS[persona], password: DEMO_PASSWORD } },
    },
  });
  const body = (await response.json()) as { errors?: { message: string }[] };
  if (body.errors?.length) throw new Error(`Signing in as ${persona} failed: ${body.errors[0].message}`);
  mkdirSync(dirname(SESSIONS), { recursive: true });
  writeFileSync(SESSIONS, JSON.stringify({ ...savedSessions(), [key]: await context.storageState() }));
  return context.newPage();
}

/** Asks the API as whoever is signed in on the page, as a colleague's change would arrive behind its back. */
export async function graphqlAs<T>(page: Page, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const response = await page.request.post(`${baseUrl()}/graphql`, { data: { query, variables } });
  const body = (await response.json()) as { data: T; errors?: { message: string }[] };
  if (body.errors?.length) throw new Error(body.errors[0].message);
  return body.data;
}
