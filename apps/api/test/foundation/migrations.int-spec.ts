import { startTestApp, TestApp } from '../support/test-app';

describe('migrations', () => {
  let testApp: TestApp;
  beforeAll(async () => (testApp = await startTestApp()));
  afterAll(() => testApp.close());

  it('leave the database exactly as the entities describe it (nothing for migration:generate to add)', async () => {
    const pending = await testApp.dataSource.driver.createSchemaBuilder().log();
    const statements = pending.upQueries.map((query) => query.query);
    if (statements.length > 0) {
      throw new Error(
        `The entities differ from the migrations; run \`npm run migration:generate -- <Name>\`. Pending:\n${statements.join('\n')}`,
      );
    }
  });

  it('installed the contrib extensions the product relies on', async () => {
    const rows: { extname: string }[] = await testApp.dataSource.query('SELECT extname FROM pg_extension');
    expect(rows.map((row) => row.extname)).toEqual(expect.arrayContaining(['pg_trgm', 'citext', 'unaccent', 'ltree']));
  });
});
