import { PlaceImportKind, runPlaceImport } from '@cg/api/feature/place-data';
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { once } from 'node:events';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { startTestApp, TestApp } from '../test/support/test-app';
import { OFFICIAL_FILES as F } from '../test/place-data/official-files';

// A collector to call, so "retained" below is live memory rather than garbage not yet swept.
setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

/**
 * Peak resident memory while `work` runs (sampled every 20 ms) above what it was before, and the
 * heap still in use after a full collection: what an import keeps, as opposed to what it churns.
 */
async function withPeakMemory<T>(
  work: () => Promise<T>,
): Promise<{ result: T; baseMb: number; peakMb: number; retainedMb: number; cpuMs: number }> {
  gc();
  const cpu = process.cpuUsage();
  const heapBefore = process.memoryUsage().heapUsed;
  const base = process.memoryUsage().rss;
  let peak = base;
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 20);
  try {
    const result = await work();
    peak = Math.max(peak, process.memoryUsage().rss);
    const used = process.cpuUsage(cpu);
    gc();
    return {
      result,
      baseMb: base / 2 ** 20,
      peakMb: peak / 2 ** 20,
      retainedMb: (process.memoryUsage().heapUsed - heapBefore) / 2 ** 20,
      cpuMs: (used.user + used.system) / 1000,
    };
  } finally {
    clearInterval(timer);
  }
}

/** The WC postcode sample `times` over, each copy under made-up outward codes, so the file grows and nothing else does. */
async function grownNspl(dir: string, times: number): Promise<string> {
  const file = join(dir, `nspl-x${times}.csv`);
  const out = createWriteStream(file);
  for (let copy = 0; copy < times; copy++) {
    const lines = createInterface({ input: createReadStream(F.nsplWc) });
    let header = true;
    for await (const line of lines) {
      if (header) {
        header = false;
        if (copy === 0 && !out.write(`${line}\n`)) await once(out, 'drain');
        continue;
      }
      const renamed =
        copy === 0
          ? line
          : line.replace(/"WC(\d)/g, `"Z${String.fromCharCode(65 + (copy % 26))}$1${Math.floor(copy / 26)}`);
      if (!out.write(`${renamed}\n`)) await once(out, 'drain');
    }
  }
  out.end();
  await once(out, 'finish');
  return file;
}

// Prints rows per second and peak memory of the streaming imports; asserts only that they ran.
describe('benchmark: importing official place data', () => {
  let testApp: TestApp;
  let dir: string;

  beforeAll(async () => {
    testApp = await startTestApp();
    dir = await mkdtemp(join(tmpdir(), 'cg-bench-places-'));
    for (const [kind, file] of [
      [PlaceImportKind.BOUNDARIES, F.boundaries],
      [PlaceImportKind.CODE_CHANGES, F.changes],
      [PlaceImportKind.COUNCILS, F.councils],
    ] as const)
      await runPlaceImport(testApp.dataSource, kind, file);
  }, 300_000);
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
    await testApp.close();
  });

  it('imports the LSOAs, the LSOA lookup and the postcode lookup (1× and 20× the WC sample)', async () => {
    const runs: [string, PlaceImportKind, () => Promise<string>][] = [
      ['IoD 2019 LSOA (File 2, gzip)', PlaceImportKind.IOD_LSOA, async () => F.iodDomains],
      ['LSOA → council lookup', PlaceImportKind.LSOA_COUNCILS, async () => F.lsoaCouncils],
      ['NSPL WC sample', PlaceImportKind.POSTCODES, async () => F.nsplWc],
      ['NSPL WC sample × 20', PlaceImportKind.POSTCODES, () => grownNspl(dir, 20)],
    ];
    for (const [label, kind, file] of runs) {
      const path = await file();
      const { result, baseMb, peakMb, retainedMb, cpuMs } = await withPeakMemory(() =>
        runPlaceImport(testApp.dataSource, kind, path),
      );
      console.log(
        `${label}: ${result.rowsRead.toLocaleString('en-GB')} rows in ${(result.elapsedMs / 1000).toFixed(1)} s, ` +
          `${result.rowsPerSecond.toLocaleString('en-GB')} rows/s; RSS ${Math.round(baseMb)} MB before, peak ${Math.round(peakMb)} MB ` +
          `(+${Math.round(peakMb - baseMb)} MB), heap retained after GC ${retainedMb.toFixed(1)} MB; ` +
          // On a shared machine wall time swings with the load; the importer's own CPU time does not.
          `importer CPU ${(cpuMs / 1000).toFixed(1)} s (${Math.round(result.rowsRead / Math.max(cpuMs / 1000, 0.001)).toLocaleString('en-GB')} rows per CPU second), load average ${loadavg()[0].toFixed(1)}`,
      );
      expect(result.rowsRead).toBeGreaterThan(0);
    }
  }, 600_000);
});
