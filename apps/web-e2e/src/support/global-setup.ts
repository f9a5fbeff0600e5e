import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { findChromium } from './browser';
import { SERVER_MAIN, startServer, StartedServer, WORKSPACE } from './server';

declare global {
  // eslint-disable-next-line no-var
  var __CG_E2E_SERVER__: StartedServer | undefined;
}

/** One production server with demo data for the browser tests of this run. */
export default async function globalSetup(): Promise<void> {
  await findChromium(); // first, so workers inherit CHROME_BIN and a missing browser fails clearly
  for (const built of [SERVER_MAIN, join(WORKSPACE, 'dist/apps/web/browser/index.html')]) {
    if (!existsSync(built))
      throw new Error(`${built} is missing: run the tests through \`npm run test:e2e\`, which builds first.`);
  }
  const server = await startServer();
  globalThis.__CG_E2E_SERVER__ = server;
  process.env.E2E_BASE_URL = server.url;
}
