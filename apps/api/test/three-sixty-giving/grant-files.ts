import { ImportJobService } from '@cg/api/core/imports';
import { createReadStream, readFileSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { Readable } from 'node:stream';
import { TestApp } from '../support/test-app';

/** The real files, read where they are (never copied into the repository). */
const DATA = resolve(__dirname, '../../../../../shared/data');
export const TRAFFORD_JSON = `${DATA}/trafforddatalab-grants/trafford_council_voluntary_sector_grants_360_giving_format.json`;
export const TRAFFORD_CSV = `${DATA}/trafforddatalab-grants/trafford_council_voluntary_sector_grants_360_giving_format.csv`;
export const CHARITY_COMPANY_LINKS = `${DATA}/drkane-charity-lookups/relationships/charity-company-numbers.csv`;
export const SCHEMA_DIR = `${DATA}/threesixtygiving-standard`;

export interface JobAnswer {
  id: string;
  kind: string;
  fileName: string;
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
    unmatched: { line: number; code: string; reason: string }[];
    unmatchedReasons: { reason: string; count: number }[];
    tallies: { label: string; count: number }[];
    notes: string[];
  } | null;
}

export const JOB = `query ($id: ID!) { importJob(id: $id) { id kind fileName status rowsRead rowsTotal error
  report { rowsRead inserted updated unchanged unmatchedCount unmatched { line code reason }
           unmatchedReasons { reason count } tallies { label count } notes } } }`;

/** Posts a file as the body, the way the Imports and exports screen does; answers the HTTP status and body. */
export async function upload(
  testApp: TestApp,
  route: string,
  file: string,
  cookies: Record<string, string>,
  query: Record<string, string> = {},
): Promise<{ status: number; body: JobAnswer & { error?: { code: string; message: string } } }> {
  const cookie = Object.entries(cookies)
    .map(([name, value]) => `${name}=${value}`)
    .join('; ');
  const search = new URLSearchParams({ name: file.split('/').pop() ?? '', ...query });
  const response = await fetch(`${testApp.url}/imports/${route}?${search}`, {
    method: 'POST',
    headers: {
      'content-type': 'application/octet-stream',
      'content-length': String((await stat(file)).size),
      'x-requested-with': 'common-ground',
      cookie,
    },
    body: Readable.toWeb(createReadStream(file)) as ReadableStream,
    duplex: 'half',
  } as RequestInit);
  return { status: response.status, body: await response.json() };
}

/** Waits for the import queue to empty. */
export function importsIdle(testApp: TestApp): Promise<void> {
  return testApp.app.get(ImportJobService).idle();
}

/** The Trafford file's own figures, read straight from it, for the totals to match. */
export function traffordFigures(): { grants: number; total: number; recipients: number } {
  const grants = JSON.parse(readFileSync(TRAFFORD_JSON, 'utf8')).grants as {
    amountAwarded: number;
    recipientOrganization: { id: string }[];
  }[];
  return {
    grants: grants.length,
    total: Math.round(grants.reduce((sum, grant) => sum + grant.amountAwarded, 0) * 100) / 100,
    recipients: new Set(grants.map((grant) => grant.recipientOrganization[0].id)).size,
  };
}

/** Counts of everything an import writes, to show a failed import left the database as it was. */
export async function snapshot(testApp: TestApp): Promise<Record<string, number>> {
  const tables = ['funding', 'organisation', 'organisation_identifier', 'funding_place', 'audit_log'];
  const counts: Record<string, number> = {};
  for (const table of tables) {
    const [{ count }] = await testApp.dataSource.query(`SELECT count(*)::int AS count FROM ${table}`);
    counts[table] = count;
  }
  return counts;
}
