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

/**
 * This test file's apps, closed after its last test. A slow start can outlast its beforeAll's
 * timeout: the file's own afterAll then finds no app to close, and the app it never closed
 * kept Jest running after the run ("Jest did not exit one second after the test run").
 */
const startedApps = new Set<Promise<TestApp | undefined>>();
afterAll(async () => {
  await Promise.all([...startedApps].map(async (starting) => (await starting)?.close().catch(() => undefined)));
}, 300_000);

/** The whole API on a fresh database of its own, listening on a free port. */
export function startTestApp(overrides: Partial<AppConfig> = {}): Promise<TestApp> {
  const starting = startApp(overrides);
  startedApps.add(starting.catch(() => undefined));
  return starting;
}

async function startApp(overrides: Partial<AppConfig>): Promise<TestApp> {
  const database: TestDatabase = await createTestDatabase();
  const config: AppConfig = {
    ...loadConfig({ NODE_ENV: 'test', DEMO_DATA: 'false' }),
    schemaFile: undefined,
    webDist: undefined,
    ...overrides,
  };
  // If starting fails half-way there is no app to return, so close what did start here.
  const dropDatabase = () => database.drop().catch(() => undefined);
  const app = await createApp(config, database.url).catch(async (error) => {
    await dropDatabase();
    throw error;
  });
  const { baseUrl, adminSession } = await listenAndSignIn(app).catch(async (error) => {
    await app.close().catch(() => undefined);
    await dropDatabase();
    throw error;
  });
  let closing: Promise<void> | undefined;
  return {
    app,
    url: baseUrl,
    dataSource: app.get<DataSource>(getDataSourceToken()),
    client: () => new GraphQLTestClient(baseUrl, adminSession),
    anonymousClient: () => new GraphQLTestClient(baseUrl),
    // Once: the file's afterAll and the one above may both close it.
    close: () => (closing ??= app.close().then(() => database.drop())),
  };
}

async function listenAndSignIn(app: INestApplication): Promise<{ baseUrl: string; adminSession: Record<string, string> }> {
  await app.listen(0, '127.0.0.1');
  const baseUrl = (await app.getUrl()).replace('[::1]', '127.0.0.1');
  return { baseUrl, adminSession: await signInAdministrator(app, baseUrl) };
}

export const TEST_ADMIN = { email: 'test-admin@instance.example', password: 'test administrator password' };

/** Signs in once per test app; clients share the session cookie instead of each signing in. */
export async function signInAdministrator(app: INestApplication, baseUrl: string): Promise<Record<string, string>> {
  await app.get(AuthService).createUser({ email: TEST_ADMIN.email, name: 'Test Administrator', password: TEST_ADMIN.password, isInstanceAdmin: true });
  const client = new GraphQLTestClient(baseUrl);
  await client.data(`mutation ($input: SignInInput!) { signIn(input: $input) { user { id } } }`, { input: TEST_ADMIN });
  return client.cookieJar();
}
