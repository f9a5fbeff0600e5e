import { generateNetwork, loadNetwork } from '@cg/api/demo-data';
import { CSV_KINDS } from '@cg/api/feature/data-exchange';
import { writeFile, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { open as openZip } from 'yauzl';
import { download, postFile } from '../support/csv-upload';
import { makeOrganisation } from '../support/org-factories';
import { startTestApp, TestApp } from '../support/test-app';

interface ArchiveReport {
  problem: string | null;
  structure: { file: string; created: number; matched: number; rejected?: number; problems?: string[] }[];
  files: {
    kind: string;
    problem: string | null;
    counts: { rows: number; created: number; matched: number; rejected: number; needsConfirmation: number };
    rows: { line: number; errors: unknown[] }[];
  }[];
}

function zipEntries(file: string): Promise<string[]> {
  return new Promise((resolve, reject) =>
    openZip(file, { lazyEntries: true }, (error, zip) => {
      if (error || !zip) return reject(error);
      const names: string[] = [];
      zip.on('entry', (entry: { fileName: string }) => {
        names.push(entry.fileName);
        zip.readEntry();
      });
      zip.on('end', () => resolve(names));
      zip.readEntry();
    }),
  );
}

/** One JSON file of an archive, parsed. */
function zipJson(file: string, name: string): Promise<unknown> {
  return new Promise((resolve, reject) =>
    openZip(file, { lazyEntries: true }, (error, zip) => {
      if (error || !zip) return reject(error);
      zip.on('entry', (entry: { fileName: string }) => {
        if (entry.fileName !== name) return zip.readEntry();
        zip.openReadStream(entry as never, async (streamError, stream) => {
          if (streamError || !stream) return reject(streamError);
          const chunks: Buffer[] = [];
          for await (const chunk of stream) chunks.push(chunk as Buffer);
          zip.close();
          resolve(JSON.parse(Buffer.concat(chunks).toString('utf8')));
        });
      });
      zip.on('end', () => resolve(undefined));
      zip.readEntry();
    }),
  );
}

const LINKED_FILES = ['funding.json', 'needs.json', 'stories.json', 'affiliations.json', 'project-participants.json'];

describe('the archive: everything exported as CSV and JSON, imported into a fresh database, gives the same records', () => {
  let source: TestApp;
  let target: TestApp;
  let dir: string;

  beforeAll(async () => {
    // One after the other: both databases share the server, whose roles the first migration makes.
    source = await startTestApp();
    target = await startTestApp();
    await loadNetwork(source.dataSource, generateNetwork({ organisations: 40 }));
    // Places are official reference data, imported into every instance, not carried by an archive.
    const places = await source.dataSource.query(
      `SELECT coalesce(jsonb_agg(to_jsonb(p) ORDER BY nlevel(p.path)), '[]') AS rows FROM place p`,
    );
    await target.dataSource.query(`INSERT INTO place SELECT * FROM jsonb_populate_recordset(NULL::place, $1)`, [
      JSON.stringify(places[0].rows),
    ]);
    dir = await mkdtemp(join(tmpdir(), 'cg-archive-'));
  }, 180_000);
  afterAll(async () => {
    await Promise.all([source?.close(), target?.close()]);
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  /** Every kind's CSV export of the whole instance, as text. */
  async function exports(app: TestApp): Promise<Record<string, string>> {
    const texts: Record<string, string> = {};
    for (const kind of CSV_KINDS)
      texts[kind] = (await download(app, `/exports/csv/${kind}`, app.client())).bytes.toString('utf8');
    return texts;
  }

  it('round-trips the demo network', async () => {
    const zip = await download(source, '/exports/archive', source.client());
    expect(zip.status).toBe(200);
    expect(zip.type).toBe('application/zip');
    const file = join(dir, 'archive.zip');
    await writeFile(file, zip.bytes);
    expect((await zipEntries(file)).sort()).toEqual(
      [
        ...CSV_KINDS.map((kind) => `${kind}.csv`),
        ...LINKED_FILES,
        'indicators.json',
        'manifest.json',
        'outcomes.json',
        'partnerships.json',
        'projects.json',
      ].sort(),
    );

    const importer = await makeOrganisation(target.dataSource, { name: 'Zz Importing Organisation' });
    const before = Number((await target.dataSource.query('SELECT count(*) FROM organisation'))[0].count);
    const dry = await postFile<ArchiveReport>(target, '/imports/archive', zip.bytes, target.client(), {
      organisationId: importer,
      name: 'archive.zip',
    });
    expect(dry.body.problem).toBeNull();
    expect(Number((await target.dataSource.query('SELECT count(*) FROM organisation'))[0].count)).toBe(before);

    const { body } = await postFile<ArchiveReport>(target, '/imports/archive', zip.bytes, target.client(), {
      organisationId: importer,
      name: 'archive.zip',
      dryRun: 'false',
    });
    expect(body.problem).toBeNull();
    for (const file of body.files) {
      expect({
        kind: file.kind,
        rejected: file.counts.rejected,
        confirm: file.counts.needsConfirmation,
        first: file.rows.find((row) => row.errors.length > 0),
      }).toEqual({
        kind: file.kind,
        rejected: 0,
        confirm: 0,
        first: undefined,
      });
    }

    const [before_, after] = await Promise.all([exports(source), exports(target)]);
    const withoutImporter = (text: string) =>
      text
        .split('\n')
        .filter((line) => !line.startsWith('Zz Importing Organisation,'))
        .join('\n');
    expect(withoutImporter(after['organisations'])).toEqual(before_['organisations']);
    for (const kind of CSV_KINDS.filter((k) => k !== 'organisations'))
      expect({ kind, csv: after[kind] }).toEqual({ kind, csv: before_[kind] });
    expect(body.files.find((file) => file.kind === 'relationships')?.counts.rows).toBeGreaterThan(10);

    // The funding, needs, stories, affiliations and participants came across whole, pointing at the same records.
    for (const linked of LINKED_FILES) {
      const counts = body.structure.find((entry) => entry.file === linked);
      expect({ linked, rejected: counts?.rejected, problems: counts?.problems }).toEqual({
        linked,
        rejected: 0,
        problems: [],
      });
    }
    const reexported = join(dir, 'again.zip');
    await writeFile(reexported, (await download(target, '/exports/archive', target.client())).bytes);
    for (const linked of LINKED_FILES) {
      const [from, to] = [(await zipJson(file, linked)) as unknown[], (await zipJson(reexported, linked)) as unknown[]];
      expect({ linked, records: to }).toEqual({ linked, records: from });
    }
    expect(((await zipJson(file, 'funding.json')) as unknown[]).length).toBeGreaterThan(0);
    expect(((await zipJson(file, 'affiliations.json')) as unknown[]).length).toBeGreaterThan(0);

    // Importing the same archive again changes nothing.
    const again = await postFile<ArchiveReport>(target, '/imports/archive', zip.bytes, target.client(), {
      organisationId: importer,
      dryRun: 'false',
    });
    expect(again.body.files.map((file) => [file.kind, file.counts.created])).toEqual(
      CSV_KINDS.map((kind) => [kind, 0]),
    );
    expect(again.body.structure.filter((entry) => entry.created > 0)).toEqual([]);
  }, 300_000);
});
