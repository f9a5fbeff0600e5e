import { AccessScope, runWithAccessScope, SIGNED_OUT } from '@cg/api/core/database';
import { OverviewService } from '@cg/api/feature/overview';
import { DataSource } from 'typeorm';
import { insertRow } from '../support/org-factories';
import { startTestApp, TestApp } from '../support/test-app';

/*
 * The dashboard's figures come from record_tally (migration PlaceCandidatesAndTallies), kept by
 * triggers and read through a row policy that is the records' rule, plus the grants a user reads
 * only as a side of the grant. This proves them equal, for every kind of reader, to counting the
 * records themselves under row-level security, before and after records are added, changed,
 * archived and deleted.
 */

/** The figures counted the slow way: every record judged by its own policy. */
const COUNTED_UNDER_RLS = `SELECT
  (SELECT coalesce(json_object_agg(sector, n), '{}') FROM (SELECT sector, count(*)::int AS n FROM organisation WHERE archived_at IS NULL GROUP BY sector) s) AS sectors,
  (SELECT count(*) FROM partnership WHERE archived_at IS NULL AND status IN ('FORMING', 'ACTIVE'))::int AS partnerships,
  (SELECT count(*) FROM project WHERE archived_at IS NULL AND status IN ('PLANNED', 'ACTIVE'))::int AS projects,
  (SELECT coalesce(sum(amount), 0) FROM funding WHERE archived_at IS NULL AND status IN ('AWARDED', 'PAID'))::float8 AS funding`;

const VISIBILITIES = ['PUBLIC', 'PARTNERS', 'PRIVATE'];

describe('dashboard figures from tallies equal the counts under row-level security', () => {
  let testApp: TestApp;
  let ds: DataSource;
  const org: Record<string, string> = {};
  let scopes: [string, AccessScope][];

  const scope = (own: string[], partners: string[] = [], funded: string[] = []): AccessScope => ({
    signedIn: true,
    isInstanceAdmin: false,
    memberships: [],
    ownOrganisationIds: own,
    partnerOrganisationIds: partners,
    portfolioOrganisationIds: funded,
  });

  beforeAll(async () => {
    testApp = await startTestApp();
    ds = testApp.dataSource;
    for (const name of ['home', 'stranger', 'partner', 'funded'])
      org[name] = await insertRow(ds, 'organisation', { name, type: 'CHARITY', sector: 'VOLUNTARY_AND_COMMUNITY' });
    scopes = [
      ['the instance admin', { ...scope([]), isInstanceAdmin: true }],
      ['a member of home, with a partner and a grantee', scope([org['home']], [org['partner']], [org['funded']])],
      ['a member of the stranger', scope([org['stranger']])],
      ['a member of the partner, with home as partner', scope([org['partner']], [org['home']])],
      ['a user of no organisation', scope([])],
      ['a signed-out visitor', SIGNED_OUT],
    ];
    let n = 0;
    for (const owner of ['home', 'stranger', 'partner', 'funded'])
      for (const visibility of VISIBILITIES) {
        const common = { owner_organisation_id: org[owner], visibility };
        for (const [type, sector] of [['CHARITY', 'VOLUNTARY_AND_COMMUNITY'], ['BUSINESS', 'PRIVATE']])
          await insertRow(ds, 'organisation', { name: `org ${++n}`, type, sector, ...common });
        for (const status of ['ACTIVE', 'FORMING', 'CLOSED'])
          await insertRow(ds, 'partnership', { name: `partnership ${++n}`, governance_model: 'SINGLE_LEAD', status, ...common });
        for (const status of ['ACTIVE', 'PLANNED', 'COMPLETED']) await insertRow(ds, 'project', { name: `project ${++n}`, status, ...common });
        for (const status of ['AWARDED', 'PAID', 'PLEDGED'])
          await insertRow(ds, 'funding', { funder_organisation_id: org['stranger'], recipient_organisation_id: org['partner'], amount: 100 + n++, status, ...common });
      }
    // An organisation without an owner owns itself: a PRIVATE one is read by its own members only.
    await insertRow(ds, 'organisation', { name: 'self-owned', type: 'CHARITY', sector: 'VOLUNTARY_AND_COMMUNITY', visibility: 'PRIVATE' });
    // Grants home reads only as a side: funded directly, through a partnership it belongs to, through a project it works on.
    const stranger = { owner_organisation_id: org['stranger'], visibility: 'PRIVATE', status: 'AWARDED' };
    await insertRow(ds, 'funding', { funder_organisation_id: org['stranger'], recipient_organisation_id: org['home'], amount: 7, ...stranger });
    const partnership = await insertRow(ds, 'partnership', { name: 'shared', governance_model: 'SINGLE_LEAD', status: 'ACTIVE' });
    await insertRow(ds, 'partnership_membership', { partnership_id: partnership, organisation_id: org['home'], role: 'CORE_MEMBER' });
    await insertRow(ds, 'funding', { funder_organisation_id: org['stranger'], recipient_partnership_id: partnership, amount: 70, ...stranger });
    const project = await insertRow(ds, 'project', { name: 'joint', status: 'ACTIVE' });
    await insertRow(ds, 'project_participant', { project_id: project, organisation_id: org['home'], role: 'DELIVERY_PARTNER' });
    await insertRow(ds, 'funding', { funder_organisation_id: org['stranger'], recipient_project_id: project, amount: 700, ...stranger });
  }, 120_000);
  afterAll(() => testApp.close());

  const expectTalliesToMatch = async () => {
    const overview = testApp.app.get(OverviewService);
    for (const [who, readerScope] of scopes) {
      const [fromTallies, [counted]] = await runWithAccessScope(readerScope, () => Promise.all([overview.overview(), ds.query(COUNTED_UNDER_RLS)]));
      const sectors = Object.fromEntries(fromTallies.organisationsBySector.map((row) => [row.sector, row.count]));
      expect({ who, sectors, partnerships: fromTallies.livePartnershipCount, projects: fromTallies.liveProjectCount, funding: fromTallies.fundingTotal }).toEqual({
        who,
        sectors: counted.sectors,
        partnerships: counted.partnerships,
        projects: counted.projects,
        funding: counted.funding,
      });
    }
  };

  it('for every kind of reader', async () => {
    await expectTalliesToMatch();
    // The home member reads the three grants it is a side of, though they are the stranger's and PRIVATE.
    const [{ total }] = await runWithAccessScope(scopes[1][1], () =>
      ds.query(`SELECT sum(amount)::int AS total FROM funding WHERE amount IN (7, 70, 700)`),
    );
    expect(total).toBe(777);
  });

  it('after records change visibility, owner, sector and status, are archived, deleted and added in bulk', async () => {
    await ds.query(`UPDATE organisation SET visibility = 'PRIVATE' WHERE name IN ('org 1', 'org 2')`);
    await ds.query(`UPDATE organisation SET owner_organisation_id = $1 WHERE name = 'org 10'`, [org['home']]);
    await ds.query(`UPDATE organisation SET sector = 'PUBLIC' WHERE visibility = 'PARTNERS'`);
    await ds.query(`UPDATE organisation SET archived_at = now() WHERE name = 'org 20'`);
    await ds.query(`UPDATE partnership SET status = 'ACTIVE', visibility = 'PUBLIC' WHERE status = 'CLOSED' AND visibility = 'PRIVATE'`);
    await ds.query(`UPDATE project SET archived_at = now() WHERE status = 'ACTIVE' AND visibility = 'PARTNERS'`);
    await ds.query(`UPDATE funding SET amount = amount * 2 WHERE visibility = 'PUBLIC'`);
    await ds.query(`UPDATE funding SET status = 'PAID' WHERE status = 'PLEDGED' AND visibility = 'PRIVATE'`);
    await ds.query(`DELETE FROM funding WHERE amount = 7`);
    await ds.query(`DELETE FROM organisation WHERE name = 'org 3'`);
    await ds.query(`INSERT INTO organisation (name, type, sector, visibility, owner_organisation_id)
      SELECT 'bulk ' || i, 'CHARITY', 'VOLUNTARY_AND_COMMUNITY', (ARRAY['PUBLIC', 'PARTNERS', 'PRIVATE'])[1 + i % 3]::visibility, $1
        FROM generate_series(1, 300) i`, [org['partner']]);
    await ds.query(`UPDATE organisation SET name = name || ' renamed'`); // moves no count
    await expectTalliesToMatch();
  });

  it('keeps one tally row per category for PUBLIC records, whoever owns them', async () => {
    const [{ rows }] = await ds.query(`SELECT count(*)::int AS rows FROM record_tally WHERE source = 'organisation' AND visibility = 'PUBLIC'`);
    const [{ sectors }] = await ds.query(`SELECT count(DISTINCT sector)::int AS sectors FROM organisation WHERE visibility = 'PUBLIC' AND archived_at IS NULL`);
    expect(rows).toBe(sectors);
  });

  it('the request role may read the tallies but never write them', async () => {
    const [grants] = await ds.query(`SELECT has_table_privilege('cg_request', 'record_tally', 'SELECT') AS reads,
      has_table_privilege('cg_request', 'record_tally', 'INSERT') OR has_table_privilege('cg_request', 'record_tally', 'UPDATE')
      OR has_table_privilege('cg_request', 'record_tally', 'DELETE') AS writes`);
    expect(grants).toEqual({ reads: true, writes: false });
  });
});
