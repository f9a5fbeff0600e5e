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

/**
 * Why the embedded PostgreSQL cannot start from `checkout`, or null when nothing stands in its way.
 * As root it runs as the `postgres` user, and a checkout in a private folder (a `mktemp -d` clone)
 * hides its programs under node_modules. Ask before starting it: the package spawns `initdb`
 * without an error handler, so the raw `spawn …/initdb EACCES` would end the process uncaught.
 * The app and the integration tests' global setup both ask, so both explain it the same way.
 */
export async function postgresUserBlockedBy(checkout = process.cwd()): Promise<string | null> {
  const closed = process.getuid?.() === 0 ? await closedFolderAbove(checkout) : null;
  return closed
    ? `The embedded PostgreSQL cannot start: it runs as the postgres user, which cannot enter ${closed} to reach its programs under node_modules; run \`chmod o+x ${closed}\`, move the project to an ordinary folder, or set DATABASE_URL.`
    : null;
}
