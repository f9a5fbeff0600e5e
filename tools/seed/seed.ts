/**
 * npm run seed -- --orgs 200000 [--seed 7] [--today 2026-11-01] [--database-url postgres://…] [--data-dir .data/bench] [--reset]
 *
 * Fills a database with a generated fictional network (organisations, people,
 * partnerships, projects, outcomes, funding, ...) for demos and benchmarks. Uses
 * --database-url, else DATABASE_URL, else starts the embedded PostgreSQL with its
 * cluster in --data-dir. Runs the migrations first; refuses a database that already
 * holds data unless --reset, which empties every table. Loads in one transaction.
 */
import { startEmbeddedPostgres, typeOrmOptions } from '@cg/api/core/database';
import { DEFAULT_TODAY, LoadProgress, loadNetwork, streamNetwork } from '@cg/api/demo-data';
import { resolve } from 'node:path';
import { DataSource } from 'typeorm';

interface SeedArgs {
  organisations: number;
  seed?: number;
  today: string;
  databaseUrl?: string;
  dataDir: string;
  reset: boolean;
}

const USAGE = 'Usage: npm run seed -- --orgs 20000 [--seed 7] [--today 2026-11-01] [--database-url postgres://…] [--data-dir .data/bench] [--reset]';

function parseArgs(argv: string[]): SeedArgs {
  const args: SeedArgs = { organisations: 0, today: DEFAULT_TODAY, dataDir: '.data/bench', reset: false };
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i].split('=', 2);
    const value = () => {
      const next = inline ?? argv[++i];
      if (next === undefined) throw new Error(`${flag} needs a value.\n${USAGE}`);
      return next;
    };
    switch (flag) {
      case '--orgs':
      case '--organisations':
        args.organisations = positiveInteger(flag, value());
        break;
      case '--seed':
        args.seed = positiveInteger(flag, value(), true);
        break;
      case '--today':
        args.today = value();
        if (!/^\d{4}-\d{2}-\d{2}$/.test(args.today)) throw new Error(`--today takes a date like 2026-11-01, not "${args.today}".`);
        break;
      case '--database-url':
        args.databaseUrl = value();
        break;
      case '--data-dir':
        args.dataDir = value();
        break;
      case '--reset':
        args.reset = true;
        break;
      case '--help':
      case '-h':
        console.log(USAGE);
        process.exit(0);
        break;
      default:
        throw new Error(`Unknown option ${argv[i]}.\n${USAGE}`);
    }
  }
  if (args.organisations === 0) throw new Error(`Say how many organisations to generate with --orgs.\n${USAGE}`);
  return args;
}

function positiveInteger(flag: string, text: string, zeroAllowed = false): number {
  const value = Number(text);
  if (!Number.isInteger(value) || value < (zeroAllowed ? 0 : 1)) throw new Error(`${flag} takes a whole number, not "${text}".`);
  return value;
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const url = args.databaseUrl ?? process.env.DATABASE_URL;
  const postgres = url ? undefined : await startEmbeddedPostgres(resolve(args.dataDir));
  const dataSource = new DataSource(typeOrmOptions(url ?? (postgres?.url as string)));
  try {
    await dataSource.initialize(); // runs the migrations (migrationsRun)
    // Every table the migrations made, but not TypeORM's own bookkeeping.
    const bookkeeping = [dataSource.options.migrationsTableName ?? 'migrations', 'typeorm_metadata'];
    const tables = (
      await dataSource.query<{ tablename: string }[]>(
        'SELECT tablename FROM pg_tables WHERE schemaname = current_schema() AND NOT (tablename = ANY($1)) ORDER BY tablename',
        [bookkeeping],
      )
    ).map((row) => row.tablename);
    const filled: string[] = [];
    for (const table of tables) {
      const [{ present }] = await dataSource.query(`SELECT EXISTS (SELECT 1 FROM "${table}") AS present`);
      if (present) filled.push(table);
    }
    if (filled.length > 0) {
      if (!args.reset) throw new Error(`The database already holds data (in ${filled.join(', ')}). Pass --reset to empty every table first.`);
      await dataSource.query(`TRUNCATE ${tables.map((table) => `"${table}"`).join(', ')} RESTART IDENTITY CASCADE`);
      console.log(`Emptied ${tables.length} tables.`);
    }

    console.log(`Generating and loading ${args.organisations.toLocaleString('en-GB')} organisations (seed ${args.seed ?? 'default'}, today ${args.today})...`);
    let lastReport = Date.now();
    const progress = (p: LoadProgress) => {
      if (Date.now() - lastReport < 5000) return;
      lastReport = Date.now();
      console.log(`  ${p.totalRows.toLocaleString('en-GB')} rows in ${(p.elapsedMs / 1000).toFixed(0)} s (now ${p.table})`);
    };
    const result = await loadNetwork(dataSource, streamNetwork({ organisations: args.organisations, seed: args.seed, today: args.today }, 50_000), progress);

    const width = Math.max(...Object.keys(result.counts).map((table) => table.length));
    for (const [table, count] of Object.entries(result.counts)) console.log(`  ${table.padEnd(width)}  ${count.toLocaleString('en-GB').padStart(11)}`);
    const seconds = result.elapsedMs / 1000;
    console.log(
      `Loaded ${result.totalRows.toLocaleString('en-GB')} rows in ${seconds.toFixed(1)} s ` +
        `(${Math.round(result.totalRows / seconds).toLocaleString('en-GB')} rows/s, generation included).`,
    );
    const analyseStarted = Date.now();
    await dataSource.query('ANALYZE');
    console.log(`ANALYZE took ${((Date.now() - analyseStarted) / 1000).toFixed(1)} s.`);
  } finally {
    if (dataSource.isInitialized) await dataSource.destroy();
    await postgres?.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
