import { RecordWriter } from '@cg/api/core/database';
import { importGrants } from '@cg/api/feature/three-sixty-giving';
import { PlaceLevel, Visibility } from '@cg/shared/domain';
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { constants, PerformanceObserver } from 'node:perf_hooks';
import { makeOrganisation, makePlace } from '../test/support/org-factories';
import { startTestApp, TestApp } from '../test/support/test-app';
import { generateGrantsFile } from '../test/three-sixty-giving/generate-grants';

/**
 * Grants in the generated file: 50,000 in the few-minute `npm run bench`; the million of issue #12
 * with `npm run bench -- --grants 1000000` (half an hour on a busy 2-core machine).
 */
const GRANTS = Number(process.env['GRANTS_360'] ?? 50_000);

/**
 * 360Giving import throughput and memory: a generated JSON package of GRANTS grants to
 * GRANTS/20 groups, imported in one transaction through RecordWriter, as `npm run import --
 * 360giving` does. Peak resident memory is sampled every 50 ms: it should stay flat as the file grows.
 */
describe('benchmark: importing 360Giving grants', () => {
  let testApp: TestApp;
  let dir: string;

  beforeAll(async () => {
    testApp = await startTestApp();
    dir = await mkdtemp(join(tmpdir(), 'cg-360-bench-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
    await testApp?.close();
  });

  it(
    `imports ${GRANTS.toLocaleString('en-GB')} grants`,
    async () => {
      await makePlace(testApp.dataSource, { code: 'E08000009', name: 'Trafford', level: PlaceLevel.LOCAL_AUTHORITY });
      const owner = await makeOrganisation(testApp.dataSource, { name: 'Bench Fund' });
      const file = join(dir, 'grants.json');
      await generateGrantsFile(file, {
        count: GRANTS,
        recipients: Math.max(1, Math.round(GRANTS / 20)),
        prefix: '360G-bench',
      });
      const sizeMb = (await stat(file)).size / 2 ** 20;

      const base = process.memoryUsage().rss;
      let peak = base;
      const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 50);
      const liveHeap: number[] = [];
      const collections = new PerformanceObserver((list) => {
        for (const entry of list.getEntries())
          if ((entry as { detail?: { kind?: number } }).detail?.kind === constants.NODE_PERFORMANCE_GC_MAJOR)
            liveHeap.push(process.memoryUsage().heapUsed);
      });
      collections.observe({ entryTypes: ['gc'] });
      const started = Date.now();
      let nextLine = GRANTS / 10;
      const report = await importGrants(testApp.dataSource, testApp.app.get(RecordWriter), { userId: null }, file, {
        format: 'json',
        ownership: { organisationId: owner, visibility: Visibility.PUBLIC },
        fileName: 'grants.json',
        // A progress line every tenth of the file, as the CLI prints one.
        onProgress: (rows) => {
          if (rows >= nextLine) {
            const elapsed = (Date.now() - started) / 1000;
            console.log(`  ${rows.toLocaleString('en-GB')} grants read, ${Math.round(rows / elapsed)} a second`);
            nextLine += GRANTS / 10;
          }
        },
      });
      clearInterval(timer);
      collections.disconnect();
      const mb = (bytes: number) => `${(bytes / 2 ** 20).toFixed(0)} MB`;
      const seconds = (Date.now() - started) / 1000;
      expect(report.inserted).toBe(GRANTS);
      console.log(
        [
          `360Giving import of ${GRANTS.toLocaleString('en-GB')} grants (${sizeMb.toFixed(0)} MB of JSON, ${Math.round(GRANTS / 20).toLocaleString('en-GB')} recipients):`,
          `  ${seconds.toFixed(1)} s, ${Math.round(GRANTS / seconds).toLocaleString('en-GB')} grants/s`,
          `  resident memory ${mb(base)} before, peak ${mb(peak)} (+${mb(peak - base)})`,
          liveHeap.length > 0
            ? `  heap after each of ${liveHeap.length} full collections: first ${mb(liveHeap[0])}, last ${mb(liveHeap[liveHeap.length - 1])}, largest ${mb(Math.max(...liveHeap))}`
            : '  no full collection during the import',
        ].join('\n'),
      );
      // About a millisecond a grant on a busy machine, with room: ten minutes at least.
    },
    Math.max(600_000, GRANTS * 5),
  );
});
