import { INestApplication } from '@nestjs/common';
import { getDataSourceToken } from '@nestjs/typeorm';
import { AppConfig, loadConfig } from '@cg/api/core/config';
import { createTestDatabase, GraphQLTestClient, TestDatabase } from '@cg/api/testing';
import { DataSource } from 'typeorm';
import { createApp } from '../../src/app/create-app';

export interface TestApp {
  app: INestApplication;
  url: string;
  dataSource: DataSource;
  /** A new client with its own cookie jar (a separate browser). */
  client(): GraphQLTestClient;
  close(): Promise<void>;
}

/** The whole API on a fresh database of its own, listening on a free port. */
export async function startTestApp(overrides: Partial<AppConfig> = {}): Promise<TestApp> {
  const database: TestDatabase = await createTestDatabase();
  const config: AppConfig = {
    ...loadConfig({ NODE_ENV: 'test', DEMO_DATA: 'false' }),
    schemaFile: undefined,
    webDist: undefined,
    ...overrides,
  };
  const app = await createApp(config, database.url);
  await app.listen(0, '127.0.0.1');
  const url = await app.getUrl();
  const baseUrl = url.replace('[::1]', '127.0.0.1');
  return {
    app,
    url: baseUrl,
    dataSource: app.get<DataSource>(getDataSourceToken()),
    client: () => new GraphQLTestClient(baseUrl),
    close: async () => {
      await app.close();
      await database.drop();
    },
  };
}
