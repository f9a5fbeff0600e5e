import { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { baseUrl } from './browser';

/** The demo accounts `npm start` prints; all share the demo password. */
export const PERSONAS = {
  admin: 'admin@demo.common-ground.example',
  ceo: 'ceo@demo.common-ground.example',
  coordinator: 'coordinator@demo.common-ground.example',
  viewer: 'viewer@demo.common-ground.example',
  funder: 'funder@demo.common-ground.example',
} as const;
export type Persona = keyof typeof PERSONAS;
export const DEMO_PASSWORD = 'common-ground-demo';

export const DESKTOP = { width: 1280, height: 800 };
export const PHONE = { width: 390, height: 844 };

/**
 * A page already signed in as a demo persona. Signs in through the API (the sign-in page has
 * its own test), so the session cookie lands in this page's own browser context.
 */
export async function signedInPage(
  browser: Browser,
  persona: Persona,
  options: BrowserContextOptions = { viewport: DESKTOP },
): Promise<Page> {
  const context = await browser.newContext(options);
  const response = await context.request.post(`${baseUrl()}/graphql`, {
    data: {
      query: 'mutation ($input: SignInInput!) { signIn(input: $input) { user { id } } }',
      variables: { input: { email: PERSONAS[persona], password: DEMO_PASSWORD } },
    },
  });
  const body = (await response.json()) as { errors?: { message: string }[] };
  if (body.errors?.length) throw new Error(`Signing in as ${persona} failed: ${body.errors[0].message}`);
  return context.newPage();
}
