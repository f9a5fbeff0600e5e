import { AppConfig, StartupError } from '@cg/api/core/config';
import { Client } from 'pg';
import { RunningPostgres, startEmbeddedPostgres } from './embedded-postgres';

/**
 * Resolves the database the API will use: the external one named by DATABASE_URL,
 * or an embedded one it starts itself. Either way it is reachable when this returns,
 * so TypeORM never has to retry and print stack traces on a bad URL.
 */
export async function connectDatabase(config: AppConfig): Promise<RunningPostgres> {
  if (!config.databaseUrl) return startEmbeddedPostgres(config.dataDir);
  await checkReachable(config.databaseUrl);
  return { url: config.databaseUrl, stop: async () => undefined };
}

export async function checkReachable(url: string): Promise<void> {
  const client = new Client({ connectionString: url, connectionTimeoutMillis: 5000 });
  try {
    await client.connect();
    await client.query('SELECT 1');
  } catch (error) {
    throw new StartupError(`Could not connect to PostgreSQL at ${describe(url)}: ${reason(error)}.`);
  } finally {
    await client.end().catch(() => undefined);
  }
}

function describe(url: string): string {
  const parsed = new URL(url);
  return `${parsed.hostname}:${parsed.port || 5432}${parsed.pathname}`;
}

function reason(error: unknown): string {
  const code = (error as { code?: string }).code;
  if (code === 'ECONNREFUSED') return 'nothing is listening there';
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') return 'the host name is not known';
  if (code === '28P01') return 'the user name or password was refused';
  if (code === '3D000') return 'that database does not exist';
  return error instanceof Error ? error.message.replace(/\.$/, '') : String(error);
}
