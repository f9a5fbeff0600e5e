import { RunningPostgres, startEmbeddedPostgres } from '@cg/api/core/database';
import { resolve } from 'node:path';

/**
 * The database a command-line tool works on: DATABASE_URL's, else the embedded cluster in
 * --data-dir (default .data, the API's own). The embedded one cannot be opened twice, so stop
 * the API first, or point DATABASE_URL at the server it uses.
 */
export async function databaseForTool(dataDir = '.data'): Promise<RunningPostgres> {
  const url = process.env.DATABASE_URL?.trim();
  if (url) return { url, stop: async () => undefined };
  return startEmbeddedPostgres(resolve(dataDir));
}

/** `--flag value` or `--flag=value`, and the arguments that are not flags. */
export function parseToolArgs(argv: string[]): { flags: Record<string, string>; positional: string[] } {
  const flags: Record<string, string> = {};
  const positional: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    if (!argv[i].startsWith('--')) {
      positional.push(argv[i]);
      continue;
    }
    const [flag, inline] = argv[i].slice(2).split('=', 2);
    flags[flag] = inline ?? argv[++i] ?? '';
  }
  return { flags, positional };
}
