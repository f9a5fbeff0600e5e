import type { GraphQLTestClient } from '@cg/api/testing';
import type { TestApp } from './test-app';

/** The cookie header of a test client (none for a signed-out visitor). */
export function cookieOf(client: GraphQLTestClient | null): string {
  return client
    ? Object.entries(client.cookieJar())
        .map(([name, value]) => `${name}=${value}`)
        .join('; ')
    : '';
}

/** Posts bytes as the body, the way the Imports and exports screen does, and reads the JSON answer. */
export async function postFile<T = Record<string, unknown>>(
  testApp: TestApp,
  path: string,
  body: string | Buffer,
  client: GraphQLTestClient | null,
  query: Record<string, unknown> = {},
  headers: Record<string, string> = { 'x-requested-with': 'common-ground' },
): Promise<{ status: number; body: T & { error?: { code: string; message: string } } }> {
  const search = new URLSearchParams(
    Object.entries(query).map(([key, value]) => [key, typeof value === 'string' ? value : JSON.stringify(value)]),
  );
  const response = await fetch(`${testApp.url}${path}?${search}`, {
    method: 'POST',
    headers: { 'content-type': 'application/octet-stream', cookie: cookieOf(client), ...headers },
    body: typeof body === 'string' ? body : new Uint8Array(body),
  });
  return {
    status: response.status,
    body: (await response.json()) as T & { error?: { code: string; message: string } },
  };
}

/** GETs a download (a CSV or the archive) as bytes. */
export async function download(testApp: TestApp, path: string, client: GraphQLTestClient | null) {
  const response = await fetch(`${testApp.url}${path}`, { headers: { cookie: cookieOf(client) } });
  return {
    status: response.status,
    type: response.headers.get('content-type') ?? '',
    bytes: Buffer.from(await response.arrayBuffer()),
  };
}
