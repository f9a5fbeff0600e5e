import { startTestApp, TestApp } from '../support/test-app';

describe('GET /health', () => {
  let testApp: TestApp;
  beforeAll(async () => (testApp = await startTestApp()));
  afterAll(() => testApp.close());

  it('reports the database as up', async () => {
    const response = await fetch(`${testApp.url}/health`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok', database: 'up' });
  });

  it('reports the database as down, with 503, when PostgreSQL cannot be reached', async () => {
    await testApp.dataSource.destroy();
    const response = await fetch(`${testApp.url}/health`);
    expect(response.status).toBe(503);
    expect(await response.json()).toEqual({ status: 'degraded', database: 'down' });
    await testApp.dataSource.initialize();
  });
});
