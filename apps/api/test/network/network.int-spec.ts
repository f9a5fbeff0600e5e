import { countQueries } from '@cg/api/testing';
import { OrganisationType } from '@cg/shared/domain';
import { DataSource } from 'typeorm';
import {
  insertRow,
  makeAffiliation,
  makeOrganisation,
  makePartnership,
  makePerson,
  makePlace,
  makeProject,
  makeRelationship,
  servePlace,
} from '../support/org-factories';
import { startTestApp, TestApp } from '../support/test-app';

const NETWORK = `query ($filter: NetworkFilter) {
  network(filter: $filter) {
    nodes { ids names sectors degree betweenness eigenvector community }
    edges { source target kind weight }
    summary { nodeCount edgeCount density components largestComponent isolates degreeCentralization
              meanTrust meanValue communities crossSectorTieShare betweennessSampled betweennessSources }
    updating
  }
}`;

interface NetworkResult {
  nodes: {
    ids: string[];
    names: string[];
    sectors: string[];
    degree: number[];
    betweenness: number[];
    eigenvector: number[];
    community: number[];
  };
  edges: { source: number[]; target: number[]; kind: string[]; weight: number[] };
  summary: Record<string, number | boolean | null>;
  updating: boolean;
}

describe('network measures', () => {
  let testApp: TestApp;
  let ds: DataSource;
  const org: Record<string, string> = {};
  let partnership: string;
  let leeds: string;

  beforeAll(async () => {
    testApp = await startTestApp();
    ds = testApp.dataSource;
    const england = await makePlace(ds, { name: 'England' });
    leeds = await makePlace(ds, { name: 'Leeds', parentId: england });
    const ward = await makePlace(ds, { name: 'Harehills', parentId: leeds });
    const york = await makePlace(ds, { name: 'York', parentId: england });

    org['council'] = await makeOrganisation(ds, {
      name: 'Council',
      type: OrganisationType.LOCAL_AUTHORITY,
      homePlaceId: leeds,
      themes: ['housing'],
    });
    org['trust'] = await makeOrganisation(ds, {
      name: 'Trust',
      type: OrganisationType.CHARITY,
      homePlaceId: ward,
      themes: ['housing', 'health'],
    });
    org['group'] = await makeOrganisation(ds, {
      name: 'Group',
      type: OrganisationType.COMMUNITY_GROUP,
      homePlaceId: leeds,
      themes: ['health'],
    });
    org['funder'] = await makeOrganisation(ds, { name: 'Funder', type: OrganisationType.FUNDER });
    org['firm'] = await makeOrganisation(ds, { name: 'Firm', type: OrganisationType.BUSINESS, homePlaceId: york });
    org['lonely'] = await makeOrganisation(ds, { name: 'Lonely', type: OrganisationType.CHARITY, homePlaceId: york });
    org['gone'] = await makeOrganisation(ds, { name: 'Gone', archived: true });
    await servePlace(ds, org['firm'], ward);

    partnership = await makePartnership(ds, 'Harehills Together');
    const member = (key: string, values: Record<string, unknown>) =>
      insertRow(ds, 'partnership_membership', { partnership_id: partnership, organisation_id: org[key], ...values });
    await member('council', { role: 'LEAD', decision_seat: true, cash_contribution: 1000 });
    await member('trust', { role: 'CORE_MEMBER', decision_seat: true });
    await member('group', { role: 'COMMUNITY_ANCHOR', decision_seat: true });
    await member('gone', { role: 'CORE_MEMBER' });

    const project = await makeProject(ds, 'Warm Spaces');
    await ds.query(
      `UPDATE project SET partnership_id = $1, start_date = '2020-01-01', end_date = '2020-12-31' WHERE id = $2`,
      [partnership, project],
    );
    for (const key of ['trust', 'firm'])
      await insertRow(ds, 'project_participant', {
        project_id: project,
        organisation_id: org[key],
        role: 'DELIVERY_PARTNER',
      });

    await insertRow(ds, 'funding', {
      funder_organisation_id: org['funder'],
      recipient_partnership_id: partnership,
      amount: 30000,
    });
    const supplies = await makeRelationship(ds, org['council'], org['firm'], {
      type: 'SUPPLIES',
      strength: 4,
      trust: 3,
      value: 2,
    });
    await ds.query(`UPDATE relationship SET from_date = '2024-01-01' WHERE id = $1`, [supplies]);
    await makeRelationship(ds, org['trust'], org['group'], { strength: 2, trust: 4, value: 4 });

    const person = await makePerson(ds, { livedExperience: true });
    await makeAffiliation(ds, person, org['group']);

    const shared = await insertRow(ds, 'outcome', {
      title: 'Warmer homes',
      owner_partnership_id: partnership,
      defined_by: 'COMMUNITY',
    });
    await ds.query('INSERT INTO outcome_contributor (outcome_id, organisation_id) VALUES ($1, $2), ($1, $3)', [
      shared,
      org['council'],
      org['trust'],
    ]);
    const single = await insertRow(ds, 'outcome', {
      title: 'Fewer cold days',
      owner_project_id: project,
      defined_by: 'PARTNERSHIP',
    });
    await ds.query('INSERT INTO outcome_contributor (outcome_id, organisation_id) VALUES ($1, $2)', [
      single,
      org['trust'],
    ]);
  });
  afterAll(() => testApp.close());

  const network = async (filter?: Record<string, unknown>): Promise<NetworkResult> =>
    (await testApp.client().data<{ network: NetworkResult }>(NETWORK, { filter })).network;
  /** The network once it is not marked updating: asked again until the background measure has landed. */
  const networkWhenUpdated = async (filter?: Record<string, unknown>): Promise<NetworkResult> => {
    for (let attempt = 0; attempt < 100; attempt++) {
      const result = await network(filter);
      if (!result.updating) return result;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    throw new Error('The network stayed updating for 5 seconds');
  };
  const namesOf = (result: NetworkResult) => [...result.nodes.names].sort();
  /** Edges as "A-B:KIND", names sorted within the pair. */
  const edgesOf = (result: NetworkResult) =>
    result.edges.kind
      .map(
        (kind, i) =>
          `${[result.nodes.names[result.edges.source[i]], result.nodes.names[result.edges.target[i]]].sort().join('-')}:${kind}`,
      )
      .sort();

  it('builds the whole network from every kind of tie, leaving archived organisations out', async () => {
    const result = await network();
    expect(namesOf(result)).toEqual(['Council', 'Firm', 'Funder', 'Group', 'Lonely', 'Trust']);
    expect(edgesOf(result)).toEqual([
      'Council-Firm:RELATIONSHIP',
      'Council-Funder:FUNDING',
      'Council-Group:CO_MEMBERSHIP',
      'Council-Trust:CO_MEMBERSHIP',
      'Firm-Trust:JOINT_PROJECT',
      'Funder-Group:FUNDING',
      'Funder-Trust:FUNDING',
      'Group-Trust:CO_MEMBERSHIP',
      'Group-Trust:RELATIONSHIP',
    ]);
    const funding = result.edges.kind.indexOf('FUNDING');
    expect(result.edges.weight[funding]).toBe(30000);
    expect(result.summary).toMatchObject({
      nodeCount: 6,
      edgeCount: 8,
      components: 2,
      largestComponent: 5,
      isolates: 1,
      meanTrust: 3.5,
      meanValue: 3,
      betweennessSampled: false,
      betweennessSources: 6,
    });
    expect(result.summary['density']).toBeCloseTo(8 / 15);
    // Degrees: council 4, trust 4, group 3, funder 3, firm 2, lonely 0; Σ(4 − d) = 0+0+1+1+2+4 = 8 over 5 × 4.
    expect(result.summary['degreeCentralization']).toBeCloseTo(8 / 20);
    const at = (name: string) => result.nodes.names.indexOf(name);
    expect(result.nodes.degree[at('Council')]).toBe(4);
    expect(result.nodes.degree[at('Lonely')]).toBe(0);
    expect(result.nodes.sectors[at('Group')]).toBe('GRASSROOTS_COMMUNITY');
    expect(result.nodes.betweenness[at('Lonely')]).toBe(0);
    expect(result.nodes.community).toHaveLength(6);
  });

  it('filters by kind of tie', async () => {
    const result = await network({ kinds: ['RELATIONSHIP'] });
    expect(edgesOf(result)).toEqual(['Council-Firm:RELATIONSHIP', 'Group-Trust:RELATIONSHIP']);
    expect(result.summary).toMatchObject({ nodeCount: 6, edgeCount: 2, isolates: 2, meanTrust: 3.5 });
  });

  it('filters by place, counting home places and places served, and by themes', async () => {
    const inLeeds = await network({ withinPlace: leeds });
    expect(namesOf(inLeeds)).toEqual(['Council', 'Firm', 'Group', 'Trust']);
    expect(edgesOf(inLeeds)).toContain('Firm-Trust:JOINT_PROJECT');
    const health = await network({ themes: ['health'] });
    expect(namesOf(health)).toEqual(['Group', 'Trust']);
    expect(edgesOf(health)).toEqual(['Group-Trust:CO_MEMBERSHIP', 'Group-Trust:RELATIONSHIP']);
  });

  it("filters to a partnership's current members and to a funder's grantees", async () => {
    const members = await network({ partnership });
    expect(namesOf(members)).toEqual(['Council', 'Group', 'Trust']);
    expect(members.summary['density']).toBe(1);
    const funded = await network({ funder: org['funder'] });
    expect(namesOf(funded)).toEqual(['Council', 'Funder', 'Group', 'Trust']);
  });

  it('filters ties by date: the record behind each tie must overlap the window', async () => {
    // The joint project ran in 2020; the supply relationship began in 2024.
    expect(edgesOf(await network({ from: '2021-01-01' }))).not.toContain('Firm-Trust:JOINT_PROJECT');
    const before = edgesOf(await network({ to: '2023-12-31' }));
    expect(before).not.toContain('Council-Firm:RELATIONSHIP');
    expect(before).toContain('Firm-Trust:JOINT_PROJECT');
  });

  it("takes an organisation's ego network, radius 1", async () => {
    const ego = await network({ organisation: org['firm'] });
    expect(namesOf(ego)).toEqual(['Council', 'Firm', 'Trust']);
    expect(edgesOf(ego)).toEqual([
      'Council-Firm:RELATIONSHIP',
      'Council-Trust:CO_MEMBERSHIP',
      'Firm-Trust:JOINT_PROJECT',
    ]);
    const combined = await network({ organisation: org['firm'], kinds: ['JOINT_PROJECT'] });
    expect(namesOf(combined)).toEqual(['Firm', 'Trust']);
  });

  it('refuses a malformed filter', async () => {
    const result = await testApp.client().request(NETWORK, { filter: { partnership: 'not-a-uuid' } });
    expect(result.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
  });

  it('answers for one organisation: degree, centralities, community and sector brokerage', async () => {
    const query = `query ($id: ID!, $filter: NetworkFilter) {
      organisationMeasures(id: $id, filter: $filter) { organisationId inNetwork degree degreeCentrality betweenness eigenvector community brokerage networkSize }
    }`;
    const { organisationMeasures } = await testApp
      .client()
      .data<{ organisationMeasures: Record<string, unknown> }>(query, {
        id: org['council'],
      });
    // Council's partners: trust, group, funder, firm. Untied cross-sector pairs: group–firm, funder–firm.
    expect(organisationMeasures).toMatchObject({
      inNetwork: true,
      degree: 4,
      degreeCentrality: 0.8,
      brokerage: 2,
      networkSize: 6,
    });
    expect(organisationMeasures['betweenness']).toBeGreaterThan(0);
    const outside = await testApp.client().data<{ organisationMeasures: Record<string, unknown> }>(query, {
      id: org['lonely'],
      filter: { partnership },
    });
    expect(outside.organisationMeasures).toMatchObject({
      inNetwork: false,
      degree: 0,
      community: null,
      networkSize: 3,
    });

    const field = await testApp
      .client()
      .data<{
        organisation: { networkMeasures: Record<string, unknown> };
      }>(`query ($id: ID!) { organisation(id: $id) { networkMeasures { degree brokerage community } } }`, { id: org['firm'] });
    // Firm's partners, council and trust, are tied to each other: nothing to broker.
    expect(field.organisation.networkMeasures).toMatchObject({ degree: 2, brokerage: 0 });
  });

  it('explains the collaboration indices of a partnership', async () => {
    const { partnership: result } = await testApp.client().data<{
      partnership: {
        collaboration: {
          key: string;
          dimension: string;
          value: number | null;
          explanation: string;
          definition: string;
        }[];
      };
    }>(`query ($id: ID!) { partnership(id: $id) { collaboration { key dimension name value explanation definition } } }`, {
      id: partnership,
    });
    const index = Object.fromEntries(result.collaboration.map((i) => [i.key, i]));
    // Shares: council (1 + 1/3 + 1)/3 = 7/9, trust 1/9, group 1/9; HHI = 51/81.
    expect(index['LEADERSHIP_CONCENTRATION'].value).toBeCloseTo(51 / 81);
    expect(index['LEADERSHIP_CONCENTRATION'].explanation).toBe(
      '0.63: 1 of 3 members hold lead roles; 3 hold decision seats; 1 contribute resources.',
    );
    expect(index['LEADERSHIP_CONCENTRATION'].dimension).toBe('EGO');
    expect(index['EFFECTIVE_LEADERS'].value).toBeCloseTo(81 / 51);
    expect(index['SECTOR_DIVERSITY'].value).toBeCloseTo(2 / 3);
    expect(index['SECTOR_DIVERSITY'].explanation).toBe('3 sectors of 6 among 3 members.');
    expect(index['CROSS_SECTOR_TIES'].value).toBe(1);
    expect(index['CROSS_SECTOR_TIES'].explanation).toBe('1 of 1 tie between members cross sectors.');
    expect(index['COMMUNITY_IN_GOVERNANCE'].value).toBeCloseTo(1 / 3);
    expect(index['LIVED_EXPERIENCE_IN_GOVERNANCE'].value).toBeCloseTo(1 / 3);
    expect(index['JOINT_OUTCOMES'].value).toBe(0.5);
    expect(index['JOINT_PROJECTS'].value).toBe(0);
    expect(index['JOINT_PROJECTS'].explanation).toBe('0 of 1 project are jointly led.');
    expect(index['SECTOR_DIVERSITY'].definition).toMatch(/Blau/);
  });

  it('batches collaboration across a list of partnerships', async () => {
    for (let i = 0; i < 4; i++) await makePartnership(ds);
    const counter = countQueries(ds);
    const data = await testApp
      .client()
      .data<{
        partnerships: { nodes: { collaboration: unknown[] }[] };
      }>(`{ partnerships(first: 10) { nodes { collaboration { key value } } } }`);
    const statements = counter.stop();
    expect(data.partnerships.nodes).toHaveLength(5);
    expect(data.partnerships.nodes.every((p) => p.collaboration.length === 8)).toBe(true);
    expect(statements).toBeLessThanOrEqual(10);
  });

  it('answers networkMeasures for a list of organisations with one computation', async () => {
    // Warm the cache for the whole network, and let any background measure land first.
    await networkWhenUpdated();
    const counter = countQueries(ds);
    const data = await testApp
      .client()
      .data<{
        organisations: { nodes: { name: string; networkMeasures: { degree: number } }[] };
      }>(`{ organisations(first: 10) { nodes { name networkMeasures { degree } } } }`);
    const statements = counter.stop();
    expect(data.organisations.nodes.find((o) => o.name === 'Council')?.networkMeasures.degree).toBe(4);
    expect(statements).toBeLessThanOrEqual(4);
  });

  it('caches measures per filter; after a change it serves the last answer as updating, then the fresh one', async () => {
    const counter = countQueries(ds);
    await network({ kinds: ['FUNDING'] });
    const first = counter.stop();
    counter.start();
    const cached = await network({ kinds: ['FUNDING'] });
    const second = counter.stop();
    expect(second).toBeLessThan(first);
    expect(cached.summary['edgeCount']).toBe(3);
    expect(cached.updating).toBe(false);

    await insertRow(ds, 'funding', {
      funder_organisation_id: org['funder'],
      recipient_organisation_id: org['lonely'],
      amount: 500,
    });
    const stale = await network({ kinds: ['FUNDING'] });
    expect(stale.updating).toBe(true);
    expect(stale.summary['edgeCount']).toBe(3);
    const fresh = await networkWhenUpdated({ kinds: ['FUNDING'] });
    expect(fresh.summary['edgeCount']).toBe(4);

    // Archiving by hand (no updated_at change) is a change too.
    await ds.query(`UPDATE funding SET archived_at = now() WHERE recipient_organisation_id = $1`, [org['lonely']]);
    expect((await networkWhenUpdated({ kinds: ['FUNDING'] })).summary['edgeCount']).toBe(3);
  });

  it('after a relationship changes, the next read is the previous answer marked updating, and a later read the fresh one', async () => {
    const filter = { kinds: ['RELATIONSHIP'] };
    const before = await networkWhenUpdated(filter);
    expect(edgesOf(before)).toEqual(['Council-Firm:RELATIONSHIP', 'Group-Trust:RELATIONSHIP']);

    const added = await makeRelationship(ds, org['lonely'], org['group'], { strength: 3 });
    const next = await network(filter);
    expect(next.updating).toBe(true);
    expect(edgesOf(next)).toEqual(edgesOf(before));

    const later = await networkWhenUpdated(filter);
    expect(edgesOf(later)).toEqual([
      'Council-Firm:RELATIONSHIP',
      'Group-Lonely:RELATIONSHIP',
      'Group-Trust:RELATIONSHIP',
    ]);
    await ds.query(`DELETE FROM relationship WHERE id = $1`, [added]);
    expect(edgesOf(await networkWhenUpdated(filter))).toEqual(edgesOf(before));
  });
});
