/**
 * npm run import -- places <kind> <file> [<file> …] [--year 2025] [--database-url postgres://…] [--data-dir .data]
 *
 * Brings official place data into a Common Ground database: ONS boundaries, code changes, the
 * council list and its LSOA lookup, the Indices of Deprivation, the postcode lookup and hex layouts. Each
 * file is one transaction: re-running updates in place, and an interrupted import leaves
 * nothing half-written. Uses --database-url, else DATABASE_URL, else the embedded PostgreSQL in
 * --data-dir (default DATA_DIR or .data: the one `npm start` uses, so stop the app first).
 */
import { startEmbeddedPostgres, typeOrmOptions } from '@cg/api/core/database';
import { formatReport, isPlaceImportKind, PLACE_IMPORT_KINDS, runPlaceImport } from '@cg/api/feature/place-data';
import { existsSync } from 'node:fs';
import { GRANT_SUBJECTS, importGrantFiles } from './import-grants';
import { resolve } from 'node:path';
import { DataSource } from 'typeorm';

const USAGE = `Usage: npm run import -- places <kind> <file> [<file> …] [--year 2025] [--database-url postgres://…] [--data-dir .data]
       npm run import -- 360giving <file> --organisation <id or org-id> [--visibility PUBLIC|PARTNERS|PRIVATE]
       npm run import -- charity-links <file> [<file> …]
Kinds: ${PLACE_IMPORT_KINDS.join(', ')}.
Order for a fresh database: boundaries, code-changes, councils, iod-lsoa, lsoa-councils, iod-lad, postcodes, hex-layout.`;

interface ImportArgs {
  subject?: string;
  organisation?: string;
  visibility?: string;
  kind: string;
  files: string[];
  year?: number;
  databaseUrl?: string;
  dataDir: string;
}

function parseArgs(argv: string[]): ImportArgs {
  const positional: string[] = [];
  const args: ImportArgs = { kind: '', files: [], dataDir: process.env.DATA_DIR ?? '.data' };
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i].split('=', 2);
    const value = () => {
      const next = inline ?? argv[++i];
      if (next === undefined) throw new Error(`${flag} needs a value.\n${USAGE}`);
      return next;
    };
    if (flag === '--year') {
      args.year = Number(value());
      if (!Number.isInteger(args.year)) throw new Error(`--year takes a year like 2025.\n${USAGE}`);
    } else if (flag === '--database-url') args.databaseUrl = value();
    else if (flag === '--data-dir') args.dataDir = value();
    else if (flag === '--organisation') args.organisation = value();
    else if (flag === '--visibility') args.visibility = value();
    else if (flag === '--help' || flag === '-h') {
      console.log(USAGE);
      process.exit(0);
    } else if (flag.startsWith('--')) throw new Error(`Unknown option ${flag}.\n${USAGE}`);
    else positional.push(argv[i]);
  }
  if (GRANT_SUBJECTS.includes(positional[0])) {
    const [subject, ...files] = positional;
    if (files.length === 0) throw new Error(`Give the file to import.\n${USAGE}`);
    for (const file of files) if (!existsSync(file)) throw new Error(`There is no file ${file}.`);
    return { ...args, subject, files };
  }
  const [subject, kind, ...files] = positional;
  if (subject !== 'places') throw new Error(`Say what to import: "places", "360giving" or "charity-links".\n${USAGE}`);
  if (!kind || !isPlaceImportKind(kind))
    throw new Error(`${kind ? `"${kind}" is not a kind of place data.` : 'Say which kind of file.'}\n${USAGE}`);
  if (files.length === 0) throw new Error(`Give the file to import.\n${USAGE}`);
  for (const file of files) if (!existsSync(file)) throw new Error(`There is no file ${file}.`);
  return { ...args, kind, files };
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const url = args.databaseUrl ?? process.env.DATABASE_URL;
  const postgres = url ? undefined : await startEmbeddedPostgres(resolve(args.dataDir));
  const dataSource = new DataSource(typeOrmOptions(url ?? (postgres?.url as string)));
  try {
    await dataSource.initialize(); // runs the migrations (migrationsRun)
    if (args.subject) return await importGrantFiles(dataSource, args.subject, args.files, args);
    if (!isPlaceImportKind(args.kind)) return;
    for (const file of args.files) {
      const report = await runPlaceImport(dataSource, args.kind, resolve(file), {
        year: args.year,
        onProgress: ({ rowsRead, elapsedMs }) =>
          console.log(
            `  ${rowsRead.toLocaleString('en-GB')} rows read, ${Math.round(rowsRead / Math.max(elapsedMs / 1000, 0.001)).toLocaleString('en-GB')} rows/s`,
          ),
      });
      console.log(formatReport(report));
    }
  } finally {
    if (dataSource.isInitialized) await dataSource.destroy();
    await postgres?.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
