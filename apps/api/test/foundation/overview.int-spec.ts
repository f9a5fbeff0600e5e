import { generateNetwork, loadNetwork } from '@cg/api/demo-data';
import { startTestApp, TestApp } from '../support/test-app';

const OVERVIEW = `{ overview { organisationCount organisationsBySector { sector count } } }`;

describe('overview query', () => {
  let testApp: TestApp;
  beforeAll(async () => (testApp = await startTestApp()));
  afterAll(() => testApp.close());

  it('answers with zero on an empty database', async () => {
    const { overview } = await testApp.client().data<{ overview: { organisationCount: number } }>(OVERVIEW);
    expect(overview).toEqual({ organisationCount: 0, organisationsBySector: [] });
  });

  it('counts the organisations the demo network loads, per sector', async () => {
    const network = generateNetwork({ organisations: 40 });
    await loadNetwork(testApp.dataSource, network);
    const { overview } = await testApp
      .client()
      .data<{ overview: { organisationCount: number; organisationsBySector: { sector: string; count: number }[] } }>(OVERVIEW);
    expect(overview.organisationCount).toBe(40);
    const voluntary = network.organisations.filter((o) => o.sector === 'VOLUNTARY_AND_COMMUNITY').length;
    expect(overview.organisationsBySector).toContainEqual({ sector: 'VOLUNTARY_AND_COMMUNITY', count: voluntary });
  });

  it('hides internal errors and gives a reference instead', async () => {
    await testApp.dataSource.query('ALTER TABLE organisation RENAME TO organisation_moved');
    try {
      const result = await testApp.client().request(OVERVIEW);
      expect(result.errors?.[0].message).toMatch(/Something went wrong on our side.*quote reference/);
      expect(JSON.stringify(result)).not.toContain('organisation_moved');
    } finally {
      await testApp.dataSource.query('ALTER TABLE organisation_moved RENAME TO organisation');
    }
  });
});
