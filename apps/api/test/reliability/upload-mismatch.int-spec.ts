import { gzipSync } from 'node:zlib';
import { startTestApp, TestApp } from '../support/test-app';

const JOB = `query ($id: ID!) { importJob(id: $id) { status error report { inserted } } }`;
// The first bytes of a PNG: an image renamed to .csv.
const PNG = Buffer.from([
  0x89,
  0x50,
  0x4e,
  0x47,
  0x0d,
  0x0a,
  0x1a,
  0x0a,
  0,
  0,
  0,
  0x0d,
  0x49,
  0x48,
  0x44,
  0x52,
  ...Array(200).fill(7),
]);

/** Place-data uploads whose contents are not what their names and headers claim. */
describe('uploaded files that are not what they claim', () => {
  let testApp: TestApp;
  beforeAll(async () => (testApp = await startTestApp()));
  afterAll(() => testApp.close());

  async function importOf(name: string, body: Buffer) {
    const admin = testApp.client();
    const cookie = Object.entries(admin.cookieJar())
      .map(([key, value]) => `${key}=${value}`)
      .join('; ');
    const response = await fetch(`${testApp.url}/imports/places/councils?name=${encodeURIComponent(name)}`, {
      method: 'POST',
      headers: { 'content-type': 'application/octet-stream', 'x-requested-with': 'common-ground', cookie },
      body: new Uint8Array(body),
    });
    expect(response.status).toBe(202);
    const { id } = (await response.json()) as { id: string };
    for (let tries = 0; tries < 300; tries++) {
      const { importJob } = await admin.data<{ importJob: { status: string; error: string | null; report: unknown } }>(
        JOB,
        { id },
      );
      if (importJob.status === 'FAILED' || importJob.status === 'SUCCEEDED') return importJob;
      await new Promise((wait) => setTimeout(wait, 100));
    }
    throw new Error('The import never finished.');
  }

  it.each([
    ['an image named .csv', 'councils.csv', PNG, /councils\.csv is not a CSV file: it holds binary data/],
    [
      'a ZIP named .csv',
      'councils.csv',
      Buffer.concat([Buffer.from('PK\x03\x04', 'latin1'), Buffer.alloc(100, 1)]),
      /is a ZIP archive/,
    ],
    [
      'a CSV of something else',
      'councils.csv',
      Buffer.from('colour,shape\nred,circle\n'),
      /is not mySociety's list of UK councils: its header has no "gss-code"/,
    ],
    [
      'a gzip cut short',
      'councils.csv.gz',
      gzipSync(
        Buffer.from('gss-code,local-authority-code,official-name\n' + 'E06000001,HPL,Hartlepool\n'.repeat(2000)),
      ).subarray(0, 120),
      /gzip file that cannot be unpacked.*download it again/,
    ],
  ])('%s fails with a sentence, keeping nothing', async (_, name, body, sentence) => {
    const job = await importOf(name, body);
    expect(job.status).toBe('FAILED');
    expect(job.report).toBeNull();
    expect(job.error).toMatch(sentence);
    expect(job.error).not.toMatch(/\bat \w+ \(|Error:|ERR_|\n/);
    const [{ places }] = await testApp.dataSource.query(`SELECT count(*)::int AS places FROM place`);
    expect(places).toBe(0);
  });
});
