import { countQueries } from '@cg/api/testing';
import { OrganisationType } from '@cg/shared/domain';
import { DataSource } from 'typeorm';
import {
  auditActions,
  countRows,
  makeAffiliation,
  makeOrganisation,
  makePerson,
  PageOf,
  walkPages,
} from '../support/org-factories';
import { startTestApp, TestApp } from '../support/test-app';

const PERSON_FIELDS =
  'id fullName email livedExperience communityRepresentative lawfulBasis consentDate consentPurpose privateNotes version archivedAt';
const CREATE = `mutation($input: CreatePersonInput!) { createPerson(input: $input) { ${PERSON_FIELDS} } }`;
const UPDATE = `mutation($input: UpdatePersonInput!) { updatePerson(input: $input) { ${PERSON_FIELDS} } }`;
const ARCHIVE = `mutation($input: RecordVersionInput!) { archivePerson(input: $input) { id version archivedAt } }`;
const RESTORE = `mutation($input: RecordVersionInput!) { restorePerson(input: $input) { id version archivedAt } }`;
const AFFILIATION_FIELDS = 'id title fromDate toDate isPrimary version organisation { name } person { fullName }';
const ADD_AFF = `mutation($input: AddAffiliationInput!) { addAffiliation(input: $input) { ${AFFILIATION_FIELDS} } }`;
const UPDATE_AFF = `mutation($input: UpdateAffiliationInput!) { updateAffiliation(input: $input) { ${AFFILIATION_FIELDS} } }`;
const END_AFF = `mutation($input: EndAffiliationInput!) { endAffiliation(input: $input) { ${AFFILIATION_FIELDS} } }`;
const ARCHIVE_AFF = `mutation($input: RecordVersionInput!) { archiveAffiliation(input: $input) { id archivedAt } }`;
const LIST = `query($first: Int, $after: String, $last: Int, $before: String, $filter: PersonFilter, $sort: [PersonSort!], $search: String) {
  people(first: $first, after: $after, last: $last, before: $before, filter: $filter, sort: $sort, search: $search) {
    totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor } nodes { id fullName }
  }
}`;

interface Created {
  id: string;
  version: number;
}
interface Affiliation {
  id: string;
  title: string | null;
  toDate: string | null;
  isPrimary: boolean;
  version: number;
  organisation: { name: string };
}

describe('people and affiliations', () => {
  let testApp: TestApp;
  let ds: DataSource;
  const org: Record<string, string> = {};

  beforeAll(async () => {
    testApp = await startTestApp();
    ds = testApp.dataSource;
    org.centre = await makeOrganisation(ds, { name: 'Belgrave Neighbourhood Centre' });
    org.council = await makeOrganisation(ds, {
      name: 'Leicester City Council',
      type: OrganisationType.LOCAL_AUTHORITY,
    });
  });
  afterAll(() => testApp.close());

  const createPerson = (input: Record<string, unknown>) =>
    testApp
      .client()
      .data<{ createPerson: Created & Record<string, unknown> }>(CREATE, { input })
      .then((d) => d.createPerson);

  describe('writes', () => {
    it('creates a person with consent, lived experience and private notes, audited', async () => {
      const person = await createPerson({
        fullName: 'Amara Okafor',
        email: 'amara@example.org',
        livedExperience: true,
        communityRepresentative: true,
        lawfulBasis: 'CONSENT',
        consentDate: '2025-03-31',
        consentPurpose: 'Contact about the Belgrave food partnership',
        privateNotes: 'Prefers phone calls.',
      });
      expect(person).toMatchObject({
        fullName: 'Amara Okafor',
        livedExperience: true,
        communityRepresentative: true,
        lawfulBasis: 'CONSENT',
        consentDate: '2025-03-31',
        privateNotes: 'Prefers phone calls.',
        version: 1,
      });
      expect(await auditActions(ds, person.id)).toEqual(['CREATE']);
    });

    it.each([
      [{ fullName: '' }, 'fullName', /between 1 and 200/],
      [{ fullName: 'Jo Bloggs', email: 'not-an-email' }, 'email', /email address/],
      [{ fullName: 'Jo Bloggs', lawfulBasis: 'CONSENT' }, 'consentDate', /consentDate is required/],
      [{ fullName: 'Jo Bloggs', privateNotes: 'x'.repeat(5001) }, 'privateNotes', /5000/],
    ])('refuses bad input %# naming the field and writes nothing', async (input, field, message) => {
      const before = await countRows(ds, 'person');
      const result = await testApp.client().request(CREATE, { input });
      expect(result.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
      expect(result.errors?.[0].message).toMatch(message);
      expect(await countRows(ds, 'person')).toBe(before);
    });

    it('refuses a consentDate that is not a calendar day and writes nothing', async () => {
      // The Date scalar refuses it before the resolver runs; how that error is coded belongs to core.
      const before = await countRows(ds, 'person');
      const result = await testApp
        .client()
        .request(CREATE, { input: { fullName: 'Jo Bloggs', consentDate: '31/03/2025' } });
      expect(result.errors?.length).toBeGreaterThan(0);
      expect(result.data?.['createPerson'] ?? null).toBeNull();
      expect(await countRows(ds, 'person')).toBe(before);
    });

    it('updates with the version read, refuses a stale version, archives and restores', async () => {
      const person = await createPerson({ fullName: 'Dev Patel' });
      const updated = await testApp
        .client()
        .data<{ updatePerson: Created & { fullName: string; lawfulBasis: string } }>(UPDATE, {
          input: { id: person.id, version: 1, lawfulBasis: 'LEGITIMATE_INTERESTS', fullName: 'Devesh Patel' },
        });
      expect(updated.updatePerson).toMatchObject({
        version: 2,
        fullName: 'Devesh Patel',
        lawfulBasis: 'LEGITIMATE_INTERESTS',
      });
      const stale = await testApp
        .client()
        .request(UPDATE, { input: { id: person.id, version: 1, fullName: 'Overwritten' } });
      expect(stale.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', currentVersion: 2 });
      const consent = await testApp
        .client()
        .request(UPDATE, { input: { id: person.id, version: 2, lawfulBasis: 'CONSENT' } });
      expect(consent.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'consentDate' });
      await testApp.client().data(ARCHIVE, { input: { id: person.id, version: 2 } });
      const again = await testApp.client().request(ARCHIVE, { input: { id: person.id, version: 3 } });
      expect(again.errors?.[0].message).toMatch(/already archived/);
      await testApp.client().data(RESTORE, { input: { id: person.id, version: 3 } });
      expect(await auditActions(ds, person.id)).toEqual(['CREATE', 'UPDATE', 'ARCHIVE', 'RESTORE']);
      const [row] = await ds.query('SELECT full_name, version, archived_at FROM person WHERE id = $1', [person.id]);
      expect(row).toEqual({ full_name: 'Devesh Patel', version: 4, archived_at: null });
    });

    it('answers NOT_FOUND for unknown people and affiliations', async () => {
      const missing = '00000000-0000-4000-8000-000000000000';
      for (const [query, variables] of [
        [`{ person(id: "${missing}") { id } }`, undefined],
        [UPDATE, { input: { id: missing, version: 1, fullName: 'Nobody' } }],
        [UPDATE_AFF, { input: { id: missing, version: 1, title: 'Chair' } }],
        [END_AFF, { input: { id: missing, version: 1, toDate: '2025-01-01' } }],
      ] as const) {
        const result = await testApp.client().request(query, variables);
        expect(result.errors?.[0].extensions?.['code']).toBe('NOT_FOUND');
      }
    });
  });

  describe('affiliations', () => {
    let personId: string;
    beforeAll(async () => {
      personId = (await createPerson({ fullName: 'Grace Hopwood' })).id;
    });

    const affiliationsOf = async () =>
      (
        await testApp.client().data<{
          person: { affiliations: Affiliation[] };
        }>(`query($id: ID!) { person(id: $id) { affiliations { ${AFFILIATION_FIELDS} } } }`, { id: personId })
      ).person.affiliations;

    it('adds, makes primary, ends and archives affiliations, keeping one primary', async () => {
      const first = await testApp.client().data<{ addAffiliation: Affiliation }>(ADD_AFF, {
        input: {
          personId,
          organisationId: org.centre,
          title: 'Volunteer Coordinator',
          fromDate: '2023-01-01',
          isPrimary: true,
        },
      });
      expect(first.addAffiliation).toMatchObject({
        title: 'Volunteer Coordinator',
        isPrimary: true,
        organisation: { name: 'Belgrave Neighbourhood Centre' },
      });
      const second = await testApp.client().data<{ addAffiliation: Affiliation }>(ADD_AFF, {
        input: { personId, organisationId: org.council, title: 'Community Board Member' },
      });
      expect(second.addAffiliation.isPrimary).toBe(false);

      const promoted = await testApp.client().data<{ updateAffiliation: Affiliation }>(UPDATE_AFF, {
        input: { id: second.addAffiliation.id, version: 1, isPrimary: true },
      });
      expect(promoted.updateAffiliation).toMatchObject({ isPrimary: true, version: 2 });
      expect((await affiliationsOf()).map((a) => [a.organisation.name, a.isPrimary])).toEqual([
        ['Leicester City Council', true],
        ['Belgrave Neighbourhood Centre', false],
      ]);
      expect(await auditActions(ds, first.addAffiliation.id)).toEqual(['CREATE', 'UPDATE']);

      const ended = await testApp.client().data<{ endAffiliation: Affiliation }>(END_AFF, {
        input: { id: first.addAffiliation.id, version: 2, toDate: '2025-03-31' },
      });
      expect(ended.endAffiliation).toMatchObject({ toDate: '2025-03-31', version: 3 });
      const early = await testApp
        .client()
        .request(END_AFF, { input: { id: first.addAffiliation.id, version: 3, toDate: '2022-12-31' } });
      expect(early.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'toDate' });
      const stale = await testApp
        .client()
        .request(END_AFF, { input: { id: first.addAffiliation.id, version: 2, toDate: '2025-04-30' } });
      expect(stale.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT' });

      await testApp.client().data(ARCHIVE_AFF, { input: { id: first.addAffiliation.id, version: 3 } });
      expect((await affiliationsOf()).map((a) => a.organisation.name)).toEqual(['Leicester City Council']);
      expect(await auditActions(ds, first.addAffiliation.id)).toEqual(['CREATE', 'UPDATE', 'UPDATE', 'ARCHIVE']);
    });

    it.each([
      [{ personId: 'SELF', organisationId: 'x' }, 'organisationId', /organisation id/],
      [{ personId: '00000000-0000-4000-8000-000000000000', organisationId: 'CENTRE' }, 'personId', /No person/],
      [
        { personId: 'SELF', organisationId: '00000000-0000-4000-8000-000000000000' },
        'organisationId',
        /does not exist/,
      ],
      [
        { personId: 'SELF', organisationId: 'CENTRE', fromDate: '2025-02-01', toDate: '2025-01-01' },
        'toDate',
        /not be before/,
      ],
      [{ personId: 'SELF', organisationId: 'CENTRE', title: 'x'.repeat(201) }, 'title', /200/],
    ])('refuses a bad affiliation %# naming the field and writes nothing', async (raw, field, message) => {
      const input = Object.fromEntries(
        Object.entries(raw).map(([key, value]) => [
          key,
          value === 'SELF' ? personId : value === 'CENTRE' ? org.centre : value,
        ]),
      );
      const before = await countRows(ds, 'affiliation');
      const result = await testApp.client().request(ADD_AFF, { input });
      expect(result.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
      expect(result.errors?.[0].message).toMatch(message);
      expect(await countRows(ds, 'affiliation')).toBe(before);
    });
  });

  describe('list', () => {
    const person: Record<string, string> = {};
    beforeAll(async () => {
      await ds.query('DELETE FROM affiliation');
      await ds.query('DELETE FROM person');
      person.amara = await makePerson(ds, { fullName: 'Amara Okafor', livedExperience: true });
      person.bilal = await makePerson(ds, { fullName: 'Bilal Hussain', communityRepresentative: true });
      person.chloe = await makePerson(ds, {
        fullName: 'Chloe Whitworth',
        livedExperience: true,
        communityRepresentative: true,
      });
      person.dmitri = await makePerson(ds, { fullName: 'Dmitri Volkov' });
      person.gone = await makePerson(ds, { fullName: 'Archie Archived', archived: true });
      await makeAffiliation(ds, person.amara, org.centre, { title: 'Chair', isPrimary: true });
      await makeAffiliation(ds, person.bilal, org.centre, { toDate: '2020-01-01' });
      await makeAffiliation(ds, person.chloe, org.council);
      await makeAffiliation(ds, person.gone, org.centre);
      let day = 1;
      for (const key of ['dmitri', 'chloe', 'bilal', 'amara']) {
        await ds.query(`UPDATE person SET created_at = $2, updated_at = $3 WHERE id = $1`, [
          person[key],
          `2025-01-0${day}`,
          `2025-02-0${5 - day}`,
        ]);
        day++;
      }
    });
    const names = async (variables: Record<string, unknown>) =>
      (
        await testApp.client().data<{ people: PageOf<{ fullName: string }> }>(LIST, { first: 50, ...variables })
      ).people.nodes.map((n) => n.fullName);

    it('lists people by name, leaving archived ones out unless asked', async () => {
      expect(await names({})).toEqual(['Amara Okafor', 'Bilal Hussain', 'Chloe Whitworth', 'Dmitri Volkov']);
      expect(await names({ filter: { includeArchived: true } })).toHaveLength(5);
    });

    it.each([
      ['name contains', { name: { contains: 'WORTH' } }, ['Chloe Whitworth']],
      ['organisation (current affiliations)', { organisation: { eq: 'CENTRE' } }, ['Amara Okafor']],
      ['livedExperience', { livedExperience: { eq: true } }, ['Amara Okafor', 'Chloe Whitworth']],
      ['communityRepresentative', { communityRepresentative: { eq: false } }, ['Amara Okafor', 'Dmitri Volkov']],
      [
        'and',
        { and: [{ livedExperience: { eq: true } }, { communityRepresentative: { eq: true } }] },
        ['Chloe Whitworth'],
      ],
    ])('filters by %s', async (_label, filter, expected) => {
      const resolved = JSON.parse(JSON.stringify(filter).replace('"CENTRE"', JSON.stringify(org.centre)));
      expect(await names({ filter: resolved })).toEqual(expected);
    });

    it('counts an affiliation that has not started yet as not current (currentAffiliationSql)', async () => {
      const [{ id }] = await ds.query(
        `INSERT INTO affiliation (person_id, organisation_id, from_date) VALUES ($1, $2, current_date + 30) RETURNING id`,
        [person.dmitri, org.centre],
      );
      try {
        expect(await names({ filter: { organisation: { eq: org.centre } } })).toEqual(['Amara Okafor']);
      } finally {
        await ds.query('DELETE FROM affiliation WHERE id = $1', [id]);
      }
    });

    it('searches names fuzzily, best match first', async () => {
      expect((await names({ search: 'amara okafr' }))[0]).toBe('Amara Okafor');
      expect(await names({ search: 'volkov' })).toEqual(['Dmitri Volkov']);
    });

    it.each([
      ['NAME', 'DESC', ['Dmitri Volkov', 'Chloe Whitworth', 'Bilal Hussain', 'Amara Okafor']],
      ['CREATED_AT', 'ASC', ['Dmitri Volkov', 'Chloe Whitworth', 'Bilal Hussain', 'Amara Okafor']],
      ['UPDATED_AT', 'ASC', ['Amara Okafor', 'Bilal Hussain', 'Chloe Whitworth', 'Dmitri Volkov']],
    ])('sorts by %s %s', async (field, direction, expected) => {
      expect(await names({ sort: [{ field, direction }] })).toEqual(expected);
    });

    it('pages forwards and backwards with totalCount', async () => {
      const run = (paging: Record<string, unknown>) =>
        testApp
          .client()
          .data<{ people: PageOf<{ fullName: string }> }>(LIST, { ...paging, sort: [{ field: 'NAME' }] })
          .then((d) => d.people);
      const forward = await walkPages(run, 3, 'forward');
      const backward = await walkPages(run, 3, 'backward');
      expect(forward.nodes.map((n) => n.fullName)).toEqual([
        'Amara Okafor',
        'Bilal Hussain',
        'Chloe Whitworth',
        'Dmitri Volkov',
      ]);
      expect(backward.nodes.map((n) => n.fullName)).toEqual(forward.nodes.map((n) => n.fullName));
      expect([forward.pages, forward.totalCount, backward.pages, backward.totalCount]).toEqual([2, 4, 2, 4]);
    });

    it("shows an organisation's people through their affiliations, batched", async () => {
      const { organisations } = await testApp.client().data<{
        organisations: {
          nodes: {
            name: string;
            people: { title: string | null; toDate: string | null; person: { fullName: string } }[];
          }[];
        };
      }>(`{ organisations(first: 10) { nodes { name people { title toDate person { fullName } } } } }`);
      expect(organisations.nodes).toEqual([
        {
          name: 'Belgrave Neighbourhood Centre',
          people: [
            { title: 'Chair', toDate: null, person: { fullName: 'Amara Okafor' } },
            { title: null, toDate: '2020-01-01', person: { fullName: 'Bilal Hussain' } },
          ],
        },
        {
          name: 'Leicester City Council',
          people: [{ title: null, toDate: null, person: { fullName: 'Chloe Whitworth' } }],
        },
      ]);
    });

    it('loads affiliations, their organisations and people for a whole page in a fixed number of statements', async () => {
      const QUERY = `query($first: Int) { people(first: $first) { nodes { fullName affiliations { title organisation { name people { person { fullName } } } } } } }`;
      const count = async (first: number) => {
        const counter = countQueries(ds);
        await testApp.client().data(QUERY, { first });
        return counter.stop();
      };
      expect(await count(4)).toBe(await count(1));
    });
  });
});
