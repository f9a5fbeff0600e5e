import { startTestApp, TestApp } from '../support/test-app';

const CREATE = `mutation Create($input: CreateOrganisationInput!) {
  createOrganisation(input: $input) { id name type sector version themes archivedAt }
}`;
const UPDATE = `mutation Update($input: UpdateOrganisationInput!) {
  updateOrganisation(input: $input) { id name website version }
}`;
const ARCHIVE = `mutation Archive($input: RecordVersionInput!) { archiveOrganisation(input: $input) { id version archivedAt } }`;
const RESTORE = `mutation Restore($input: RecordVersionInput!) { restoreOrganisation(input: $input) { id version archivedAt } }`;

interface Created {
  createOrganisation: { id: string; name: string; type: string; sector: string; version: number };
}

describe('organisation writes', () => {
  let testApp: TestApp;
  beforeAll(async () => (testApp = await startTestApp()));
  afterAll(() => testApp.close());

  const create = (input: Record<string, unknown>) => testApp.client().request<Created>(CREATE, { input });
  const tableCount = async (table: string) => Number((await testApp.dataSource.query(`SELECT count(*) FROM ${table}`))[0].count);

  it('creates an organisation with its sector from its type and its identifiers', async () => {
    const result = await create({ name: 'Harrowby Food Network', type: 'CHARITY', identifiers: ['GB-CHC-1234567', 'gb-coh-01234567'], themes: ['Food'] });
    expect(result.errors).toBeUndefined();
    expect(result.data?.createOrganisation).toMatchObject({ name: 'Harrowby Food Network', sector: 'VOLUNTARY_AND_COMMUNITY', version: 1 });
    const ids = await testApp.dataSource.query('SELECT identifier, is_primary FROM organisation_identifier ORDER BY is_primary DESC');
    expect(ids).toEqual([
      { identifier: 'GB-CHC-1234567', is_primary: true },
      { identifier: 'GB-COH-01234567', is_primary: false },
    ]);
  });

  it.each([
    [{ name: 'X', type: 'CHARITY' }, 'name', /between 2 and 200/],
    [{ name: 'Good Name', type: 'CHARITY', website: 'not a url' }, 'website', /https:\/\//],
    [{ name: 'Good Name', type: 'CHARITY', postcode: '12345' }, 'postcode', /UK postcode/],
    [{ name: 'Good Name', type: 'CHARITY', email: 'nobody' }, 'email', /email address/],
    [{ name: 'Good Name', type: 'CHARITY', identifiers: ['GB-CHC-12AB'] }, 'identifiers.0', /Charity Commission/],
  ])('refuses bad input %j naming the field, and writes nothing', async (input, field, message) => {
    const before = await tableCount('organisation');
    const result = await create(input);
    expect(result.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect(result.errors?.[0].message).toMatch(message);
    expect(await tableCount('organisation')).toBe(before);
  });

  it('refuses an identifier another organisation holds, and leaves no half-made organisation', async () => {
    const before = await tableCount('organisation');
    const result = await create({ name: 'Copycat Trust', type: 'CHARITY', identifiers: ['GB-CHC-1234567'] });
    expect(result.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', field: 'identifier' });
    expect(await tableCount('organisation')).toBe(before);
  });

  it('updates with the version read, and refuses a stale version with the current record', async () => {
    const { data } = await create({ name: 'Oakbridge Youth Trust', type: 'CHARITY' });
    const id = data!.createOrganisation.id;
    const first = await testApp.client().data<{ updateOrganisation: { version: number } }>(UPDATE, {
      input: { id, version: 1, website: 'https://oakbridge-youth.example' },
    });
    expect(first.updateOrganisation.version).toBe(2);

    const stale = await testApp.client().request(UPDATE, { input: { id, version: 1, name: 'Overwritten' } });
    expect(stale.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', currentVersion: 2 });
    expect(stale.errors?.[0].message).toMatch(/Someone else changed this organisation/);
    const [row] = await testApp.dataSource.query('SELECT name FROM organisation WHERE id = $1', [id]);
    expect(row.name).toBe('Oakbridge Youth Trust');
  });

  it('lets only one of two simultaneous edits of the same version win', async () => {
    const { data } = await create({ name: 'Race Condition CIC', type: 'SOCIAL_ENTERPRISE' });
    const id = data!.createOrganisation.id;
    const results = await Promise.all(
      ['Edit A', 'Edit B', 'Edit C'].map((name) => testApp.client().request(UPDATE, { input: { id, version: 1, name } })),
    );
    expect(results.filter((r) => !r.errors)).toHaveLength(1);
    expect(results.filter((r) => r.errors?.[0].extensions?.['code'] === 'CONFLICT')).toHaveLength(2);
  });

  it('archives and restores instead of deleting, each step audited with before and after', async () => {
    const { data } = await create({ name: 'Saltmarsh Arts Circle', type: 'COMMUNITY_GROUP' });
    const id = data!.createOrganisation.id;
    const archived = await testApp.client().data<{ archiveOrganisation: { version: number; archivedAt: string } }>(ARCHIVE, { input: { id, version: 1 } });
    expect(archived.archiveOrganisation.archivedAt).toBeTruthy();
    const again = await testApp.client().request(ARCHIVE, { input: { id, version: 2 } });
    expect(again.errors?.[0].message).toMatch(/already archived/);
    const restored = await testApp.client().data<{ restoreOrganisation: { archivedAt: string | null } }>(RESTORE, { input: { id, version: 2 } });
    expect(restored.restoreOrganisation.archivedAt).toBeNull();

    const audit = await testApp.dataSource.query('SELECT action, changes FROM audit_log WHERE record_id = $1 ORDER BY id', [id]);
    expect(audit.map((row: { action: string }) => row.action)).toEqual(['CREATE', 'ARCHIVE', 'RESTORE']);
    expect(audit[0].changes.name).toEqual({ before: null, after: 'Saltmarsh Arts Circle' });
    expect(audit[1].changes.archivedAt.before).toBeNull();
  });

  it('answers NOT_FOUND for an unknown id', async () => {
    const result = await testApp.client().request(`{ organisation(id: "00000000-0000-4000-8000-000000000000") { id } }`);
    expect(result.errors?.[0].extensions?.['code']).toBe('NOT_FOUND');
  });
});
