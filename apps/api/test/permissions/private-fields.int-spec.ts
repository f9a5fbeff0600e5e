import { AuthService, PRIVATE_FIELD_MARK } from '@cg/api/core/auth';
import { GraphQLTestClient } from '@cg/api/testing';
import { OrganisationRole } from '@cg/shared/domain';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSchema, isEnumType, isInputObjectType, isObjectType } from 'graphql';
import { startTestApp, TestApp } from '../support/test-app';
import { FixtureIds, pathsToType, queryFor } from './schema-paths';

/*
 * Private fields are private on readable records (issue #10). Every field the schema marks
 * private is checked on every field that returns its type, as found in schema.gql: the owning
 * organisation reads it, and an organisation with no tie, a partner and a funder get null,
 * with the value nowhere in the answer. The subject access export is refused to all three.
 */
const schema = buildSchema(readFileSync(join(__dirname, '../../schema.gql'), 'utf8'));
const SECRET = 'zq-secret: needs step-free access';

/** `Type.field` of every private field, with its type. */
const PRIVATE_FIELDS = Object.values(schema.getTypeMap())
  .filter(isObjectType)
  .flatMap((type) => Object.values(type.getFields()).filter((f) => f.description?.startsWith(PRIVATE_FIELD_MARK)).map((f) => ({ type: type.name, field: f.name })));

type Reader = 'owner' | 'unrelated' | 'partner' | 'funder';

describe('private fields', () => {
  let testApp: TestApp;
  const org: Record<string, string> = {};
  const fixtures: FixtureIds = {};
  const clients = {} as Record<Reader, GraphQLTestClient>;

  const create = async (mutation: string, input: Record<string, unknown>, type = `${mutation[0].toUpperCase()}${mutation.slice(1)}Input`) => {
    const data = await testApp.client().data<Record<string, { id: string }>>(`mutation ($input: ${type}!) { ${mutation}(input: $input) { id } }`, { input });
    return data[mutation].id;
  };
  async function adminOf(organisation: string): Promise<GraphQLTestClient> {
    const email = `admin@${organisation}.example`;
    const password = 'a long enough password';
    const auth = testApp.app.get(AuthService);
    const user = await auth.createUser({ email, name: email, password });
    await auth.addMembership(user.id, org[organisation], OrganisationRole.ORG_ADMIN);
    const client = testApp.anonymousClient();
    await client.data(`mutation ($input: SignInInput!) { signIn(input: $input) { user { id } } }`, { input: { email, password } });
    return client;
  }

  beforeAll(async () => {
    testApp = await startTestApp();
    for (const key of ['owner', 'unrelated', 'partner', 'funder']) {
      org[key] = await create('createOrganisation', { name: `Org ${key}`, type: key === 'funder' ? 'FUNDER' : 'CHARITY' });
    }
    const owned = { ownerOrganisationId: org['owner'], visibility: 'PUBLIC' };
    // A PUBLIC person with private notes, reachable from every kind of record that shows people.
    fixtures['Person'] = await create('createPerson', { ...owned, fullName: 'Pat Example', privateNotes: SECRET });
    fixtures['Organisation'] = org['owner'];
    fixtures['Affiliation'] = await create('addAffiliation', { personId: fixtures['Person'], organisationId: org['owner'], title: 'Volunteer' });
    fixtures['Partnership'] = await create('createPartnership', { ...owned, name: 'Shared coalition', governanceModel: 'SHARED_LEADERSHIP', status: 'ACTIVE' });
    for (const key of ['owner', 'partner']) await create('addMembership', { partnershipId: fixtures['Partnership'], organisationId: org[key], role: 'CORE_MEMBER' });
    fixtures['Project'] = await create('createProject', { ...owned, name: 'Shared project', partnershipId: fixtures['Partnership'] });
    fixtures['Activity'] = await create('createActivity', { ...owned, title: 'Steering group', kind: 'MEETING', projectId: fixtures['Project'], personIds: [fixtures['Person']] });
    fixtures['Outcome'] = await create('createOutcome', { ...owned, title: 'Shared outcome', definedBy: 'COMMUNITY', ownerProjectId: fixtures['Project'] });
    fixtures['Story'] = await create('createStory', { outcomeId: fixtures['Outcome'], title: 'A story', body: 'Told by Pat.', date: '2026-06-01', personId: fixtures['Person'], consentGiven: true, consentDate: '2026-06-01' });
    fixtures['Funding'] = await create('createFunding', { funderOrganisationId: org['funder'], recipientOrganisationId: org['owner'], ownerOrganisationId: org['funder'], amount: 1000 });
    for (const reader of ['owner', 'unrelated', 'partner', 'funder'] as Reader[]) clients[reader] = await adminOf(reader);
  }, 120_000);
  afterAll(() => testApp.close());

  it('finds the private fields in the schema', () => {
    expect(PRIVATE_FIELDS).toContainEqual({ type: 'Person', field: 'privateNotes' });
  });

  describe.each(PRIVATE_FIELDS)('$type.$field', ({ type, field }) => {
    const reach = () => pathsToType(schema, type, fixtures);

    it('is reachable by the test on every field that returns its type', () => {
      expect(reach().unreachable).toEqual([]);
      expect(reach().paths.length).toBeGreaterThan(0);
    });

    it.each<Reader>(['owner', 'unrelated', 'partner', 'funder'])('on every path, %s reads it only if it owns the record', async (reader) => {
      for (const { via, steps } of reach().paths) {
        const result = await clients[reader].request(queryFor(steps, `id ${field}`));
        const body = JSON.stringify(result);
        if (reader === 'owner') expect({ via, reads: body.includes(SECRET) }).toEqual({ via, reads: true });
        else {
          expect({ via, leaks: body.includes(SECRET) }).toEqual({ via, leaks: false });
          // It did read the record, so the null is the field's rule at work, not a hidden record.
          expect({ via, sawRecord: body.includes(fixtures[type]) }).toEqual({ via, sawRecord: true });
        }
      }
    });
  });

  it('never leaves the owning organisation through the subject access export', async () => {
    const query = `query ($id: ID!) { personalDataExport(personId: $id) }`;
    expect(JSON.stringify(await clients.owner.data(query, { id: fixtures['Person'] }))).toContain(SECRET);
    for (const reader of ['unrelated', 'partner', 'funder'] as Reader[]) {
      const result = await clients[reader].request(query, { id: fixtures['Person'] });
      expect(result.errors?.[0].extensions?.['code']).toBe('FORBIDDEN');
      expect(JSON.stringify(result)).not.toContain(SECRET);
    }
  });

  it('offers no filter or sort on a private field, so neither can reveal it', () => {
    const names = new Set(PRIVATE_FIELDS.map((f) => f.field.toLowerCase()));
    const snake = (name: string) => name.replace(/([a-z])([A-Z])/g, '$1_$2').toUpperCase();
    const offered = Object.values(schema.getTypeMap()).flatMap((type) => {
      if (isInputObjectType(type) && type.name.endsWith('Filter')) return Object.keys(type.getFields()).filter((f) => names.has(f.toLowerCase())).map((f) => `${type.name}.${f}`);
      if (isEnumType(type) && type.name.endsWith('SortField')) {
        const sorts = PRIVATE_FIELDS.map((f) => snake(f.field));
        return type.getValues().filter((v) => sorts.includes(v.name)).map((v) => `${type.name}.${v.name}`);
      }
      return [];
    });
    expect(offered).toEqual([]);
  });

  it('cannot be found by searching or filtering for its text', async () => {
    const result = await clients.unrelated.data<{ people: { totalCount: number } }>(`{ people(search: "step-free access") { totalCount } }`);
    expect(result.people.totalCount).toBe(0);
  });
});
