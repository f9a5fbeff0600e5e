/**
 * npm run migration:generate -- <Name>
 *
 * Starts a throwaway PostgreSQL, applies the checked-in migrations, compares the
 * result with the entities and writes the difference as a new migration (like
 * TypeORM's migration:generate), then lists it in migrations/index.ts.
 */
import { loadConfig } from '@cg/api/core/config';
import { startEmbeddedPostgres } from '@cg/api/core/database';
import { getDataSourceToken } from '@nestjs/typeorm';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { DataSource } from 'typeorm';
import { createApp } from '../../apps/api/src/app/create-app';

const MIGRATIONS_DIR = resolve(__dirname, '../../libs/api/core/database/src/migrations');

async function main(): Promise<void> {
  const name = process.argv[2];
  if (!name || !/^[A-Z][A-Za-z0-9]+$/.test(name)) {
    throw new Error('Give the migration a PascalCase name: npm run migration:generate -- AddPartnerships');
  }
  const dataDir = await mkdtemp(join(tmpdir(), 'cg-migrate-'));
  const postgres = await startEmbeddedPostgres(dataDir);
  try {
    const config = { ...loadConfig({ NODE_ENV: 'test', DEMO_DATA: 'false' }), schemaFile: undefined, webDist: undefined };
    const app = await createApp(config, postgres.url);
    const dataSource = app.get<DataSource>(getDataSourceToken());
    // Down statements run in reverse; keeping the first DROP TYPE in diff order makes it run last.
    const { upQueries, downQueries } = await dataSource.driver.createSchemaBuilder().log();
    await app.close();
    if (upQueries.length === 0) {
      console.log('The entities match the migrations: nothing to generate.');
      return;
    }
    const timestamp = Date.now();
    const className = `${name}${timestamp}`;
    const fileBase = `${timestamp}-${kebab(name)}`;
    const statements = (queries: Query[]) =>
      queries
        .map((q) => `    await queryRunner.query(${JSON.stringify(q.query)}${q.parameters?.length ? `, ${JSON.stringify(q.parameters)}` : ''});`)
        .join('\n');
    const source = `import { MigrationInterface, QueryRunner } from 'typeorm';

export class ${className} implements MigrationInterface {
  name = '${className}';

  async up(queryRunner: QueryRunner): Promise<void> {
${statements(keepFirst(upQueries, /^CREATE TYPE/))}
  }

  async down(queryRunner: QueryRunner): Promise<void> {
${statements(keepFirst([...downQueries], /^DROP TYPE/).reverse())}
  }
}
`;
    await writeFile(join(MIGRATIONS_DIR, `${fileBase}.ts`), source);
    const indexFile = join(MIGRATIONS_DIR, 'index.ts');
    const index = await readFile(indexFile, 'utf8');
    const updated = index
      .replace(/\n\nexport const migrations = \[/, `\nimport { ${className} } from './${fileBase}';\n\nexport const migrations = [`)
      .replace(/\];\s*$/, `, ${className}];\n`);
    await writeFile(indexFile, updated);
    console.log(`Wrote libs/api/core/database/src/migrations/${fileBase}.ts (${upQueries.length} statements). Review it before committing.`);
  } finally {
    await postgres.stop();
  }
}

type Query = { query: string; parameters?: unknown[] };

/**
 * The dry-run diff checks each table against the empty database, so an enum type
 * shared by several tables is created once per table; keep only the first.
 */
function keepFirst(queries: Query[], pattern: RegExp): Query[] {
  const seen = new Set<string>();
  return queries.filter(({ query }) => {
    if (!pattern.test(query)) return true;
    if (seen.has(query)) return false;
    seen.add(query);
    return true;
  });
}

function kebab(name: string): string {
  return name.replace(/([a-z0-9])([A-Z])/g, '$1-$2').toLowerCase();
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
