import { DatabaseLimits, DEFAULT_DATABASE_LIMITS } from '@cg/api/core/config';
import { DataSourceOptions } from 'typeorm';
import { ENTITIES } from '../entities';
import { migrations } from '../migrations';

/**
 * The one place TypeORM is configured. The schema changes only through the
 * checked-in migrations, which run at start; `synchronize` stays off.
 */
export function typeOrmOptions(url: string, limits: DatabaseLimits = DEFAULT_DATABASE_LIMITS): DataSourceOptions {
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
    extra: {
      max: limits.poolSize,
      // Start-up (migrations) and tools may wait long for a busy server; once the API serves,
      // enforceRowLevelAccess lowers this to the request limit below.
      connectionTimeoutMillis: STARTUP_CONNECT_TIMEOUT_MS,
      // Bounds both opening a connection and waiting for a free one, so a stopped database or a
      // full pool gives a clear error (database-fault.ts) rather than a request that hangs.
      requestConnectTimeoutMs: limits.connectTimeoutMs,
      // A dead peer (cable pulled, server frozen) is noticed instead of waited on for ever.
      keepAlive: true,
      // Read by enforceRowLevelAccess: requests' statements are cut at this, system work is not.
      requestStatementTimeoutMs: limits.statementTimeoutMs,
    },
  };
}

const STARTUP_CONNECT_TIMEOUT_MS = 60_000;

interface RequestLimits {
  requestStatementTimeoutMs?: number;
  requestConnectTimeoutMs?: number;
}

/** The statement timeout typeOrmOptions set for requests. */
export function requestStatementTimeoutMs(options: DataSourceOptions): number {
  const extra = (options as { extra?: RequestLimits }).extra;
  return extra?.requestStatementTimeoutMs ?? DEFAULT_DATABASE_LIMITS.statementTimeoutMs;
}

/** The connect (and pool) wait typeOrmOptions set for requests. */
export function requestConnectTimeoutMs(options: DataSourceOptions): number {
  const extra = (options as { extra?: RequestLimits }).extra;
  return extra?.requestConnectTimeoutMs ?? DEFAULT_DATABASE_LIMITS.connectTimeoutMs;
}
