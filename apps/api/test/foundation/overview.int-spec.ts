import { generateNetwork, loadNetwork } from '@cg/api/demo-data';
import { startTestApp, TestApp } from '../support/test-app';

const OVERVIEW = `{ overview { organisationCount organisationsBySector { sector count } livePartnershipCount liveProjectCount recentActivityCount fundingTotal } }`;

describe('overview query', () => {
  let testApp: TestApp;
  beforeAll(async () => (testApp = await startTestApp()));
  afterAll(() => testApp.close());

  it('answers with zero on an empty database', async () => {
    const { overview } = await testApp.client().data<{ overview: { organisationCount: number } }>(OVERVIEW);
    expect(overview).toEqual({
      organisationCount: 0,
      organisationsBySector: [],
      livePartnershipCount: 0,
      liveProjectCount: 0,
      recentActivityCount: 0,
      fundingTotal: 0,
    });
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

  it('counts live partnerships and projects, recent activity and awarded funding only', async () => {
    const ds = testApp.dataSource;
    const figures = async () => (await testApp.client().data<{ overview: Record<string, number> }>(OVERVIEW)).overview;
    const before = await figures();
    const [{ id: funder }] = await ds.query(`INSERT INTO organisation (name, type, sector) VALUES ('Fund', 'FUNDER', 'FUNDER') RETURNING id`);
    const [{ id: recipient }] = await ds.query(`INSERT INTO organisation (name, type, sector) VALUES ('Doer', 'CHARITY', 'VOLUNTARY_AND_COMMUNITY') RETURNING id`);
    await ds.query(`INSERT INTO partnership (name, governance_model, status) VALUES ('A', 'SINGLE_LEAD', 'ACTIVE'), ('B', 'SINGLE_LEAD', 'CLOSED')`);
    await ds.query(`INSERT INTO project (name, status) VALUES ('P', 'ACTIVE'), ('Q', 'COMPLETED')`);
    await ds.query(`INSERT INTO activity (date, kind, title) VALUES (current_date, 'MEETING', 'Now'), (current_date - 40, 'MEETING', 'Old')`);
    await ds.query(
      `INSERT INTO funding (funder_organisation_id, recipient_organisation_id, amount, status) VALUES ($1, $2, 1500.50, 'AWARDED'), ($1, $2, 999, 'PLEDGED')`,
      [funder, recipient],
    );
    const after = await figures();
    expect({
      partnerships: after.livePartnershipCount - before.livePartnershipCount,
      projects: after.liveProjectCount - before.liveProjectCount,
      activities: after.recentActivityCount - before.recentActivityCount,
      funding: Math.round((after.fundingTotal - before.fundingTotal) * 100) / 100,
    }).toEqual({ partnerships: 1, projects: 1, activities: 1, funding: 1500.5 });
  });

  it('hides internal errors and gives a reference instead', async () => {
    // A table the overview reads but the session lookup does not, so the request gets as far as GraphQL.
    await testApp.dataSource.query('ALTER TABLE record_tally RENAME TO record_tally_moved');
    try {
      const result = await testApp.client().request(OVERVIEW);
      expect(result.errors?.[0].message).toMatch(/Something went wrong on our side.*quote reference/);
      expect(JSON.stringify(result)).not.toContain('record_tally_moved');
    } finally {
      await testApp.dataSource.query('ALTER TABLE record_tally_moved RENAME TO record_tally');
    }
  });
});
