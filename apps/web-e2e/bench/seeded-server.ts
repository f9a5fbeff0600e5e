import { hash, argon2id } from 'argon2';
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Client } from 'pg';
import { startServer, StartedServer, WORKSPACE } from '../src/support/server';

export const BENCH_ADMIN = {
  email: 'bench-admin@bench.common-ground.example',
  password: 'common-ground-bench',
} as const;

/**
 * A data directory holding a generated network of `organisations` organisations, seeded by
 * `npm run seed` (about 650,000 rows for 20,000, some 30 s). A marker file says a seed of that size
 * finished, so later runs reuse the cluster; without it (a first run, or an interrupted seed) the
 * database is emptied and seeded again. Delete the directory to regenerate it.
 */
export async function seededDataDir(
  organisations: number,
  dir = join(WORKSPACE, '.data/bench-map'),
): Promise<{ dir: string; seededMs: number }> {
  const marker = join(dir, `seeded-${organisations}-organisations`);
  if (existsSync(marker)) return { dir, seededMs: 0 };
  const started = performance.now();
  const args = ['run', 'seed', '--', '--orgs', String(organisations), '--data-dir', dir];
  if (existsSync(join(dir, 'pg', 'PG_VERSION'))) args.push('--reset');
  await new Promise<void>((done, fail) => {
    const child = spawn('npm', args, { cwd: WORKSPACE, stdio: ['ignore', 'inherit', 'inherit'] });
    child.on('error', fail);
    child.on('exit', (code) => (code === 0 ? done() : fail(new Error(`npm ${args.join(' ')} exited with ${code}`))));
  });
  await writeFile(marker, `${new Date().toISOString()}\n`);
  return { dir, seededMs: performance.now() - started };
}

/**
 * Starts the production server on a seeded directory and gives it an instance administrator.
 *
 * The seed makes no user accounts, and the server makes demo users only when it loads the demo data
 * into an empty database. So, once the server is up (its migrations have run and its embedded
 * PostgreSQL is listening), we write the account straight into `user_account`: the port is on the
 * fourth line of PostgreSQL's own `postmaster.pid`, the password is the one the launcher keeps in
 * `<dir>/pg-password`. That needs no Nest, no extra port handling and no change to the product. The
 * hash is argon2id like `libs/api/core/auth/src/lib/password.ts`; verification reads its parameters
 * from the hash itself. An upsert makes reruns idempotent.
 */
export async function startServerWithAdmin(dataDir: string): Promise<StartedServer> {
  const server = await startServer({ DATA_DIR: dataDir, DEMO_DATA: 'false' });
  try {
    const port = (await readFile(join(dataDir, 'pg', 'postmaster.pid'), 'utf8')).split('\n')[3].trim();
    const password = (await readFile(join(dataDir, 'pg-password'), 'utf8')).trim();
    const client = new Client({
      host: '127.0.0.1',
      port: Number(port),
      user: 'common_ground',
      password,
      database: 'common_ground',
    });
    await client.connect();
    try {
      const passwordHash = await hash(BENCH_ADMIN.password, {
        type: argon2id,
        memoryCost: 19_456,
        timeCost: 2,
        parallelism: 1,
      });
      await client.query(
        `INSERT INTO user_account (email, name, password_hash, is_instance_admin) VALUES ($1, 'Benchmark administrator', $2, true)
         ON CONFLICT (email) DO UPDATE SET password_hash = EXCLUDED.password_hash, is_instance_admin = true, disabled_at = NULL`,
        [BENCH_ADMIN.email, passwordHash],
      );
    } finally {
      await client.end();
    }
  } catch (error) {
    await server.stop();
    throw error;
  }
  return server;
}
