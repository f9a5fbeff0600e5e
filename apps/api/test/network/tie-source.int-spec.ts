import { AccessScope, runWithAccessScope, SIGNED_OUT, TIE_POSITIONS_BY_SCAN } from '@cg/api/core/database';
import { SUBGRAPH_TIES_SQL } from '@cg/api/feature/network';
import { OrganisationRole } from '@cg/shared/domain';
import { DataSource } from 'typeorm';
import {
  addMember,
  addParticipant,
  insertRow,
  makeFunding,
  makeOrganisation,
  makePartnership,
  makeProject,
  makeRelationship,
} from '../support/org-factories';
import { startTestApp, TestApp } from '../support/test-app';
import { TIES_JUDGED_FROM_RECORDS_SQL } from './support/ties-judged-from-records.sql';

// The tie table (migration NetworkTieSource) must give every reader the network the scanning
// pairing gave, through every kind of change to the records behind ties, weights and ratings
// included (migration TieWeights). The reference is the old derivation: the scanning function, kept
// here under another name, under the statement that read each relationship's strength and ratings
// and each grant's amount from the record itself.
const REFERENCE = 'cg_tie_positions_by_scan';
const REFERENCE_SQL = TIES_JUDGED_FROM_RECORDS_SQL.replace('cg_subgraph_tie_positions(', `${REFERENCE}(`);
const PAIRING_COLUMNS = 'tie_kind, a, b, record_id, group_id, a_link, b_link, b_link_kind';
// Rows of the table's pairing whose figures are not their record's (none, when the table is exact).
const WRONG_FIGURES = `SELECT t.* FROM cg_subgraph_tie_positions($1::uuid[], $2, $3) t
  LEFT JOIN relationship r ON t.tie_kind = 'RELATIONSHIP' AND r.id = t.record_id
  LEFT JOIN funding f ON t.tie_kind = 'FUNDING' AND f.id = t.record_id
 WHERE (t.weight, t.trust, t.value) IS DISTINCT FROM (coalesce(r.strength::float8, f.amount::float8), r.trust::int, r.value::int)`;

type Row = Record<string, unknown>;
const sorted = (rows: Row[]) => rows.map((row) => JSON.stringify(row)).sort();

describe('network tie table', () => {
  let testApp: TestApp;
  let ds: DataSource;
  const org: Record<string, string> = {};
  let readers: Record<string, AccessScope>;
  let members: string[];
  let partnership: string;
  let project: string;

  const scope = (own: string[], extra: Partial<AccessScope> = {}): AccessScope => ({
    ...SIGNED_OUT,
    signedIn: true,
    memberships: own.map((organisationId) => ({ organisationId, role: OrganisationRole.ORG_ADMIN })),
    ownOrganisationIds: own,
    ...extra,
  });

  // Windows and as-at days the statement is run with: none, a date window, an as-at day, both.
  const PARAMS: [string | null, string | null, string | null][] = [
    [null, null, null],
    ['2024-01-01', '2024-12-31', null],
    [null, null, '2024-06-01'],
    ['2020-01-01', '2030-12-31', '2026-01-01'],
  ];

  /** The pairing itself (as the owner, all columns) and each reader's judged ties, by both functions. */
  async function expectSameNetworks(): Promise<void> {
    const subsets = [members, members.slice(0, 4)];
    for (const subset of subsets) {
      for (const [from, to] of PARAMS) {
        const args = [subset, from, to];
        const byTable = await ds.query(
          `SELECT ${PAIRING_COLUMNS} FROM cg_subgraph_tie_positions($1::uuid[], $2, $3)`,
          args,
        );
        const byScan = await ds.query(`SELECT ${PAIRING_COLUMNS} FROM ${REFERENCE}($1::uuid[], $2, $3)`, args);
        expect(sorted(byTable)).toEqual(sorted(byScan));
        expect(await ds.query(WRONG_FIGURES, args)).toEqual([]);
      }
    }
    for (const [name, reader] of Object.entries(readers)) {
      for (const [from, to, asAt] of PARAMS) {
        const params = [members, null, from, to, asAt];
        const run = (sql: string) => runWithAccessScope(reader, () => ds.query(sql, params));
        const [byTable, byScan] = [await run(SUBGRAPH_TIES_SQL), await run(REFERENCE_SQL)];
        expect({ reader: name, asAt, ties: sorted(byTable) }).toEqual({ reader: name, asAt, ties: sorted(byScan) });
      }
    }
  }

  beforeAll(async () => {
    testApp = await startTestApp();
    ds = testApp.dataSource;
    await ds.query(TIE_POSITIONS_BY_SCAN.replace('cg_subgraph_tie_positions(', `${REFERENCE}(`));
    await ds.query(`GRANT EXECUTE ON FUNCTION ${REFERENCE}(uuid[], date, date) TO cg_request`);

    for (const key of ['ceo', 'partner', 'funded', 'funder', 'other', 'outside'])
      org[key] = await makeOrganisation(ds, { name: key });
    members = ['ceo', 'partner', 'funded', 'funder', 'other'].map((key) => org[key]);
    readers = {
      admin: scope([], { isInstanceAdmin: true }),
      ceo: scope([org['ceo']], { partnerOrganisationIds: [org['partner']] }),
      funder: scope([org['funder']], { portfolioOrganisationIds: [org['funded']] }),
      'viewer of another organisation': scope([org['other']]),
      'signed out': SIGNED_OUT,
    };

    partnership = await makePartnership(ds, 'Together');
    project = await makeProject(ds, 'Warm Spaces');
    await ds.query(`UPDATE partnership SET owner_organisation_id = $1, visibility = 'PARTNERS' WHERE id = $2`, [
      org['ceo'],
      partnership,
    ]);
    for (const key of ['ceo', 'partner', 'funded', 'outside']) await addMember(ds, partnership, org[key]);
    for (const key of ['partner', 'other']) await addParticipant(ds, project, org[key]);
    const supplies = await makeRelationship(ds, org['ceo'], org['partner'], { strength: 4, trust: 3, value: 2 });
    await ds.query(`UPDATE relationship SET owner_organisation_id = $1, visibility = 'PRIVATE' WHERE id = $2`, [
      org['partner'],
      supplies,
    ]);
    await makeRelationship(ds, org['other'], org['outside']);
    await makeFunding(ds, org['funder'], { organisationId: org['funded'] });
    const grant = await makeFunding(ds, org['funder'], { partnershipId: partnership });
    await ds.query(`UPDATE funding SET owner_organisation_id = $1, visibility = 'PRIVATE' WHERE id = $2`, [
      org['funder'],
      grant,
    ]);
  });
  afterAll(() => testApp.close());

  it('holds, after its backfill and its first writes, the ties the scan finds', async () => {
    await expectSameNetworks();
    // Not a comparison of nothing: the readers see different parts of the network.
    const seen: Record<string, number> = {};
    for (const [name, reader] of Object.entries(readers))
      seen[name] = (
        await runWithAccessScope(reader, () => ds.query(SUBGRAPH_TIES_SQL, [members, null, null, null, null]))
      ).length;
    expect(seen).toEqual({ admin: 9, ceo: 8, funder: 2, 'viewer of another organisation': 2, 'signed out': 0 });
  });

  it('is planned for its members on every call, never by a cached generic plan', async () => {
    // From a connection's sixth call PL/pgSQL may keep a generic plan: 31 s for a county, not 0.8.
    const [fn] = await ds.query(`SELECT proconfig FROM pg_proc WHERE proname = 'cg_subgraph_tie_positions'`);
    expect(fn.proconfig).toContain('plan_cache_mode=force_custom_plan');
  });

  it('follows relationships inserted, redated, archived, restored, hidden, moved and deleted', async () => {
    const id = await makeRelationship(ds, org['funded'], org['other']);
    await expectSameNetworks();
    const change = async (set: string) => {
      await ds.query(`UPDATE relationship SET ${set} WHERE id = $1`, [id]);
      await expectSameNetworks();
    };
    await change(`from_date = '2023-01-01', to_date = '2023-12-31'`);
    await change(`to_date = '2024-03-01'`);
    await change('strength = 5, trust = 2, value = 4');
    await change('trust = NULL, strength = 1');
    await change('archived_at = now()');
    await change('archived_at = NULL');
    await change(`visibility = 'PRIVATE', owner_organisation_id = '${org['funded']}'`);
    await change(`to_organisation_id = '${org['ceo']}'`);
    await ds.query('DELETE FROM relationship WHERE id = $1', [id]);
    await expectSameNetworks();
  });

  it('follows memberships joined (several in one statement), ended, archived, moved and removed', async () => {
    const other = await makePartnership(ds, 'Second');
    await ds.query(
      `INSERT INTO partnership_membership (partnership_id, organisation_id, role) VALUES ($1, $2, 'CORE_MEMBER'), ($1, $3, 'CORE_MEMBER'), ($1, $4, 'CORE_MEMBER')`,
      [other, org['other'], org['funder'], org['ceo']],
    );
    await expectSameNetworks();
    const [membership] = await ds.query(
      'SELECT id FROM partnership_membership WHERE partnership_id = $1 AND organisation_id = $2',
      [other, org['other']],
    );
    const change = async (set: string) => {
      await ds.query(`UPDATE partnership_membership SET ${set} WHERE id = $1`, [membership.id]);
      await expectSameNetworks();
    };
    await change(`to_date = '2024-02-01'`);
    await change('archived_at = now()');
    await change('archived_at = NULL, to_date = NULL');
    await change(`partnership_id = '${partnership}'`);
    await change(`visibility = 'PRIVATE', owner_organisation_id = '${org['other']}'`);
    await ds.query('DELETE FROM partnership_membership WHERE id = $1', [membership.id]);
    await expectSameNetworks();
    await ds.query('DELETE FROM partnership_membership WHERE partnership_id = $1', [other]);
    await ds.query('DELETE FROM partnership WHERE id = $1', [other]);
    await expectSameNetworks();
  });

  it('follows partnerships and projects redated, archived and restored', async () => {
    for (const [table, id] of [
      ['partnership', partnership],
      ['project', project],
    ]) {
      for (const set of [
        `start_date = '2024-03-01', end_date = '2024-09-30'`,
        'archived_at = now()',
        'archived_at = NULL',
        `name = 'Renamed'`,
      ]) {
        await ds.query(`UPDATE ${table} SET ${set} WHERE id = $1`, [id]);
        await expectSameNetworks();
      }
    }
  });

  it('follows participants added, moved, archived and removed', async () => {
    const second = await makeProject(ds, 'Second project');
    const id = await addParticipant(ds, second, org['ceo']);
    await addParticipant(ds, second, org['funded']);
    await expectSameNetworks();
    await makeFunding(ds, org['funder'], { projectId: second });
    await expectSameNetworks();
    for (const set of [
      `project_id = '${project}'`,
      'archived_at = now()',
      'archived_at = NULL',
      `organisation_id = '${org['funder']}'`,
    ]) {
      await ds.query(`UPDATE project_participant SET ${set} WHERE id = $1`, [id]);
      await expectSameNetworks();
    }
    await ds.query('DELETE FROM project_participant WHERE id = $1', [id]);
    await expectSameNetworks();
  });

  it('follows grants made, redated, redirected, archived and deleted', async () => {
    const id = await makeFunding(ds, org['funder'], { organisationId: org['other'] });
    await expectSameNetworks();
    const change = async (set: string) => {
      await ds.query(`UPDATE funding SET ${set} WHERE id = $1`, [id]);
      await expectSameNetworks();
    };
    await change(`period_start = '2024-01-01', period_end = '2024-03-31', amount = 5000`);
    await change(`period_start = NULL, award_date = '2025-02-01'`);
    await change(`recipient_organisation_id = NULL, recipient_partnership_id = '${partnership}'`);
    await change('amount = 12.5');
    await change(`recipient_partnership_id = NULL, recipient_project_id = '${project}'`);
    await change('amount = 250000.75');
    await change(`funder_organisation_id = '${org['funded']}'`);
    await change('archived_at = now()');
    await change('archived_at = NULL');
    await ds.query('DELETE FROM funding WHERE id = $1', [id]);
    await expectSameNetworks();
  });

  it('loses no tie when two writers change the same partnership at once', async () => {
    const shared = await makePartnership(ds, 'Joined at once');
    await addMember(ds, shared, org['ceo']);
    const join = (organisationId: string) =>
      `INSERT INTO partnership_membership (partnership_id, organisation_id, role) VALUES ('${shared}', '${organisationId}', 'CORE_MEMBER')`;
    const grant = `INSERT INTO funding (funder_organisation_id, recipient_partnership_id, amount) VALUES ('${org['funder']}', '${shared}', 700)`;
    for (const [first, second] of [
      [join(org['other']), join(org['funded'])],
      [grant, join(org['partner'])],
    ]) {
      const [one, two] = [ds.createQueryRunner(), ds.createQueryRunner()];
      try {
        await one.startTransaction();
        await two.startTransaction();
        await one.query(first);
        // The second writer's trigger waits for the first to commit, then sees its row.
        const waiting = two.query(second);
        await new Promise((resolve) => setTimeout(resolve, 300));
        await one.commitTransaction();
        await waiting;
        await two.commitTransaction();
      } finally {
        await one.release();
        await two.release();
      }
      await expectSameNetworks();
    }
  });

  it('follows a whole table emptied', async () => {
    await ds.query('TRUNCATE relationship');
    await expectSameNetworks();
    await insertRow(ds, 'relationship', {
      from_organisation_id: org['partner'],
      to_organisation_id: org['funded'],
      type: 'REFERS_TO',
      strength: 2,
      directed: true,
    });
    await expectSameNetworks();
  });
});
