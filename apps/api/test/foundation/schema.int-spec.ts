import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { startTestApp } from '../support/test-app';

const COMMITTED = resolve(__dirname, '../../schema.gql');

describe('apps/api/schema.gql', () => {
  it('matches the schema the code builds (CI fails when it is stale; locally it is rewritten)', async () => {
    const schemaFile = join(await mkdtemp(join(tmpdir(), 'cg-schema-')), 'schema.gql');
    const testApp = await startTestApp({ schemaFile });
    await testApp.close();
    const built = await readFile(schemaFile, 'utf8');
    const committed = await readFile(COMMITTED, 'utf8').catch(() => '');
    if (built === committed) return;
    if (process.env.CI) {
      throw new Error('apps/api/schema.gql is stale: run `npm test` locally (it rewrites the file), then `npm run codegen`, and commit both.');
    }
    await writeFile(COMMITTED, built);
    console.warn('apps/api/schema.gql was stale and has been rewritten; run `npm run codegen` and commit both.');
  });
});
