import { AuthService } from '@cg/api/core/auth';
import { GraphQLTestClient } from '@cg/api/testing';
import { OrganisationRole } from '@cg/shared/domain';
import { startTestApp, TestApp } from '../support/test-app';

/*
 * Funding makes a funder a partner, not an owner (issue #10). While a grant is live the funder
 * reads its grantees' PARTNERS records and what they report against the funded work; never
 * anything PRIVATE. The grant and its schedule are readable to both sides of it.
 */
describe('what a funder reads of the work it funds', () => {
  let testApp: TestApp;
  const org: Record<string, string> = {};
  const id: Record<string, string> = {};
  let funder: GraphQLTestClient;
  let grantee: GraphQLTestClient;
  let bystander: GraphQLTestClient;

  const admin = () => testApp.client();
  const create = async (mutation: string, input: Record<string, unknown>, type = `${mutation[0].toUpperCase()}${mutation.slice(1)}Input`): Promise<string> => {
    const data = await admin().data<Record<string, { id: string }>>(`mutation ($input: ${type}!) { ${mutation}(input: $input) { id } }`, { input });
    return data[mutation].id;
  };
  async function adminOf(organisation: string): Promise<GraphQLTestClient> {
    const email = `admin@${organisation}.example`;
    const password = 'a long enough password';
    const user = await testApp.app.get(AuthService).createUser({ email, name: email, password });
    await testApp.app.get(AuthService).addMembership(user.id, org[organisation], OrganisationRole.ORG_ADMIN);
    const client = testApp.anonymousClient();
    await client.data(`mutation ($input: SignInInput!) { signIn(input: $input) { user { id } } }`, { input: { email, password } });
    return client;
  }

  beforeAll(async () => {
    testApp = await startTestApp();
    for (const key of ['funder', 'grantee', 'coalitionMember', 'bystander']) {
      org[key] = await create('createOrganisation', { name: `Org ${key}`, type: key === 'funder' ? 'FUNDER' : 'CHARITY' });
    }
    const owned = (owner: string, visibility: string) => ({ ownerOrganisationId: org[owner], visibility });
    id['partnersProject'] = await create('createProject', { ...owned('grantee', 'PARTNERS'), name: 'Grantee partners project' });
    id['privateProject'] = await create('createProject', { ...owned('grantee', 'PRIVATE'), name: 'Grantee private project' });
    id['privatePerson'] = await create('createPerson', { ...owned('grantee', 'PRIVATE'), fullName: 'Grantee private person' });
    id['partnersPerson'] = await create('createPerson', { ...owned('grantee', 'PARTNERS'), fullName: 'Grantee partners person' });

    // The grant: owned by the funder, PRIVATE, with a two-year schedule, for the grantee's project.
    id['grant'] = await create('createFunding', {
      ...owned('funder', 'PRIVATE'), funderOrganisationId: org['funder'], recipientProjectId: id['partnersProject'],
      amount: 2000, programme: 'Live grant', periodStart: '2026-01-01', periodEnd: '2099-12-31',
      schedule: [{ dueDate: '2026-03-01', amount: 1000 }, { dueDate: '2026-09-01', amount: 1000 }],
    });
    await create('addProjectParticipant', { projectId: id['partnersProject'], organisationId: org['grantee'], role: 'LEAD' }, 'AddParticipantInput');

    // What the grantee reports against the funded work.
    id['reportedOutcome'] = await create('createOutcome', { ...owned('grantee', 'PARTNERS'), title: 'Reported outcome', definedBy: 'COMMUNITY', ownerProjectId: id['partnersProject'] });
    id['privateOutcome'] = await create('createOutcome', { ...owned('grantee', 'PRIVATE'), title: 'Private outcome', definedBy: 'COMMUNITY', ownerProjectId: id['partnersProject'] });
    id['indicator'] = await create('createIndicator', { outcomeId: id['reportedOutcome'], name: 'Families reached', unit: 'families' });
    id['measurement'] = await create('recordMeasurement', { indicatorId: id['indicator'], value: 42, date: '2026-06-01' });
    id['story'] = await create('createStory', { outcomeId: id['reportedOutcome'], title: 'Told with consent', body: 'What changed for us.', date: '2026-06-01', consentGiven: true, consentDate: '2026-06-01' });

    // A partnership grant: its members become the funder's partners too.
    const coalition = await create('createPartnership', { ...owned('coalitionMember', 'PUBLIC'), name: 'Funded coalition', governanceModel: 'SHARED_LEADERSHIP', status: 'ACTIVE' });
    await create('addMembership', { partnershipId: coalition, organisationId: org['coalitionMember'], role: 'LEAD' });
    await create('createFunding', { ...owned('funder', 'PRIVATE'), funderOrganisationId: org['funder'], recipientPartnershipId: coalition, amount: 500, programme: 'Coalition grant' });
    id['memberPartnersNeed'] = await create('createNeed', { ...owned('coalitionMember', 'PARTNERS'), title: 'Coalition member partners need', raisedBy: 'COMMUNITY' });
    id['memberPrivateNeed'] = await create('createNeed', { ...owned('coalitionMember', 'PRIVATE'), title: 'Coalition member private need', raisedBy: 'COMMUNITY' });

    funder = await adminOf('funder');
    grantee = await adminOf('grantee');
    bystander = await adminOf('bystander');
  }, 120_000);
  afterAll(() => testApp.close());

  const readById = async (client: GraphQLTestClient, field: string, recordId: string, label: string) => {
    const result = await client.request<Record<string, Record<string, unknown> | null>>(`query ($id: ID!) { r: ${field}(id: $id) { ${label} } }`, { id: recordId });
    return result.data?.r?.[label] ?? null;
  };

  it('reads the grant and its schedule, as the grantee does, and a bystander does not', async () => {
    const query = `query ($id: ID!) { funding(id: $id) { programme schedule { dueDate amount } } }`;
    for (const side of [funder, grantee]) {
      const { funding } = await side.data<{ funding: { programme: string; schedule: unknown[] } }>(query, { id: id['grant'] });
      expect(funding.programme).toBe('Live grant');
      expect(funding.schedule).toHaveLength(2);
    }
    expect(await readById(bystander, 'funding', id['grant'], 'programme')).toBeNull();
  });

  it('reads what the grantee shares with partners and reports against the work', async () => {
    expect(await readById(funder, 'project', id['partnersProject'], 'name')).toBe('Grantee partners project');
    expect(await readById(funder, 'person', id['partnersPerson'], 'fullName')).toBe('Grantee partners person');
    expect(await readById(funder, 'outcome', id['reportedOutcome'], 'title')).toBe('Reported outcome');
    expect(await readById(funder, 'indicator', id['indicator'], 'name')).toBe('Families reached');
    expect(await readById(funder, 'story', id['story'], 'title')).toBe('Told with consent');
    const { outcome } = await funder.data<{ outcome: { indicators: { measurements: { value: number }[] }[]; stories: { title: string }[] } }>(
      `query ($id: ID!) { outcome(id: $id) { indicators { measurements { value } } stories { title } } }`,
      { id: id['reportedOutcome'] },
    );
    expect(outcome.indicators[0].measurements.map((m) => m.value)).toEqual([42]);
    expect(outcome.stories.map((s) => s.title)).toEqual(['Told with consent']);
  });

  it('reads nothing PRIVATE of a grantee, by id, in lists or nested', async () => {
    for (const [field, key, label] of [['project', 'privateProject', 'name'], ['person', 'privatePerson', 'fullName'], ['outcome', 'privateOutcome', 'title'], ['need', 'memberPrivateNeed', 'title']]) {
      expect(await readById(funder, field, id[key], label)).toBeNull();
    }
    const lists = await funder.request(`{
      projects(first: 100) { totalCount nodes { name ownedOutcomes { title } } }
      people(first: 100) { nodes { fullName } }
      outcomes(first: 100) { nodes { title } }
      needs(first: 100) { nodes { title } }
    }`);
    const body = JSON.stringify(lists);
    expect(body).toContain('Grantee partners project');
    expect(body).toContain('Coalition member partners need');
    for (const hidden of ['Grantee private project', 'Grantee private person', 'Private outcome', 'Coalition member private need']) {
      expect(body).not.toContain(hidden);
    }
  });

  it('stops reading the grantee’s PARTNERS records once the grant has ended, and keeps the grant itself', async () => {
    const { funding } = await admin().data<{ funding: { version: number } }>(`query ($id: ID!) { funding(id: $id) { version } }`, { id: id['grant'] });
    await admin().data(`mutation ($input: UpdateFundingInput!) { updateFunding(input: $input) { id } }`, {
      input: { id: id['grant'], version: funding.version, periodEnd: '2026-12-01' },
    });
    // The scope is worked out per request, so the same session sees the grant has ended at once.
    expect(await readById(funder, 'project', id['partnersProject'], 'name')).toBeNull();
    expect(await readById(funder, 'outcome', id['reportedOutcome'], 'title')).toBeNull();
    expect(await readById(funder, 'funding', id['grant'], 'programme')).toBe('Live grant');
  });
});
