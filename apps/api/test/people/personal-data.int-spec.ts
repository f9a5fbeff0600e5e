import { AuthService } from '@cg/api/core/auth';
import { OrganisationRole } from '@cg/shared/domain';
import { DataSource } from 'typeorm';
import { startTestApp, TestApp } from '../support/test-app';

/** Every place in the database where text could hold personal data: text, varchar, citext and jsonb columns of every table. */
async function findEverywhere(ds: DataSource, needles: string[]): Promise<string[]> {
  const columns: { table_name: string; column_name: string }[] = await ds.query(
    `SELECT c.table_name, c.column_name FROM information_schema.columns c
     JOIN information_schema.tables t ON t.table_name = c.table_name AND t.table_schema = c.table_schema AND t.table_type = 'BASE TABLE'
     WHERE c.table_schema = 'public' AND (c.data_type IN ('text', 'character varying', 'jsonb', 'json', 'ARRAY') OR c.udt_name = 'citext')`,
  );
  const found: string[] = [];
  for (const { table_name, column_name } of columns) {
    const [{ n }] = await ds.query(
      `SELECT count(*)::int AS n FROM "${table_name}" WHERE "${column_name}"::text ILIKE ANY($1::text[])`,
      [needles.map((needle) => `%${needle}%`)],
    );
    if (n > 0) found.push(`${table_name}.${column_name}`);
  }
  return found;
}

describe('UK GDPR: subject access export and erasure', () => {
  let testApp: TestApp;
  let ds: DataSource;
  let personId: string;
  let ownerId: string;
  const NEEDLES = ['Zebedee', 'Quartermaine', 'zq-private-note', '07700 900461'];

  const signedInAs = async (email: string, role: OrganisationRole | 'INSTANCE_ADMIN', organisationId?: string) => {
    const auth = testApp.app.get(AuthService);
    const user = await auth.createUser({ email, name: email, password: 'long enough password', isInstanceAdmin: role === 'INSTANCE_ADMIN' });
    if (organisationId && role !== 'INSTANCE_ADMIN') await auth.addMembership(user.id, organisationId, role);
    const client = testApp.client();
    await client.data(`mutation($input: SignInInput!) { signIn(input: $input) { user { id } } }`, { input: { email, password: 'long enough password' } });
    return client;
  };

  beforeAll(async () => {
    testApp = await startTestApp();
    ds = testApp.dataSource;
    [{ id: ownerId }] = await ds.query(`INSERT INTO organisation (name, type, sector) VALUES ('Larkhill Carers', 'CHARITY', 'VOLUNTARY_AND_COMMUNITY') RETURNING id`);
    const admin = await signedInAs('admin@larkhill.example', OrganisationRole.ORG_ADMIN, ownerId);

    const { createPerson } = await admin.data<{ createPerson: { id: string } }>(
      `mutation($input: CreatePersonInput!) { createPerson(input: $input) { id } }`,
      {
        input: {
          fullName: 'Zebedee Quartermaine', email: 'zebedee.q@example.org', phone: '07700 900461', livedExperience: true,
          lawfulBasis: 'CONSENT', consentDate: '2025-05-01', consentPurpose: 'Partnership contact', privateNotes: 'zq-private-note',
          ownerOrganisationId: ownerId,
        },
      },
    );
    personId = createPerson.id;
    await admin.data(`mutation($input: UpdatePersonInput!) { updatePerson(input: $input) { version } }`, {
      input: { id: personId, version: 1, fullName: 'Zebedee Q. Quartermaine' },
    });
    await admin.data(`mutation($input: AddAffiliationInput!) { addAffiliation(input: $input) { id } }`, {
      input: { personId, organisationId: ownerId, title: 'Carer representative (Zebedee)', isPrimary: true },
    });
    // An activity they attended and a story they told, written directly: other features' inputs are not under test here.
    const [{ id: projectId }] = await ds.query(`INSERT INTO project (name) VALUES ('Carers Café') RETURNING id`);
    const [{ id: activityId }] = await ds.query(`INSERT INTO activity (date, kind, title, project_id) VALUES ('2026-10-02', 'MEETING', 'Carers café', $1) RETURNING id`, [projectId]);
    await ds.query(`INSERT INTO activity_person (activity_id, person_id) VALUES ($1, $2)`, [activityId, personId]);
    const [{ id: outcomeId }] = await ds.query(
      `INSERT INTO outcome (title, owner_project_id, defined_by) VALUES ('Carers feel less alone', $1, 'COMMUNITY') RETURNING id`,
      [projectId],
    );
    await ds.query(
      `INSERT INTO story (outcome_id, title, body, quote, attribution, person_id, consent_given, date)
       VALUES ($1, 'A Tuesday', 'The café changed my week.', 'I have friends now', 'Zebedee, a carer', $2, true, '2026-10-05')`,
      [outcomeId, personId],
    );
  });
  afterAll(() => testApp.close());

  it('exports everything held about the person, for an admin of the holding organisation', async () => {
    const admin = await signedInAs('second.admin@larkhill.example', OrganisationRole.ORG_ADMIN, ownerId);
    const { personalDataExport } = await admin.data<{ personalDataExport: string }>(`query($id: ID!) { personalDataExport(personId: $id) }`, { id: personId });
    const exported = JSON.parse(personalDataExport);
    expect(exported.person).toMatchObject({ fullName: 'Zebedee Q. Quartermaine', email: 'zebedee.q@example.org', privateNotes: 'zq-private-note' });
    expect(exported.affiliations).toEqual([expect.objectContaining({ organisation: 'Larkhill Carers', title: 'Carer representative (Zebedee)' })]);
    expect(exported.activities).toEqual([expect.objectContaining({ title: 'Carers café', project: 'Carers Café' })]);
    expect(exported.stories).toEqual([expect.objectContaining({ attribution: 'Zebedee, a carer' })]);
    expect(exported.changeHistory.map((entry: { action: string }) => entry.action)).toEqual(['CREATE', 'UPDATE', 'CREATE']);
  });

  it('refuses export and erasure to anyone but an admin of the holding organisation', async () => {
    const coordinator = await signedInAs('coordinator@larkhill.example', OrganisationRole.COORDINATOR, ownerId);
    const stranger = await signedInAs('stranger@elsewhere.example', OrganisationRole.ORG_ADMIN, (await ds.query(`INSERT INTO organisation (name, type, sector) VALUES ('Elsewhere', 'CHARITY', 'VOLUNTARY_AND_COMMUNITY') RETURNING id`))[0].id);
    for (const client of [coordinator, stranger]) {
      expect((await client.request(`query($id: ID!) { personalDataExport(personId: $id) }`, { id: personId })).errors?.[0].extensions?.['code']).toBe('FORBIDDEN');
      expect((await client.request(`mutation($id: ID!) { erasePerson(input: { id: $id, version: 2 }) }`, { id: personId })).errors?.[0].extensions?.['code']).toBe('FORBIDDEN');
    }
    expect((await testApp.anonymousClient().request(`query($id: ID!) { personalDataExport(personId: $id) }`, { id: personId })).errors?.[0].extensions?.['code']).toBe('UNAUTHENTICATED');
  });

  it('erases the personal data from every table that can hold it, and keeps anonymous counts', async () => {
    expect((await findEverywhere(ds, NEEDLES)).sort()).toEqual(
      ['affiliation.title', 'audit_log.changes', 'person.email', 'person.full_name', 'person.phone', 'person.private_notes', 'story.attribution'].sort(),
    );
    const admin = await signedInAs('third.admin@larkhill.example', OrganisationRole.ORG_ADMIN, ownerId);
    const stale = await admin.request(`mutation($id: ID!) { erasePerson(input: { id: $id, version: 1 }) }`, { id: personId });
    expect(stale.errors?.[0].extensions?.['code']).toBe('CONFLICT');

    await admin.data(`mutation($id: ID!) { erasePerson(input: { id: $id, version: 2 }) }`, { id: personId });
    expect(await findEverywhere(ds, [...NEEDLES, 'zebedee.q@example.org'])).toEqual([]);

    const [person] = await ds.query(`SELECT full_name, lived_experience, erased_at FROM person WHERE id = $1`, [personId]);
    expect(person).toMatchObject({ full_name: 'Erased person', lived_experience: true });
    expect(person.erased_at).not.toBeNull();
    const [{ n: attended }] = await ds.query(`SELECT count(*)::int AS n FROM activity_person WHERE person_id = $1`, [personId]);
    expect(attended).toBe(1);
    const [{ n: affiliations }] = await ds.query(`SELECT count(*)::int AS n FROM affiliation WHERE person_id = $1`, [personId]);
    expect(affiliations).toBe(1);

    const again = await admin.request(`mutation($id: ID!) { erasePerson(input: { id: $id, version: 3 }) }`, { id: personId });
    expect(again.errors?.[0].message).toMatch(/already been erased/);
  });
});
