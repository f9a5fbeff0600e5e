import { DataSource } from 'typeorm';
import { startTestApp, TestApp } from '../support/test-app';

/** Inserts a row and returns its id (tests build the few rows they need). */
async function insert(ds: DataSource, table: string, values: Record<string, unknown>): Promise<string> {
  const columns = Object.keys(values);
  const [row] = await ds.query(
    `INSERT INTO ${table} (${columns.join(', ')}) VALUES (${columns.map((_, i) => `$${i + 1}`).join(', ')}) RETURNING id`,
    Object.values(values),
  );
  return row.id;
}

describe('organisation_tie: typed and derived ties', () => {
  let testApp: TestApp;
  let ds: DataSource;
  const org: Record<string, string> = {};

  beforeAll(async () => {
    testApp = await startTestApp();
    ds = testApp.dataSource;
    for (const [key, type, sector] of [
      ['trust', 'CHARITY', 'VOLUNTARY_AND_COMMUNITY'],
      ['council', 'LOCAL_AUTHORITY', 'PUBLIC'],
      ['group', 'COMMUNITY_GROUP', 'GRASSROOTS_COMMUNITY'],
      ['funder', 'FUNDER', 'FUNDER'],
      ['firm', 'BUSINESS', 'PRIVATE'],
    ]) {
      org[key] = await insert(ds, 'organisation', { name: key, type, sector });
    }
    const partnership = await insert(ds, 'partnership', { name: 'Harrowby Together', governance_model: 'SHARED_LEADERSHIP' });
    for (const member of ['trust', 'council', 'group']) {
      await insert(ds, 'partnership_membership', { partnership_id: partnership, organisation_id: org[member], role: 'CORE_MEMBER' });
    }
    const project = await insert(ds, 'project', { name: 'Warm Spaces' });
    for (const participant of ['trust', 'firm']) {
      await insert(ds, 'project_participant', { project_id: project, organisation_id: org[participant], role: 'DELIVERY_PARTNER' });
    }
    await insert(ds, 'funding', { funder_organisation_id: org.funder, recipient_partnership_id: partnership, amount: 30000 });
    await insert(ds, 'relationship', { from_organisation_id: org.council, to_organisation_id: org.firm, type: 'SUPPLIES', strength: 4, trust: 3, value: 2 });
  });
  afterAll(() => testApp.close());

  const tiesOf = async (key: string) => {
    const rows: { other: string; kind: string; outgoing: boolean }[] = await ds.query(
      `SELECT o.name AS other, t.kind, t.outgoing FROM organisation_tie t JOIN organisation o ON o.id = t.other_organisation_id
       WHERE t.organisation_id = $1 ORDER BY t.kind, o.name`,
      [org[key]],
    );
    return rows.map((r) => `${r.kind}:${r.other}${r.kind === 'FUNDING' || r.kind === 'RELATIONSHIP' ? (r.outgoing ? '>' : '<') : ''}`);
  };

  it('ties every pair of partnership members, funder to each member, and project partners', async () => {
    expect(await tiesOf('trust')).toEqual(['CO_MEMBERSHIP:council', 'CO_MEMBERSHIP:group', 'FUNDING:funder<', 'JOINT_PROJECT:firm']);
    expect(await tiesOf('funder')).toEqual(['FUNDING:council>', 'FUNDING:group>', 'FUNDING:trust>']);
  });

  it('lists a typed relationship from both ends with its direction', async () => {
    expect(await tiesOf('council')).toContain('RELATIONSHIP:firm>');
    expect(await tiesOf('firm')).toEqual(['JOINT_PROJECT:trust', 'RELATIONSHIP:council<']);
  });

  it('drops ties whose partnership or member is archived', async () => {
    await ds.query(`UPDATE partnership_membership SET archived_at = now() WHERE organisation_id = $1`, [org.group]);
    expect(await tiesOf('group')).toEqual([]);
    expect(await tiesOf('trust')).not.toContain('CO_MEMBERSHIP:group');
  });
});

describe('organisation_tie: only current memberships tie', () => {
  let testApp: TestApp;
  let ds: DataSource;

  beforeAll(async () => {
    testApp = await startTestApp();
    ds = testApp.dataSource;
  });
  afterAll(() => testApp.close());

  it('ties no member whose membership has ended or not yet started (currentMembershipSql)', async () => {
    const org: Record<string, string> = {};
    for (const key of ['stays', 'left', 'joins', 'funder']) org[key] = await insert(ds, 'organisation', { name: `${key} org`, type: 'CHARITY', sector: 'VOLUNTARY_AND_COMMUNITY' });
    const partnership = await insert(ds, 'partnership', { name: 'Dated Memberships', governance_model: 'SHARED_LEADERSHIP' });
    await insert(ds, 'partnership_membership', { partnership_id: partnership, organisation_id: org.stays, role: 'CORE_MEMBER' });
    await ds.query(
      `INSERT INTO partnership_membership (partnership_id, organisation_id, role, from_date, to_date)
       VALUES ($1, $2, 'CORE_MEMBER', current_date - 400, current_date - 1), ($1, $3, 'CORE_MEMBER', current_date + 30, NULL)`,
      [partnership, org.left, org.joins],
    );
    await insert(ds, 'funding', { funder_organisation_id: org.funder, recipient_partnership_id: partnership, amount: 1000 });

    const others = async (key: string) =>
      (
        await ds.query(`SELECT o.name, t.kind FROM organisation_tie t JOIN organisation o ON o.id = t.other_organisation_id WHERE t.organisation_id = $1 ORDER BY o.name`, [
          org[key],
        ])
      ).map((r: { name: string; kind: string }) => `${r.kind}:${r.name}`);
    expect(await others('stays')).toEqual(['FUNDING:funder org']);
    expect(await others('left')).toEqual([]);
    expect(await others('joins')).toEqual([]);
    expect(await others('funder')).toEqual(['FUNDING:stays org']);
  });
});
