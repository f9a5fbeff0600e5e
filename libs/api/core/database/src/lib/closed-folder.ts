import { stat } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';

/**
 * The highest folder at or above `path` that other users cannot enter (no o+x), or null. As root,
 * PostgreSQL runs as the `postgres` user, which must reach both its binaries under node_modules
 * and the data directory: a checkout inside a private folder (mode 700) stops it with EACCES.
 */
export async function closedFolderAbove(path: string): Promise<string | null> {
  let closed: string | null = null;
  for (let dir = resolve(path); ; dir = dirname(dir)) {
    const mode = await stat(dir).then(
      (info) => info.mode,
      () => null,
    );
    if (mode !== null && (mode & 0o001) === 0) closed = dir;
    if (dir === dirname(dir)) return closed;
  }
}
