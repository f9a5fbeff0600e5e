import { INestApplication } from '@nestjs/common';
import { getDataSourceToken } from '@nestjs/typeorm';
import { AppConfig, DatabaseLimits, loadConfig } from '@cg/api/core/config';
import { connectDatabase } from '@cg/api/core/database';
import { GraphQLTestClient } from '@cg/api/testing';
import { DataSource } from 'typeorm';
import { createApp } from '../../../src/app/create-app';
import { signInAdministrator } from '../../support/test-app';
import { PostgresProcess, startPostgresProcess } from './postgres-process-client';

/** How the API learns of its PostgreSQL: the embedded one's address handed over as main.ts does, or DATABASE_URL. */
export type DatabaseKind = 'embedded' | 'DATABASE_URL';

/**
 * The API on a PostgreSQL of its own, which the test may stop and start again on the same
 * port (the run's shared server is busy with other test files and must never stop).
 */
export interface AppOnOwnDatabase {
  url: string;
  app: INestApplication;
  dataSource: DataSource;
  database: PostgresProcess;
  /** A client signed in as an instance administrator. */
  client(): GraphQLTestClient;
  close(): Promise<void>;
}

export async function startAppOnOwnDatabase(
  kind: DatabaseKind,
  limits: Partial<DatabaseLimits> = {},
): Promise<AppOnOwnDatabase> {
  const database = await startPostgresProcess();
  const base = loadConfig({
    NODE_ENV: 'test',
    DEMO_DATA: 'false',
    ...(kind === 'DATABASE_URL' ? { DATABASE_URL: database.url } : {}),
  });
  const config: AppConfig = {
    ...base,
    schemaFile: undefined,
    webDist: undefined,
    database: { ...base.database, ...limits },
  };
  // With DATABASE_URL the API checks the server is reachable before it starts (connect-database.ts).
  const databaseUrl = kind === 'DATABASE_URL' ? (await connectDatabase(config)).url : database.url;
  const app = await createApp(config, databaseUrl);
  await app.listen(0, '127.0.0.1');
  const url = (await app.getUrl()).replace('[::1]', '127.0.0.1');
  const session = await signInAdministrator(app, url);
  return {
    url,
    app,
    database,
    dataSource: app.get<DataSource>(getDataSourceToken()),
    client: () => new GraphQLTestClient(url, session),
    close: async () => {
      await app.close();
      await database.close();
    },
  };
}
