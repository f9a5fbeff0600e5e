import { ImportJobService } from '@cg/api/core/imports';
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

/** The job a real CSV import answers with, as `importJob(id)` shows it. */
export interface CsvJob {
  id: string;
  kind: string;
  status: string;
  rowsRead: number;
  rowsTotal: number | null;
  error: string | null;
  report: {
    rowsRead: number;
    inserted: number;
    updated: number;
    unchanged: number;
    unmatchedCount: number;
    resultId: string | null;
  } | null;
}

/**
 * Uploads a CSV as the screen does. A dry run (or a refusal) answers at once; a real import
 * answers its background job (202), which this waits for, then reads the import's whole report
 * from its history entry, so tests read the same report either way.
 */
export async function importCsvAndWait<T>(
  testApp: TestApp,
  kind: string,
  csv: string | Buffer,
  client: GraphQLTestClient | null,
  query: Record<string, unknown> = {},
): Promise<{ status: number; body: T & { error?: { code: string; message: string } }; job?: CsvJob }> {
  const posted = await postFile<T & Partial<CsvJob>>(testApp, `/imports/csv/${kind}`, csv, client, query);
  if (posted.status !== 202 || !client) return posted;
  await testApp.app.get(ImportJobService).idle();
  const { importJob: job } = await client.data<{ importJob: CsvJob }>(
    `query ($id: ID!) { importJob(id: $id) { id kind status rowsRead rowsTotal error report { rowsRead inserted updated unchanged unmatchedCount resultId } } }`,
    { id: posted.body.id },
  );
  const resultId = job.report?.resultId;
  if (!resultId)
    return { status: posted.status, body: { error: { code: job.status, message: job.error ?? '' } } as never, job };
  const response = await fetch(`${testApp.url}/imports/csv/${resultId}/report`, {
    headers: { cookie: cookieOf(client) },
  });
  return {
    status: posted.status,
    body: (await response.json()) as T & { error?: { code: string; message: string } },
    job,
  };
}
