import { OrganisationRole, OrganisationType } from '@cg/shared/domain';
import { GraphQLTestClient } from '@cg/api/testing';
import { insertRow, makeOrganisation } from '../support/org-factories';
import { startTestApp, TestApp } from '../support/test-app';
import { signedInAs } from '../support/users';

const SERIES = `query ($id: ID!, $from: Date, $to: Date) {
  partnershipHealthSeries(partnershipId: $id, from: $from, to: $to) {
    partnershipId
    points { day memberCount sectorCount tieCount density indices { key value } }
  }
}`;
const INDICES_AS_AT = `query ($id: ID!, $day: Date) {
  partnership(id: $id) { now: collaboration { key value } then: collaboration(asAt: $day) { key value explanation } }
}`;
const NETWORK = `query ($filter: NetworkFilter) {
  network(filter: $filter) { nodes { ids names } edges { source target kind } summary { nodeCount edgeCount } }
}`;

interface Point {
  day: string;
  memberCount: number;
  sectorCount: number;
  tieCount: number;
  density: number | null;
  indices: { key: string; value: number | null }[];
}
interface Net {
  nodes: { ids: string[]; names: string[] };
  edges: { source: number[]; target: number[]; kind: string[] };
  summary: { nodeCount: number; edgeCount: number };
}

/*
 * A hand-built history, worked out by hand (every date is a real day of 2024):
 *   Anchor (charity)    member from 1 Jan, lead, decision seat
 *   Bridge (business)   member 1 Jan – 30 Apr (left), decision seat
 *   Corner (community)  joined 1 Mar
 *   Secret (charity, PRIVATE to Stranger)  member 1 Feb – 15 Mar
 *   Dropped (charity)   membership archived: never counted, on any day
 *   Anchor–Bridge relationship 1 Jun 2023 – 15 Feb (a tie that ended)
 *   Anchor–Corner relationship from 10 Mar
 *   Bridge–Corner relationship from 1 Mar, PRIVATE to Stranger
 */
describe('as-at-date measures', () => {
  let testApp: TestApp;
  let ceo: GraphQLTestClient;
  const ids: Record<'anchor' | 'bridge' | 'corner' | 'secret' | 'dropped' | 'oldTimer' | 'stranger' | 'home', string> = {
    anchor: '',
    bridge: '',
    corner: '',
    secret: '',
    dropped: '',
    oldTimer: '',
    stranger: '',
    home: '',
  };
  let partnership = '';

  beforeAll(async () => {
    testApp = await startTestApp();
    const ds = testApp.dataSource;
    ids.home = await makeOrganisation(ds, { name: 'Home council' });
    ids.stranger = await makeOrganisation(ds, { name: 'Stranger trust' });
    ids.anchor = await makeOrganisation(ds, { name: 'Anchor charity', type: OrganisationType.CHARITY });
    ids.bridge = await makeOrganisation(ds, { name: 'Bridge business', type: OrganisationType.BUSINESS });
    ids.corner = await makeOrganisation(ds, { name: 'Corner group', type: OrganisationType.COMMUNITY_GROUP });
    ids.secret = await makeOrganisation(ds, { name: 'Secret charity' });
    ids.dropped = await makeOrganisation(ds, { name: 'Dropped charity' });
    // Entered long ago and tied to nothing: on the map as at a past day all the same.
    ids.oldTimer = await makeOrganisation(ds, { name: 'Old timer', createdAt: '2020-01-01T12:00:00Z' });
    await ds.query(`UPDATE organisation SET visibility = 'PRIVATE', owner_organisation_id = $1 WHERE id = $2`, [
      ids.stranger,
      ids.secret,
    ]);
    partnership = await insertRow(ds, 'partnership', {
      name: 'Harrowby food partnership',
      governance_model: 'SHARED_LEADERSHIP',
      status: 'ACTIVE',
      start_date: '2024-01-01',
    });
    const member = (organisationId: string, extra: Record<string, unknown>) =>
      insertRow(ds, 'partnership_membership', {
        partnership_id: partnership,
        organisation_id: organisationId,
        role: 'CORE_MEMBER',
        ...extra,
      });
    await member(ids.anchor, { role: 'LEAD', decision_seat: true, from_date: '2024-01-01' });
    await member(ids.bridge, { decision_seat: true, from_date: '2024-01-01', to_date: '2024-04-30' });
    await member(ids.corner, { from_date: '2024-03-01' });
    await member(ids.secret, { from_date: '2024-02-01', to_date: '2024-03-15' });
    await member(ids.dropped, { from_date: '2024-01-01', archived_at: new Date() });
    const tie = (a: string, b: string, extra: Record<string, unknown>) =>
      insertRow(ds, 'relationship', { from_organisation_id: a, to_organisation_id: b, type: 'INFORMAL', ...extra });
    await tie(ids.anchor, ids.bridge, { from_date: '2023-06-01', to_date: '2024-02-15' });
    await tie(ids.anchor, ids.corner, { from_date: '2024-03-10' });
    await tie(ids.bridge, ids.corner, { from_date: '2024-03-01', visibility: 'PRIVATE', owner_organisation_id: ids.stranger });
    ceo = await signedInAs(testApp, 'ceo@home.example', ids.home, OrganisationRole.ORG_ADMIN);
  }, 120_000);
  afterAll(() => testApp.close());

  const series = async (client: GraphQLTestClient) =>
    (
      await client.data<{ partnershipHealthSeries: { partnershipId: string; points: Point[] } }>(SERIES, {
        id: partnership,
        from: '2024-01-01',
        to: '2024-05-31',
      })
    ).partnershipHealthSeries.points;
  const figures = (points: Point[]) =>
    points.map(({ day, memberCount, sectorCount, tieCount, density }) => ({
      day,
      memberCount,
      sectorCount,
      tieCount,
      density: density === null ? null : Math.round(density * 1000) / 1000,
    }));

  it('measures each month end as the records stood, for a reader who may see everything', async () => {
    expect(figures(await series(testApp.client()))).toEqual([
      // Anchor and Bridge, tied until 15 Feb.
      { day: '2024-01-31', memberCount: 2, sectorCount: 2, tieCount: 1, density: 1 },
      // Secret joined; the Anchor–Bridge tie has ended.
      { day: '2024-02-29', memberCount: 3, sectorCount: 2, tieCount: 0, density: 0 },
      // Secret left on 15 Mar, Corner joined: Anchor–Corner and the private Bridge–Corner.
      { day: '2024-03-31', memberCount: 3, sectorCount: 3, tieCount: 2, density: 0.667 },
      // Bridge's last day is 30 Apr, so it still counts.
      { day: '2024-04-30', memberCount: 3, sectorCount: 3, tieCount: 2, density: 0.667 },
      { day: '2024-05-31', memberCount: 2, sectorCount: 2, tieCount: 1, density: 1 },
    ]);
  });

  it('never shows a CEO private records in the past either', async () => {
    expect(figures(await series(ceo))).toEqual([
      { day: '2024-01-31', memberCount: 2, sectorCount: 2, tieCount: 1, density: 1 },
      { day: '2024-02-29', memberCount: 2, sectorCount: 2, tieCount: 0, density: 0 },
      { day: '2024-03-31', memberCount: 3, sectorCount: 3, tieCount: 1, density: 0.333 },
      { day: '2024-04-30', memberCount: 3, sectorCount: 3, tieCount: 1, density: 0.333 },
      { day: '2024-05-31', memberCount: 2, sectorCount: 2, tieCount: 1, density: 1 },
    ]);
    const asAt = async (client: GraphQLTestClient) =>
      (await client.data<{ network: Net }>(NETWORK, { filter: { partnership, asAt: '2024-02-29' } })).network.nodes.ids;
    expect(await asAt(testApp.client())).toContain(ids.secret);
    expect((await asAt(ceo)).sort()).toEqual([ids.anchor, ids.bridge].sort());
  });

  it('gives the ego, silo and logo indices as at a day, beside today’s', async () => {
    type Answer = { partnership: { now: Point['indices']; then: (Point['indices'][number] & { explanation: string })[] } };
    const { now, then } = (await testApp.client().data<Answer>(INDICES_AS_AT, { id: partnership, day: '2024-01-31' })).partnership;
    const value = (indices: Point['indices'], key: string) => indices.find((index) => index.key === key)?.value;
    // 31 Jan: a charity and a business (Blau 1 − ½² − ½² = 0.5), their one tie crosses sectors.
    expect(value(then, 'SECTOR_DIVERSITY')).toBeCloseTo(0.5);
    expect(value(then, 'CROSS_SECTOR_TIES')).toBe(1);
    // Both hold decision seats, Anchor alone leads: shares (1 + ½)/2 = 0.75 and (0 + ½)/2 = 0.25, HHI 0.625.
    expect(value(then, 'LEADERSHIP_CONCENTRATION')).toBeCloseTo(0.625);
    // Today: Anchor and Corner, a charity and a community group, tied across sectors.
    expect(value(now, 'SECTOR_DIVERSITY')).toBeCloseTo(0.5);
    expect(value(now, 'COMMUNITY_IN_GOVERNANCE')).toBe(0);
  });

  it('draws the network as it stood, with ties that held and organisations that existed', async () => {
    const net = async (filter: Record<string, unknown>) =>
      (await testApp.client().data<{ network: Net }>(NETWORK, { filter })).network;
    const relationships = { kinds: ['RELATIONSHIP'] };

    const january = await net({ ...relationships, asAt: '2024-01-31' });
    // Anchor and Bridge through their tie; Old timer because its record existed; nobody else yet.
    expect([...january.nodes.ids].sort()).toEqual([ids.anchor, ids.bridge, ids.oldTimer].sort());
    expect(january.summary.edgeCount).toBe(1);

    const may = await net({ partnership, asAt: '2024-05-31' });
    expect([...may.nodes.ids].sort()).toEqual([ids.anchor, ids.corner].sort());
    expect(may.summary.edgeCount).toBe(1);

    // Without a day: today's network, every organisation whose record exists.
    const today = await net(relationships);
    expect(today.nodes.ids).toEqual(expect.arrayContaining([ids.home, ids.dropped, ids.oldTimer]));
  });

  it('answers NOT_FOUND for a partnership the reader may not see, and refuses a day that is not one', async () => {
    await insertRow(testApp.dataSource, 'partnership', {
      name: 'Secret partnership',
      governance_model: 'SHARED_LEADERSHIP',
      visibility: 'PRIVATE',
      owner_organisation_id: ids.stranger,
    }).then(async (hidden) => {
      const answer = await ceo.request(SERIES, { id: hidden });
      expect(JSON.stringify(answer)).toContain('NOT_FOUND');
      expect(JSON.stringify(answer)).not.toContain('Secret partnership');
    });
    const bad = await testApp.client().request(SERIES, { id: partnership, from: '2024-02-30' });
    expect(JSON.stringify(bad)).toContain('Date must be a day');
  });
});
