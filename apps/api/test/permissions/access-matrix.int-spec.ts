import { AuthService } from '@cg/api/core/auth';
import { GraphQLTestClient } from '@cg/api/testing';
import { OrganisationRole } from '@cg/shared/domain';
import { startTestApp, TestApp } from '../support/test-app';

/*
 * The cross-tenant access matrix (issue #4): for every record type × visibility × kind of
 * user, each read path (list, totalCount, detail, aliases, nested fields, filters on hidden
 * records, search, aggregates, the network, exports) shows exactly what docs/domain.md#records allows,
 * and writes outside a user's rights are refused without changing anything.
 */

const OWNERS = ['home', 'partner', 'stranger', 'funded'] as const;
const VISIBILITIES = ['PUBLIC', 'PARTNERS', 'PRIVATE'] as const;
type Owner = (typeof OWNERS)[number];
type Visibility = (typeof VISIBILITIES)[number];

/** Each record type: its list and detail fields, the field holding its fixture label, and how to make one. */
const TYPES = {
  project: { list: 'projects', label: 'name' },
  partnership: { list: 'partnerships', label: 'name' },
  person: { list: 'people', label: 'fullName' },
  need: { list: 'needs', label: 'title' },
  activity: { list: 'activities', label: 'title' },
  outcome: { list: 'outcomes', label: 'title' },
  funding: { list: 'fundings', label: 'programme' },
  relationship: { list: 'relationships', label: 'notes' },
} as const;
type RecordType = keyof typeof TYPES;

type Who = 'instanceAdmin' | 'homeAdmin' | 'homeCoordinator' | 'homeViewer' | 'funderAdmin' | 'stranger' | 'signedOut';

/** What docs/domain.md#records lets each user read of a record owned by `owner` with `visibility`. */
function mayRead(who: Who, owner: Owner, visibility: Visibility): boolean {
  if (who === 'instanceAdmin') return true;
  if (who === 'signedOut') return false;
  if (visibility === 'PUBLIC') return true;
  if (who.startsWith('home')) return owner === 'home' || (owner === 'partner' && visibility === 'PARTNERS');
  // A funder is a partner of what it funds, never an owner: PARTNERS records, nothing PRIVATE (issue #10).
  if (who === 'funderAdmin') return owner === 'funded' && visibility === 'PARTNERS';
  return false;
}

const label = (type: RecordType, owner: Owner, visibility: Visibility) => `fx ${type} ${owner} ${visibility}`;

describe('cross-tenant access matrix', () => {
  let testApp: TestApp;
  const org: Record<string, string> = {};
  const ids = new Map<string, string>(); // label → id
  const clients = {} as Record<Who, GraphQLTestClient>;

  const admin = () => testApp.client();
  const create = async (mutation: string, input: Record<string, unknown>): Promise<string> => {
    const data = await admin().data<Record<string, { id: string }>>(`mutation ($input: ${inputType(mutation)}!) { ${mutation}(input: $input) { id } }`, { input });
    return data[mutation].id;
  };
  const inputType = (mutation: string) => `${mutation[0].toUpperCase()}${mutation.slice(1)}Input`;

  async function userClient(email: string, organisation: string | null, role: OrganisationRole): Promise<GraphQLTestClient> {
    const auth = testApp.app.get(AuthService);
    const password = 'a long enough password';
    const user = await auth.createUser({ email, name: email, password });
    if (organisation) await auth.addMembership(user.id, org[organisation], role);
    const client = testApp.anonymousClient();
    await client.data(`mutation ($input: SignInInput!) { signIn(input: $input) { user { id } } }`, { input: { email, password } });
    return client;
  }

  beforeAll(async () => {
    testApp = await startTestApp();
    for (const key of ['home', 'partner', 'stranger', 'funder', 'funded', 'unrelated']) {
      org[key] = await create('createOrganisation', { name: `Org ${key}`, type: key === 'funder' ? 'FUNDER' : 'CHARITY' });
    }
    org['secret'] = await create('createOrganisation', { name: 'Secret Society of Wyvernham', type: 'COMMUNITY_GROUP', visibility: 'PRIVATE' });

    // home and partner share a live partnership; funder funds funded. Nobody else is tied.
    const shared = await create('createPartnership', { name: 'Shared Coalition', governanceModel: 'SHARED_LEADERSHIP', status: 'ACTIVE', ownerOrganisationId: org['partner'] });
    for (const key of ['home', 'partner']) await create('addMembership', { partnershipId: shared, organisationId: org[key], role: key === 'partner' ? 'LEAD' : 'CORE_MEMBER' });
    await create('createFunding', { funderOrganisationId: org['funder'], recipientOrganisationId: org['funded'], amount: 1000, ownerOrganisationId: org['funder'], programme: 'Portfolio grant' });

    for (const owner of OWNERS) {
      for (const visibility of VISIBILITIES) {
        const common = { ownerOrganisationId: org[owner], visibility };
        const put = (type: RecordType, id: string) => ids.set(label(type, owner, visibility), id);
        const project = await create('createProject', { ...common, name: label('project', owner, visibility) });
        put('project', project);
        put('partnership', await create('createPartnership', { ...common, name: label('partnership', owner, visibility), governanceModel: 'INFORMAL_NETWORK' }));
        const person = await create('createPerson', { ...common, fullName: label('person', owner, visibility) });
        put('person', person);
        await create('addAffiliation', { personId: person, organisationId: org[owner] });
        put('need', await create('createNeed', { ...common, title: label('need', owner, visibility), raisedBy: 'COMMUNITY' }));
        put('activity', await create('createActivity', { ...common, title: label('activity', owner, visibility), kind: 'MEETING', projectId: ids.get(label('project', owner, 'PUBLIC')) }));
        put('outcome', await create('createOutcome', { ...common, title: label('outcome', owner, visibility), definedBy: 'COMMUNITY', ownerProjectId: ids.get(label('project', owner, 'PUBLIC')) }));
        put('funding', await create('createFunding', { ...common, programme: label('funding', owner, visibility), funderOrganisationId: org[owner], recipientProjectId: ids.get(label('project', owner, 'PUBLIC')), amount: 100 }));
        put('relationship', await create('createRelationship', { visibility, notes: label('relationship', owner, visibility), fromOrganisationId: org[owner], toOrganisationId: org['unrelated'], type: 'INFORMAL' }));
      }
    }
    // A typed relationship belongs to the organisation it runs from.
    await testApp.dataSource.query('UPDATE relationship SET owner_organisation_id = from_organisation_id');
    // Hidden ties to filter on: the secret society sits in stranger's private partnership, and stranger privately funds partner.
    await create('addMembership', { partnershipId: ids.get(label('partnership', 'stranger', 'PRIVATE')), organisationId: org['secret'], role: 'CORE_MEMBER' });
    await create('createFunding', { funderOrganisationId: org['stranger'], recipientOrganisationId: org['partner'], amount: 7777, ownerOrganisationId: org['stranger'], visibility: 'PRIVATE', programme: 'fx hidden grant' });

    clients.instanceAdmin = admin();
    clients.homeAdmin = await userClient('ceo@home.example', 'home', OrganisationRole.ORG_ADMIN);
    clients.homeCoordinator = await userClient('coordinator@home.example', 'home', OrganisationRole.COORDINATOR);
    clients.homeViewer = await userClient('viewer@home.example', 'home', OrganisationRole.VIEWER);
    clients.funderAdmin = await userClient('admin@funder.example', 'funder', OrganisationRole.ORG_ADMIN);
    clients.stranger = await userClient('someone@unrelated.example', 'unrelated', OrganisationRole.ORG_ADMIN);
    clients.signedOut = testApp.anonymousClient();
  }, 120_000);
  afterAll(() => testApp.close());

  const WHO: Who[] = ['instanceAdmin', 'homeAdmin', 'homeCoordinator', 'homeViewer', 'funderAdmin', 'stranger', 'signedOut'];
  const fixtures = (type: RecordType) => OWNERS.flatMap((owner) => VISIBILITIES.map((visibility) => ({ owner, visibility, label: label(type, owner, visibility) })));
  const hiddenFrom = (who: Who, type: RecordType) => fixtures(type).filter((f) => !mayRead(who, f.owner, f.visibility));

  describe.each(Object.keys(TYPES) as RecordType[])('%s', (type) => {
    const { list, label: field } = TYPES[type];

    it.each(WHO)('lists exactly what %s may read, and counts only that', async (who) => {
      const query = `{ ${list}(first: 200) { totalCount nodes { ${field} } } }`;
      const result = await clients[who].request<Record<string, { totalCount: number; nodes: Record<string, string>[] }>>(query);
      const seen = (result.data?.[list]?.nodes ?? []).map((n) => n[field]).filter((name) => name?.startsWith('fx ') && name !== 'fx hidden grant');
      const expected = fixtures(type).filter((f) => mayRead(who, f.owner, f.visibility)).map((f) => f.label);
      expect(seen.sort()).toEqual(expected.sort());
      if (who === 'signedOut') return;
      const all = (await admin().data<Record<string, { totalCount: number }>>(query))[list].totalCount;
      const hiddenExtras = type === 'funding' && who !== 'instanceAdmin' ? 1 : 0; // the hidden grant
      expect(result.data?.[list].totalCount).toBe(all - hiddenFrom(who, type).length - hiddenExtras);
    });

    it.each(WHO.filter((w) => w !== 'instanceAdmin'))('gives %s nothing of a hidden record by id, even under aliases', async (who) => {
      const hidden = hiddenFrom(who, type);
      expect(hidden.length).toBeGreaterThan(0);
      const aliases = hidden.map((f, index) => `r${index}: ${type}(id: "${ids.get(f.label)}") { id ${field} }`).join('\n');
      const result = await clients[who].request<Record<string, unknown>>(`{ ${aliases} }`);
      const body = JSON.stringify(result);
      for (const f of hidden) expect(body).not.toContain(f.label);
      for (const value of Object.values(result.data ?? {})) expect(value).toBeNull();
    });
  });

  it.each(WHO.filter((w) => w !== 'instanceAdmin'))('leaks no hidden record through nested fields to %s', async (who) => {
    const query = `{
      organisations(first: 200) { nodes { name people { person { fullName } } memberships { partnership { name } }
        projects { project { name } } ties { kind organisation { name } } } }
      projects(first: 200) { nodes { name ownedOutcomes { title } activities(first: 50) { nodes { title } } } }
      partnerships(first: 200) { nodes { name members { organisation { name } } } }
    }`;
    const result = await clients[who].request(query);
    if (who !== 'signedOut') {
      expect(result.errors).toBeUndefined();
      expect(JSON.stringify(result)).toContain(label('project', 'home', 'PUBLIC')); // it did read, and deeply
    }
    const body = JSON.stringify(result);
    const hidden = (Object.keys(TYPES) as RecordType[]).flatMap((type) => hiddenFrom(who, type).map((f) => f.label));
    for (const name of hidden) expect(body).not.toContain(name);
    expect(body).not.toContain('Secret Society');
  });

  it.each(WHO.filter((w) => w !== 'instanceAdmin'))('leaks no hidden record through lists read with a record by id to %s', async (who) => {
    // organisation(id) and partnership(id) read their memberships and members in their own statement (issue #13).
    const organisations = Object.entries(org).map(
      ([key, id]) => `o_${key}: organisation(id: "${id}") { name memberships { partnership { name } } }`,
    );
    const partnerships = [...ids.entries()]
      .filter(([name]) => name.startsWith('fx partnership '))
      .map(([, id]) => id)
      .concat([(await admin().data<{ partnerships: { nodes: { id: string; name: string }[] } }>(`{ partnerships(first: 200) { nodes { id name } } }`)).partnerships.nodes.find((p) => p.name === 'Shared Coalition')?.id ?? ''])
      .map((id, index) => `p${index}: partnership(id: "${id}") { name members { organisation { name } } all: members(current: false) { organisation { name } } }`);
    // One request each: a record the caller may not read answers NOT_FOUND, and the non-null field nulls the whole answer.
    const answers = await Promise.all([...organisations, ...partnerships].map((field) => clients[who].request(`{ ${field} }`)));
    const body = JSON.stringify(answers.map((answer) => answer.data));
    if (who !== 'signedOut') expect(body).toContain('Shared Coalition');
    const hidden = (['partnership'] as RecordType[]).flatMap((type) => hiddenFrom(who, type).map((f) => f.label));
    for (const name of hidden) expect(body).not.toContain(name);
    expect(body).not.toContain('Secret Society');
  });

  it('does not let filters, search or totals reveal hidden records', async () => {
    const hiddenPartnership = ids.get(label('partnership', 'stranger', 'PRIVATE'));
    const probe = `query ($p: ID!, $f: ID!, $partner: ID!) {
      members: organisations(filter: { memberOfPartnership: { eq: $p } }) { totalCount nodes { name } }
      funded: organisations(filter: { fundedBy: { eq: $f } }) { totalCount }
      search: organisations(search: "Secret Society") { totalCount }
      partner: organisation(id: $partner) { fundingReceivedTotal }
      overview { fundingTotal organisationCount }
    }`;
    const variables = { p: hiddenPartnership, f: org['stranger'], partner: org['partner'] };
    type Probe = { members: { totalCount: number }; funded: { totalCount: number }; search: { totalCount: number }; partner: { fundingReceivedTotal: number }; overview: { fundingTotal: number; organisationCount: number } };
    const everything = await admin().data<Probe>(probe, variables);
    expect(everything.members.totalCount).toBe(1);
    expect(everything.funded.totalCount).toBe(1);
    expect(everything.search.totalCount).toBe(1);
    expect(everything.partner.fundingReceivedTotal).toBe(7777);

    const home = await clients.homeAdmin.data<Probe>(probe, variables);
    expect(home.members.totalCount).toBe(0);
    expect(home.funded.totalCount).toBe(0);
    expect(home.search.totalCount).toBe(0);
    expect(home.partner.fundingReceivedTotal).toBe(0);
    expect(home.overview.organisationCount).toBe(everything.overview.organisationCount - 1); // the secret society
    const hiddenFunding = 7777 + hiddenFrom('homeAdmin', 'funding').length * 100;
    expect(home.overview.fundingTotal).toBe(everything.overview.fundingTotal - hiddenFunding);
  });

  it('measures the network over visible organisations and ties only', async () => {
    const query = `{ network { nodes { names } summary { nodeCount edgeCount } } }`;
    type Net = { network: { nodes: { names: string[] }; summary: { nodeCount: number; edgeCount: number } } };
    const everything = await admin().data<Net>(query);
    const home = await clients.homeAdmin.data<Net>(query);
    expect(everything.network.nodes.names).toContain('Secret Society of Wyvernham');
    expect(home.network.nodes.names).not.toContain('Secret Society of Wyvernham');
    expect(home.network.summary.edgeCount).toBeLessThan(everything.network.summary.edgeCount);
  });

  it("builds a part of the network (candidate ties judged by each record's policy) exactly as the whole network shows it", async () => {
    // Any organisation condition takes the subgraph path (cg_subgraph_tie_positions, then row-level
    // security per record); a theme every organisation has makes that part the whole network.
    await testApp.dataSource.query(`UPDATE organisation SET themes = array_append(themes, 'matrix-everything')`);
    const query = `query ($filter: NetworkFilter) { network(filter: $filter) { nodes { names } edges { source target kind weight } } }`;
    type Net = { network: { nodes: { names: string[] }; edges: { source: number[]; target: number[]; kind: string[]; weight: number[] } } };
    const edges = ({ network: { nodes, edges: e } }: Net) =>
      e.kind.map((kind, i) => `${[nodes.names[e.source[i]], nodes.names[e.target[i]]].sort().join(' & ')} ${kind} ${e.weight[i]}`).sort();
    for (const who of Object.keys(clients) as Who[]) {
      if (who === 'signedOut') continue;
      const client = who === 'instanceAdmin' ? admin() : clients[who];
      const whole = await client.data<Net>(query);
      const part = await client.data<Net>(query, { filter: { themes: ['matrix-everything'] } });
      expect({ who, edges: edges(part) }).toEqual({ who, edges: edges(whole) });
    }
  });

  it('exports personal data only to administrators of the organisation holding it', async () => {
    const query = `query ($id: ID!) { personalDataExport(personId: $id) }`;
    const homePublic = ids.get(label('person', 'home', 'PUBLIC'));
    const strangerPrivate = ids.get(label('person', 'stranger', 'PRIVATE'));
    expect((await clients.homeAdmin.request(query, { id: homePublic })).errors).toBeUndefined();
    for (const who of ['homeCoordinator', 'homeViewer', 'stranger', 'funderAdmin'] as Who[]) {
      const result = await clients[who].request(query, { id: homePublic });
      expect(result.errors?.[0].extensions?.['code']).toBe('FORBIDDEN');
    }
    const hidden = await clients.homeAdmin.request(query, { id: strangerPrivate });
    expect(['FORBIDDEN', 'NOT_FOUND']).toContain(hidden.errors?.[0].extensions?.['code']);
    expect(JSON.stringify(hidden)).not.toContain(label('person', 'stranger', 'PRIVATE'));
  });

  describe('writes', () => {
    const auditRows = async () => Number((await testApp.dataSource.query('SELECT count(*) AS n FROM audit_log'))[0].n);
    const versionOf = async (table: string, id: string) => Number((await testApp.dataSource.query(`SELECT version FROM ${table} WHERE id = $1`, [id]))[0].version);
    const renameProject = (id: string, version: number) => ({
      query: `mutation ($input: UpdateProjectInput!) { updateProject(input: $input) { id name } }`,
      variables: { input: { id, version, summary: `Changed at ${Date.now()}` } },
    });

    it.each<[Who, Owner, Visibility, string | null]>([
      ['homeAdmin', 'home', 'PRIVATE', null],
      ['homeCoordinator', 'home', 'PUBLIC', 'FORBIDDEN'],
      ['homeViewer', 'home', 'PUBLIC', 'FORBIDDEN'],
      ['homeAdmin', 'partner', 'PUBLIC', 'FORBIDDEN'],
      ['homeAdmin', 'partner', 'PARTNERS', 'FORBIDDEN'],
      ['homeAdmin', 'stranger', 'PRIVATE', 'NOT_FOUND'],
      ['funderAdmin', 'funded', 'PRIVATE', 'NOT_FOUND'], // a funder cannot read its grantee's PRIVATE records
      ['stranger', 'home', 'PUBLIC', 'FORBIDDEN'],
      ['signedOut', 'home', 'PUBLIC', 'UNAUTHENTICATED'],
    ])('%s editing a project of %s (%s) gets %s', async (who, owner, visibility, code) => {
      const id = ids.get(label('project', owner, visibility)) as string;
      const before = { audit: await auditRows(), version: await versionOf('project', id) };
      const { query, variables } = renameProject(id, before.version);
      const result = await clients[who].request(query, variables);
      if (code === null) {
        expect(result.errors).toBeUndefined();
        expect(await versionOf('project', id)).toBe(before.version + 1);
        return;
      }
      expect(result.errors?.[0].extensions?.['code']).toBe(code);
      expect(await versionOf('project', id)).toBe(before.version);
      expect(await auditRows()).toBe(before.audit);
    });

    it('lets a coordinator log an activity on its own project, but not on a stranger’s', async () => {
      const mutation = `mutation ($input: CreateActivityInput!) { createActivity(input: $input) { id ownerOrganisationId } }`;
      const own = await clients.homeCoordinator.request<{ createActivity: { ownerOrganisationId: string } }>(mutation, {
        input: { title: 'Steering group', kind: 'MEETING', projectId: ids.get(label('project', 'home', 'PUBLIC')) },
      });
      expect(own.errors).toBeUndefined();
      expect(own.data?.createActivity.ownerOrganisationId).toBe(org['home']); // defaults to the coordinator's organisation
      const before = await auditRows();
      const theirs = await clients.homeCoordinator.request(mutation, {
        input: { title: 'Gatecrash', kind: 'MEETING', projectId: ids.get(label('project', 'stranger', 'PUBLIC')) },
      });
      expect(theirs.errors?.[0].extensions?.['code']).toBe('FORBIDDEN');
      const viewer = await clients.homeViewer.request(mutation, { input: { title: 'Looking only', kind: 'NOTE', projectId: ids.get(label('project', 'home', 'PUBLIC')) } });
      expect(viewer.errors?.[0].extensions?.['code']).toBe('FORBIDDEN');
      expect(await auditRows()).toBe(before);
    });

    it('lets a partnership lead manage its membership, and a mere member not', async () => {
      const shared = (await admin().data<{ partnerships: { nodes: { id: string }[] } }>(`{ partnerships(filter: { name: { eq: "Shared Coalition" } }) { nodes { id } } }`)).partnerships.nodes[0].id;
      const add = `mutation ($input: AddMembershipInput!) { addMembership(input: $input) { id } }`;
      const input = { partnershipId: shared, organisationId: org['unrelated'], role: 'ADVISER' };
      const before = await auditRows();
      const member = await clients.homeAdmin.request(add, { input });
      expect(member.errors?.[0].extensions?.['code']).toBe('FORBIDDEN');
      expect(await auditRows()).toBe(before);
      const homeOwned = ids.get(label('partnership', 'home', 'PUBLIC'));
      const lead = await clients.homeAdmin.request(add, { input: { ...input, partnershipId: homeOwned } });
      expect(lead.errors).toBeUndefined();
    });
  });
});
