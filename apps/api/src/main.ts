import { ConsoleLogger, Logger } from '@nestjs/common';
import { loadConfig, StartupError } from '@cg/api/core/config';
import { connectDatabase, RunningPostgres } from '@cg/api/core/database';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { createApp } from './app/create-app';
import { loadDemoDataIfEmpty } from './app/demo-data';
import { stopCleanlyOnSignals } from './app/graceful-shutdown';
import { printDemoUsers } from './app/demo-users';

async function bootstrap(): Promise<void> {
  // The network worker is built beside this file (see webpack.config.js).
  const config = { ...loadConfig(), networkWorkerScript: join(__dirname, 'network-worker.js') };
  if (config.logFormat === 'json') Logger.overrideLogger(new ConsoleLogger({ json: true }));
  await ensurePortFree(config.port);
  let database: RunningPostgres | undefined;
  try {
    database = await connectDatabase(config);
    const app = await createApp(config, database.url);
    stopCleanlyOnSignals(app, config.shutdownTimeoutMs, database.stop);
    if (config.loadDemoData) await loadDemoDataIfEmpty(app);
    if (config.nodeEnv !== 'production') await printDemoUsers(app);
    await listen(app, config.port);
    Logger.log(`Common Ground is ready at http://localhost:${config.port} (GraphQL at /graphql); people open ${config.publicUrl}`, 'Bootstrap');
  } catch (error) {
    await database?.stop().catch(() => undefined);
    throw error;
  }
}

/** Checked before PostgreSQL starts, so a taken port costs nothing and reads as one sentence. */
function ensurePortFree(port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', (error: NodeJS.ErrnoException) =>
      reject(
        error.code === 'EADDRINUSE'
          ? new StartupError(`Port ${port} is already in use; stop the other program or set PORT to a free port.`)
          : new StartupError(`Port ${port} cannot be opened (${error.code}); set PORT to another port.`),
      ),
    );
    probe.listen(port, () => probe.close(() => resolve()));
  });
}

async function listen(app: Awaited<ReturnType<typeof createApp>>, port: number): Promise<void> {
  try {
    await app.listen(port);
  } catch (error) {
    if ((error as { code?: string }).code === 'EADDRINUSE') {
      throw new StartupError(`Port ${port} is already in use; stop the other program or set PORT to a free port.`);
    }
    throw error;
  }
}

bootstrap().catch((error: unknown) => {
  if (error instanceof StartupError) {
    console.error(`Common Ground could not start. ${error.message}`);
  } else {
    console.error('Common Ground could not start because of an unexpected error:', error);
  }
  process.exit(1);
});
