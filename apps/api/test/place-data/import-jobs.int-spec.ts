import { ImportJobService } from '@cg/api/core/imports';
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { Readable } from 'node:stream';
import { startTestApp, TestApp } from '../support/test-app';
import { signedInAs } from '../support/users';
import { OFFICIAL_FILES as F } from './official-files';

interface JobAnswer {
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
    unchanged: number;
    aliases: number;
    unmatchedCount: number;
    unmatchedReasons: { reason: string; count: number }[];
  } | null;
}

const JOB = `query ($id: ID!) { importJob(id: $id) { id kind fileName status rowsRead rowsTotal error
  report { rowsRead inserted unchanged aliases unmatchedCount unmatchedReasons { reason count } } } }`;

describe('import jobs: an instance admin uploads an official file and follows its progress', () => {
  let testApp: TestApp;

  beforeAll(async () => {
    testApp = await startTestApp();
  });
  afterAll(() => testApp?.close());

  /** Posts a file as the body, the way the Imports and exports screen does. */
  async function upload(
    kind: string,
    file: string,
    cookies: Record<string, string>,
    headers: Record<string, string> = { 'x-requested-with': 'common-ground' },
  ) {
    const cookie = Object.entries(cookies)
      .map(([name, value]) => `${name}=${value}`)
      .join('; ');
    const response = await fetch(
      `${testApp.url}/imports/places/${kind}?name=${encodeURIComponent(file.split('/').pop() ?? '')}`,
      {
        method: 'POST',
        headers: {
          'content-type': 'application/octet-stream',
          'content-length': String((await stat(file)).size),
          cookie,
          ...headers,
        },
        body: Readable.toWeb(createReadStream(file)) as ReadableStream,
        duplex: 'half',
      } as RequestInit,
    );
    return {
      status: response.status,
      body: (await response.json()) as JobAnswer & { error?: { code: string; message: string } },
    };
  }

  it('imports the council list in the background, with its rows counted first and a report at the end', async () => {
    const admin = testApp.client();
    const started = await upload('councils', F.councils, admin.cookieJar());
    expect(started.status).toBe(202);
    expect(started.body).toMatchObject({ kind: 'councils', fileName: 'uk_local_authorities.csv' });
    await testApp.app.get(ImportJobService).idle();

    const { importJob } = await admin.data<{ importJob: JobAnswer }>(JOB, { id: started.body.id });
    expect(importJob).toMatchObject({ status: 'SUCCEEDED', rowsRead: 470, rowsTotal: 470, error: null });
    // Current councils and combined authorities (14, and the GLA) with a GSS code; the rest are reported or aliased.
    expect(importJob.report?.inserted).toBe(382 + 15);
    expect(importJob.report?.aliases).toBeGreaterThan(400);
    expect(importJob.report?.unmatchedReasons).toContainEqual({ reason: 'council without a GSS code', count: 25 });

    const { importJobs } = await admin.data<{
      importJobs: { totalCount: number; nodes: { id: string; status: string }[] };
    }>(`{ importJobs(first: 10) { totalCount nodes { id status } } }`);
    expect(importJobs.nodes[0]).toEqual({ id: started.body.id, status: 'SUCCEEDED' });
  });

  it('reports a file of the wrong kind as a failed job that kept nothing', async () => {
    const admin = testApp.client();
    const started = await upload('iod-lsoa', F.changes, admin.cookieJar());
    await testApp.app.get(ImportJobService).idle();
    const { importJob } = await admin.data<{ importJob: JobAnswer }>(JOB, { id: started.body.id });
    expect(importJob).toMatchObject({
      status: 'FAILED',
      report: null,
      error: expect.stringContaining('changes.csv is not one of the IoD 2019 LSOA files'),
    });
  });

  it('refuses uploads from anyone but an instance admin, from other sites, and of unknown kinds', async () => {
    expect((await upload('councils', F.councils, {})).status).toBe(401);
    const orgAdmin = await signedInAs(testApp, 'not-an-instance-admin@example.org', null);
    const refused = await upload('councils', F.councils, orgAdmin.cookieJar());
    expect(refused).toMatchObject({ status: 403, body: { error: { code: 'FORBIDDEN' } } });
    const forged = await upload('councils', F.councils, testApp.client().cookieJar(), {});
    expect(forged.status).toBe(400);
    const unknown = await upload('shapefiles', F.councils, testApp.client().cookieJar());
    expect(unknown).toMatchObject({
      status: 400,
      body: { error: { message: expect.stringContaining('not a kind of place data') } },
    });
    const { importJobs } = await testApp
      .client()
      .data<{ importJobs: { totalCount: number } }>(`{ importJobs { totalCount } }`);
    expect(importJobs.totalCount).toBe(2); // only the two above
  });
});
