/**
 * Runs the pending migrations on a database and says how long they took, with the load average:
 * for a migration's backfill at national scale, and the size of the tables it filled.
 *   DATABASE_URL=… npx ts-node … tools/bench/national/timed-migrations.ts [--redo-last] [table …]   (default: network_tie_source)
 * --redo-last undoes the last migration first, to time one migration alone on a database that has it.
 */
import { typeOrmOptions } from '@cg/api/core/database';
import { loadavg } from 'node:os';
import { DataSource } from 'typeorm';

async function main(): Promise<void> {
  const dataSource = new DataSource({ ...typeOrmOptions(process.env.DATABASE_URL as string), migrationsRun: false });
  await dataSource.initialize();
  try {
    const load = () =>
      loadavg()
        .map((x) => x.toFixed(1))
        .join(' ');
    if (process.argv.includes('--redo-last')) {
      const undoStarted = Date.now();
      await dataSource.undoLastMigration({ transaction: 'each' });
      console.log(`undid the last migration in ${((Date.now() - undoStarted) / 1000).toFixed(1)} s`);
    }
    console.log(`pending: ${(await dataSource.showMigrations()) ? 'yes' : 'none'} (load ${load()})`);
    const started = Date.now();
    const ran = await dataSource.runMigrations({ transaction: 'each' });
    console.log(
      `ran ${ran.map((m) => m.name).join(', ') || 'nothing'} in ${((Date.now() - started) / 1000).toFixed(1)} s (load ${load()})`,
    );
    const tables = process.argv.slice(2).filter((arg) => !arg.startsWith('--'));
    for (const table of tables.length ? tables : ['network_tie_source']) {
      const [size] = await dataSource.query(
        `SELECT count(*)::int AS rows, pg_size_pretty(pg_total_relation_size($1)) AS size FROM ${table}`,
        [table],
      );
      console.log(`${table}: ${size.rows} rows, ${size.size} with its indexes`);
    }
  } finally {
    await dataSource.destroy();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
