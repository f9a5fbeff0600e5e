import { INestApplication } from '@nestjs/common';
import { getDataSourceToken } from '@nestjs/typeorm';
import { AuthService } from '@cg/api/core/auth';
import { AppConfig, loadConfig } from '@cg/api/core/config';
import { createTestDatabase, GraphQLTestClient, TestDatabase } from '@cg/api/testing';
import { DataSource } from 'typeorm';
import { createApp } from '../../src/app/create-app';

export interface TestApp {
  app: INestApplication;
  url: string;
  dataSource: DataSource;
  /**
   * A new client signed in as an instance administrator, who may read and write everything,
   * for tests about records rather than permissions. Its cookie jar is its own.
   */
  client(): GraphQLTestClient;
  /** A new client that has not signed in (a separate browser). */
  anonymousClient(): GraphQLTestClient;
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
  const adminSession = await signInAdministrator(app, baseUrl);
  return {
    app,
    url: baseUrl,
    dataSource: app.get<DataSource>(getDataSourceToken()),
    client: () => new GraphQLTestClient(baseUrl, adminSession),
    anonymousClient: () => new GraphQLTestClient(baseUrl),
    close: async () => {
      await app.close();
      await database.drop();
    },
  };
}

export const TEST_ADMIN = { email: 'test-admin@instance.example', password: 'test administrator password' };

/** Signs in once per test app; clients share the session cookie instead of each signing in. */
export async function signInAdministrator(app: INestApplication, baseUrl: string): Promise<Record<string, string>> {
  await app.get(AuthService).createUser({ email: TEST_ADMIN.email, name: 'Test Administrator', password: TEST_ADMIN.password, isInstanceAdmin: true });
  const client = new GraphQLTestClient(baseUrl);
  await client.data(`mutation ($input: SignInInput!) { signIn(input: $input) { user { id } } }`, { input: TEST_ADMIN });
  return client.cookieJar();
}
