import type { GraphQLTestClient } from '@cg/api/testing';
import { OrganisationRole } from '@cg/shared/domain';
import { cookieOf, download, importCsvAndWait, postFile } from '../support/csv-upload';
import { addIdentifier, makeOrganisation, makePartnership, makeProject } from '../support/org-factories';
import { startTestApp, TestApp } from '../support/test-app';
import { signedInAs } from '../support/users';

interface Report {
  kind: string;
  dryRun: boolean;
  problem: string | null;
  columns: string[];
  mapping: Record<string, string>;
  counts: {
    rows: number;
    created: number;
    updated: number;
    matched: number;
    rejected: number;
    needsConfirmation: number;
  };
  rows: {
    line: number;
    action: string;
    label: string;
    recordId: string | null;
    errors: { field: string; reason: string }[];
    note: string | null;
  }[];
  matchesToConfirm: {
    field: string;
    text: string;
    key: string;
    candidates: { id: string; name: string; similarity: number }[];
  }[];
  importId: string | null;
}

const ORGANISATIONS = `name,type,identifiers,postcode,themes
Old Trafford Youth Club,community group,GB-CHC-1100001,M16 0AB,youth; sport
Sale Foodbank,CHARITY,GB-CHC-1100002,M33 7XX,food
`;

describe('CSV import: dry run, mapping, row errors, fuzzy matches, idempotence and broken files', () => {
  let testApp: TestApp;
  let home: string;
  let stranger: string;
  let homeAdmin: GraphQLTestClient;
  let homeViewer: GraphQLTestClient;
  let strangerAdmin: GraphQLTestClient;
  let kitchen: string;

  beforeAll(async () => {
    testApp = await startTestApp();
    const ds = testApp.dataSource;
    home = await makeOrganisation(ds, { name: 'Trafford Community Network' });
    stranger = await makeOrganisation(ds, { name: 'Unrelated Trust' });
    kitchen = await makeOrganisation(ds, { name: 'Stretford Community Kitchen' });
    await addIdentifier(ds, kitchen, 'GB-CHC-1234567');
    const partnership = await makePartnership(ds, 'Trafford Food Partnership');
    const project = await makeProject(ds, 'Summer Holiday Meals');
    await ds.query(`UPDATE partnership SET owner_organisation_id = $1 WHERE id = $2`, [home, partnership]);
    await ds.query(`UPDATE project SET owner_organisation_id = $1 WHERE id = $2`, [home, project]);
    await ds.query(`INSERT INTO project_participant (project_id, organisation_id, role) VALUES ($1, $2, 'LEAD')`, [
      project,
      home,
    ]);
    const [outcome] = await ds.query(
      `INSERT INTO outcome (title, owner_organisation_id, owner_project_id, defined_by) VALUES ('Fewer hungry families', $1, $2, 'COMMUNITY') RETURNING id`,
      [home, project],
    );
    await ds.query(
      `INSERT INTO indicator (outcome_id, name, unit, owner_organisation_id) VALUES ($1, 'Families fed', 'families', $2)`,
      [outcome.id, home],
    );
    homeAdmin = await signedInAs(testApp, 'admin@home.example', home);
    homeViewer = await signedInAs(testApp, 'viewer@home.example', home, OrganisationRole.VIEWER);
    strangerAdmin = await signedInAs(testApp, 'admin@stranger.example', stranger);
  });
  afterAll(() => testApp?.close());

  const importCsv = (
    kind: string,
    csv: string | Buffer,
    query: Record<string, unknown> = {},
    client: GraphQLTestClient | null = homeAdmin,
  ) => importCsvAndWait<Report>(testApp, kind, csv, client, { name: `${kind}.csv`, ...query });

  /** Every record and audit row, to prove a refused or dry-run import changed nothing. */
  async function snapshot(): Promise<Record<string, number>> {
    const tables = [
      'organisation',
      'organisation_identifier',
      'person',
      'relationship',
      'partnership_membership',
      'activity',
      'measurement',
      'audit_log',
      'csv_import',
      'csv_column_mapping',
    ];
    const counts: Record<string, number> = {};
    for (const table of tables)
      counts[table] = Number((await testApp.dataSource.query(`SELECT count(*) FROM ${table}`))[0].count);
    return counts;
  }

  it('dry-runs a file: says what each row would do and changes nothing', async () => {
    const before = await snapshot();
    const { status, body } = await importCsv('organisations', ORGANISATIONS);
    expect(status).toBe(200);
    expect(body).toMatchObject({
      dryRun: true,
      problem: null,
      counts: { rows: 2, created: 2, rejected: 0 },
      importId: null,
    });
    expect(body.rows.map((row) => [row.line, row.action, row.label])).toEqual([
      [2, 'CREATED', 'Old Trafford Youth Club'],
      [3, 'CREATED', 'Sale Foodbank'],
    ]);
    expect(await snapshot()).toEqual(before);
  });

  it('imports in one go, owned by the importing organisation with the chosen visibility, with one audit entry naming the file, counts and who ran it', async () => {
    const { body } = await importCsv('organisations', ORGANISATIONS, {
      dryRun: 'false',
      visibility: 'PRIVATE',
      source: 'Members spreadsheet',
    });
    expect(body.counts).toMatchObject({ rows: 2, created: 2 });
    const rows = await testApp.dataSource.query(
      `SELECT o.name, o.type, o.postcode, o.themes, o.visibility, o.owner_organisation_id AS owner, i.identifier
       FROM organisation o JOIN organisation_identifier i ON i.organisation_id = o.id WHERE o.name IN ('Old Trafford Youth Club', 'Sale Foodbank') ORDER BY o.name`,
    );
    expect(rows).toEqual([
      {
        name: 'Old Trafford Youth Club',
        type: 'COMMUNITY_GROUP',
        postcode: 'M16 0AB',
        themes: ['youth', 'sport'],
        visibility: 'PRIVATE',
        owner: home,
        identifier: 'GB-CHC-1100001',
      },
      {
        name: 'Sale Foodbank',
        type: 'CHARITY',
        postcode: 'M33 7XX',
        themes: ['food'],
        visibility: 'PRIVATE',
        owner: home,
        identifier: 'GB-CHC-1100002',
      },
    ]);
    const [entry] = await testApp.dataSource.query(
      `SELECT a.changes, u.email FROM audit_log a JOIN user_account u ON u.id = a.actor_id WHERE a.record_type = 'csv_import' AND a.record_id = $1`,
      [body.importId],
    );
    expect(entry.email).toBe('admin@home.example');
    expect(entry.changes).toMatchObject({
      fileName: { after: 'organisations.csv' },
      created: { after: 2 },
      rejected: { after: 0 },
    });
  });

  it('lists the import in the history of its organisation only', async () => {
    const query = `{ csvImports(first: 10) { totalCount nodes { kind fileName source status created rejected startedByName organisationName } } }`;
    type History = { csvImports: { totalCount: number; nodes: Record<string, unknown>[] } };
    const mine = await homeAdmin.data<History>(query);
    expect(mine.csvImports.nodes[0]).toEqual({
      kind: 'organisations',
      fileName: 'organisations.csv',
      source: 'Members spreadsheet',
      status: 'SUCCEEDED',
      created: 2,
      rejected: 0,
      startedByName: 'admin@home.example',
      organisationName: 'Trafford Community Network',
    });
    expect((await strangerAdmin.data<History>(query)).csvImports.totalCount).toBe(0);
  });

  it('runs a real import as a background job: counted rows, progress, the report on the job, seen by its organisation only', async () => {
    const csv = 'name,type\nJob Test One,CHARITY\nJob Test Two,CHARITY\n"Bad, Type",NOT A TYPE\n';
    const { status, job, body } = await importCsv('organisations', csv, { dryRun: 'false' });
    expect(status).toBe(202);
    expect(job).toMatchObject({
      kind: 'csv',
      status: 'SUCCEEDED',
      rowsTotal: 3,
      rowsRead: 3,
      report: { rowsRead: 3, inserted: 2, unmatchedCount: 1, resultId: body.importId },
    });
    expect(body.counts).toMatchObject({ rows: 3, created: 2, rejected: 1 });
    const seen = `query ($id: ID!) { importJob(id: $id) { id } }`;
    expect((await strangerAdmin.request(seen, { id: job?.id })).errors?.[0].extensions?.['code']).toBe('NOT_FOUND');
    // One audit entry for the import (the history entry's), none more for the job.
    const [{ count }] = await testApp.dataSource.query(
      `SELECT count(*)::int FROM audit_log WHERE record_type = 'import_job' AND record_id = $1`,
      [job?.id],
    );
    expect(count).toBe(0);
    expect((await download(testApp, `/imports/csv/${body.importId}/report`, strangerAdmin)).status).toBe(404);
  });

  it('changes nothing when the same file is imported again, and updates only what a newer file changed', async () => {
    const before = await snapshot();
    const again = await importCsv('organisations', ORGANISATIONS, { dryRun: 'false', source: 'Members spreadsheet' });
    expect(again.body.counts).toMatchObject({ rows: 2, created: 0, updated: 0, matched: 2 });
    const after = await snapshot();
    // One history row and its audit entry; not one record or record audit row more.
    expect(after).toEqual({ ...before, csv_import: before['csv_import'] + 1, audit_log: before['audit_log'] + 1 });
    const newer = await importCsv('organisations', ORGANISATIONS.replace('M33 7XX', 'M33 7YY'), { dryRun: 'false' });
    expect(newer.body.counts).toMatchObject({ created: 0, updated: 1, matched: 1 });
    expect(newer.body.rows[1]).toMatchObject({ action: 'UPDATED', note: 'changed postcode' });
  });

  it('says a row repeating an update made by an earlier row of the same file matched, and writes it once', async () => {
    const twice = `name,type,identifiers,postcode,themes
Sale Foodbank,CHARITY,GB-CHC-1100002,M33 7ZZ,food
Sale Foodbank,CHARITY,GB-CHC-1100002,M33 7ZZ,food
`;
    const { body } = await importCsv('organisations', twice, { dryRun: 'false' });
    expect(body.rows.map((row) => row.action)).toEqual(['UPDATED', 'MATCHED']);
    expect(body.counts).toMatchObject({ updated: 1, matched: 1 });
  });

  it('keeps imported PRIVATE records from other organisations', async () => {
    const query = `query ($search: String) { organisations(search: $search) { totalCount nodes { name } } }`;
    type List = { organisations: { totalCount: number } };
    expect((await homeAdmin.data<List>(query, { search: 'Sale Foodbank' })).organisations.totalCount).toBe(1);
    expect((await strangerAdmin.data<List>(query, { search: 'Sale Foodbank' })).organisations.totalCount).toBe(0);
  });

  it('remembers the column mapping of a source for its next file', async () => {
    const csv = 'Full Name,E-mail address,Consent given on\nAisha Khan,aisha@example.org,31/03/2025\n';
    const mapping = { fullName: 'Full Name', email: 'E-mail address', consentDate: 'Consent given on' };
    const first = await importCsv('people', csv, { dryRun: 'false', source: 'Volunteer sign-up form', mapping });
    expect(first.body.counts).toMatchObject({ created: 1 });
    const next = await importCsv(
      'people',
      'Full Name,E-mail address,Consent given on\nBen Ode,ben@example.org,2025-04-01\n',
      {
        source: 'Volunteer sign-up form',
      },
    );
    expect(next.body.mapping).toEqual(mapping);
    expect(next.body.counts).toMatchObject({ created: 1, rejected: 0 });
    // Another source starts from the headings alone: "Full Name" is the field's label, the others are not.
    const other = await importCsv('people', 'Full Name,E-mail address\nCara Lee,cara@example.org\n', {
      source: 'Another form',
    });
    expect(other.body.mapping).toEqual({ fullName: 'Full Name' });
    const [{ consent_date }] = await testApp.dataSource.query(
      `SELECT consent_date::text FROM person WHERE email = 'aisha@example.org'`,
    );
    expect(consent_date).toBe('2025-03-31');
  });

  it('reports bad rows by field and reason, imports the rest, and takes back its corrected error file', async () => {
    const csv = `date,kind,title,project,attendance
2025-03-01,MEETING,Planning meeting,Summer Holiday Meals,12
31/02/2025,WORKSHOP,Cooking workshop,Summer Holiday Meals,many
2025-03-20,PICNIC,Park lunch,Summer Holiday Meals,40
`;
    const { body } = await importCsv('activities', csv, { dryRun: 'false' });
    expect(body.counts).toMatchObject({ rows: 3, created: 1, rejected: 2 });
    expect(body.rows[1].errors).toEqual([
      { field: 'date', reason: '“31/02/2025” is not a date; write it as dd/mm/yyyy (31/03/2025) or yyyy-mm-dd' },
      { field: 'attendance', reason: '“many” is not a number' },
    ]);
    expect(body.rows[2].errors[0]).toMatchObject({
      field: 'kind',
      reason: expect.stringContaining('“PICNIC” is not one of MEETING'),
    });

    const errors = await download(testApp, `/imports/csv/${body.importId}/errors.csv`, homeAdmin);
    expect(errors.status).toBe(200);
    const text = errors.bytes.toString('utf8');
    expect(text.split('\n')[0]).toBe('date,kind,title,project,attendance,error');
    expect(text).toContain(
      '31/02/2025,WORKSHOP,Cooking workshop,Summer Holiday Meals,many,date: “31/02/2025” is not a date',
    );
    expect((await download(testApp, `/imports/csv/${body.importId}/errors.csv`, strangerAdmin)).status).toBe(404);

    // A dry run keeps nothing, so its error file is made from the report the screen holds.
    const dry = await importCsv('activities', csv);
    const fromReport = await fetch(`${testApp.url}/imports/csv-errors`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: cookieOf(homeAdmin) },
      body: JSON.stringify(dry.body),
    });
    expect(fromReport.status).toBe(200);
    expect(await fromReport.text()).toBe(text);

    const fixed = text.replace('31/02/2025', '28/02/2025').replace(',many,', ',25,').replace('PICNIC', 'EVENT');
    const again = await importCsv('activities', fixed, { dryRun: 'false' });
    expect(again.body.counts).toMatchObject({ rows: 2, created: 2, rejected: 0 });
    const [{ count }] = await testApp.dataSource.query(
      `SELECT count(*)::int FROM activity WHERE owner_organisation_id = $1`,
      [home],
    );
    expect(count).toBe(3);
  });

  it('links relations by org-id or exact name, and asks before using a near name', async () => {
    const csv = `from,to,type
Trafford Community Network,GB-CHC-1234567,FUNDS
Trafford Community Network,Stretford Comunity Kitchen,REFERS_TO
`;
    const dry = await importCsv('relationships', csv);
    expect(dry.body.counts).toMatchObject({ created: 1, needsConfirmation: 1 });
    expect(dry.body.matchesToConfirm).toEqual([
      {
        field: 'to',
        kind: 'organisation',
        text: 'Stretford Comunity Kitchen',
        key: 'organisation:Stretford Comunity Kitchen',
        candidates: [expect.objectContaining({ id: kitchen, name: 'Stretford Community Kitchen' })],
      },
    ]);
    const confirmed = await importCsv('relationships', csv, {
      dryRun: 'false',
      confirmations: { 'organisation:Stretford Comunity Kitchen': kitchen },
    });
    expect(confirmed.body.counts).toMatchObject({ created: 2, needsConfirmation: 0 });
    const ties = await testApp.dataSource.query(
      `SELECT type FROM relationship WHERE from_organisation_id = $1 AND to_organisation_id = $2 ORDER BY type`,
      [home, kitchen],
    );
    expect(ties.map((t: { type: string }) => t.type)).toEqual(['FUNDS', 'REFERS_TO']);
  });

  it('imports memberships and measurements by name', async () => {
    const members = await importCsv(
      'memberships',
      'partnership,organisation,role,cashContribution\nTrafford Food Partnership,GB-CHC-1234567,DELIVERY_PARTNER,"£1,500"\n',
      { dryRun: 'false' },
    );
    expect(members.body.counts).toMatchObject({ created: 1 });
    const readings = await importCsv(
      'measurements',
      'indicator,value,date\nFamilies fed,120,31/03/2025\nFamilies fed,140,30/04/2025\n',
      { dryRun: 'false' },
    );
    expect(readings.body.counts).toMatchObject({ created: 2 });
    const [{ cash }] = await testApp.dataSource.query(
      `SELECT cash_contribution::float AS cash FROM partnership_membership WHERE organisation_id = $1`,
      [kitchen],
    );
    expect(cash).toBe(1500);
  });

  describe('broken files get a clear report and change nothing', () => {
    const cases: [string, string | Buffer, RegExp][] = [
      [
        'wrong columns',
        'Organisation,Category\nA,B\n',
        /no column for name \(Name\), type \(Type\).*“Organisation”, “Category”/,
      ],
      ['an empty file', '', /The file is empty/],
      ['a header and no rows', 'name,type\n', /no rows to import/],
      [
        'a file in Windows-1252, not UTF-8',
        Buffer.from('name,type\nCaf\xe9 Nova,CHARITY\n', 'latin1'),
        /not UTF-8 text/,
      ],
      [
        'a file in UTF-16',
        Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('name,type\n', 'utf16le')]),
        /not UTF-8 text/,
      ],
      ['an unclosed quote', 'name,type\n"Broken,CHARITY\n', /could not be read as CSV/],
    ];
    it.each(cases)('%s', async (_label, csv, problem) => {
      const before = await snapshot();
      const { status, body, job } = await importCsv('organisations', csv, { dryRun: 'false' });
      expect(status).toBe(202);
      expect(body.problem).toMatch(problem);
      expect(job).toMatchObject({ status: 'FAILED', error: expect.stringMatching(problem) });
      const after = await snapshot();
      // Only the history of the failed import: no record, no audit entry.
      expect(after).toEqual({ ...before, csv_import: before['csv_import'] + 1 });
    });

    it('rolls back every row when the file turns out broken halfway', async () => {
      const before = await snapshot();
      const csv = Buffer.concat([
        Buffer.from('name,type\nFirst Good Org,CHARITY\n'),
        Buffer.from('Caf\xe9 Nova,CHARITY\n', 'latin1'),
      ]);
      const { body } = await importCsv('organisations', csv, { dryRun: 'false' });
      expect(body.problem).toMatch(/not UTF-8/);
      expect((await snapshot())['organisation']).toBe(before['organisation']);
    });
  });

  describe('permissions', () => {
    it('refuses signed-out callers, viewers, other organisations, forged uploads and unknown kinds', async () => {
      const before = await snapshot();
      expect((await importCsv('organisations', ORGANISATIONS, { dryRun: 'false' }, null)).status).toBe(401);
      const viewer = await importCsv('organisations', ORGANISATIONS, { dryRun: 'false' }, homeViewer);
      expect(viewer).toMatchObject({ status: 403, body: { error: { code: 'FORBIDDEN' } } });
      const other = await importCsv(
        'organisations',
        ORGANISATIONS,
        { dryRun: 'false', organisationId: home },
        strangerAdmin,
      );
      expect(other.status).toBe(403);
      const forged = await postFile(
        testApp,
        '/imports/csv/organisations',
        ORGANISATIONS,
        homeAdmin,
        { dryRun: 'false' },
        {},
      );
      expect(forged.status).toBe(400);
      expect((await importCsv('grants', ORGANISATIONS)).body.error?.message).toMatch(/not a kind of CSV import/);
      expect(await snapshot()).toEqual(before);
    });

    it('lets an instance admin with no organisation import on behalf of the organisation they choose', async () => {
      const instanceAdmin = testApp.client();
      const csv = 'name,type\nInstance Admin Import Group,CHARITY\n';
      const unnamed = await importCsv('organisations', csv, {}, instanceAdmin);
      expect(unnamed).toMatchObject({ status: 400, body: { error: { code: 'BAD_USER_INPUT' } } });
      expect(unnamed.body.error?.message).toMatch(/which organisation/);
      const dry = await importCsv('organisations', csv, { organisationId: stranger }, instanceAdmin);
      expect(dry.body.counts).toMatchObject({ created: 1 });
      const real = await importCsv('organisations', csv, { organisationId: stranger, dryRun: 'false' }, instanceAdmin);
      expect(real.job?.status).toBe('SUCCEEDED');
      const [row] = await testApp.dataSource.query(
        `SELECT owner_organisation_id AS owner FROM organisation WHERE name = 'Instance Admin Import Group'`,
      );
      expect(row.owner).toBe(stranger);
    });

    it('lets a coordinator import the activity log but not organisations', async () => {
      const coordinator = await signedInAs(testApp, 'coordinator@home.example', home, OrganisationRole.COORDINATOR);
      expect((await importCsv('organisations', ORGANISATIONS, {}, coordinator)).status).toBe(403);
      const log = await importCsv(
        'activities',
        'date,kind,title,project\n2025-05-01,NOTE,Note from the coordinator,Summer Holiday Meals\n',
        {},
        coordinator,
      );
      expect(log.body.counts).toMatchObject({ created: 1 });
    });

    it('exports only what the organisation owns, and only to its admins', async () => {
      const csv = await download(testApp, `/exports/csv/organisations?organisationId=${home}`, homeAdmin);
      expect(csv.status).toBe(200);
      const text = csv.bytes.toString('utf8');
      expect(text.split('\n')[0]).toBe(
        'name,type,identifiers,description,website,email,phone,postcode,themes,incomeBand,size,visibility',
      );
      expect(text).toContain('Sale Foodbank,CHARITY,GB-CHC-1100002');
      expect(text).not.toContain('Stretford Community Kitchen');
      expect((await download(testApp, `/exports/csv/organisations?organisationId=${home}`, strangerAdmin)).status).toBe(
        403,
      );
      expect((await download(testApp, `/exports/csv/organisations?organisationId=${home}`, homeViewer)).status).toBe(
        403,
      );
      expect((await download(testApp, `/exports/archive?organisationId=${home}`, null)).status).toBe(401);
    });
  });

  it('defuses spreadsheet formulas in exports and reads them back as written', async () => {
    await importCsv('people', 'fullName,email\n"=HYPERLINK(""http://evil.example"")",formula@example.org\n', {
      dryRun: 'false',
      source: 'formula test',
    });
    const text = (await download(testApp, `/exports/csv/people?organisationId=${home}`, homeAdmin)).bytes.toString(
      'utf8',
    );
    expect(text).toContain(`"'=HYPERLINK(""http://evil.example"")",formula@example.org`);
    const again = await importCsv('people', text, { source: 'export' });
    expect(again.body.counts).toMatchObject({ created: 0, rejected: 0 });
  });
});
