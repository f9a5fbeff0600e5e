import { DataSourceOptions } from 'typeorm';
import { ENTITIES } from '../entities';
import { migrations } from '../migrations';

/**
 * The one place TypeORM is configured. The schema changes only through the
 * checked-in migrations, which run at start; `synchronize` stays off.
 */
export function typeOrmOptions(url: string): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    synchronize: false,
    // gen_random_uuid() is built into PostgreSQL 13+; no extension to install at connect.
    uuidExtension: 'pgcrypto',
    installExtensions: false,
    entities: ENTITIES,
    migrations,
    migrationsRun: true,
    migrationsTransactionMode: 'each',
    applicationName: 'common-ground',
    extra: { max: 10 },
  };
}
