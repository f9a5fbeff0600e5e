import { GraphQLTestClient } from '@cg/api/testing';
import { OrganisationRole } from '@cg/shared/domain';
import { DataSource } from 'typeorm';
import { makeOrganisation, makePlace } from '../support/org-factories';
import { startTestApp, TestApp } from '../support/test-app';
import { signedInAs } from '../support/users';

/*
 * Issue #10, finding 4: changes to link tables and child rows (places, targeted outcomes,
 * funding schedules, the primary-affiliation switch) are audited with the record's owner,
 * so the owning organisation's admins see them in the audit log.
 */

type Created = Record<string, { id: string; version: number }>;

describe('audit rows of link and child changes name the owner', () => {
  let testApp: TestApp;
  let ds: DataSource;
  let homeId: string;
  let homeAdmin: GraphQLTestClient;
  let placeId: string;

  beforeAll(async () => {
    testApp = await startTestApp();
    ds = testApp.dataSource;
    homeId = await makeOrganisation(ds, { name: 'Home Trust' });
    placeId = await makePlace(ds, { name: 'Abbey' });
    homeAdmin = await signedInAs(testApp, 'admin@home.example', homeId, OrganisationRole.ORG_ADMIN);
  });
  afterAll(() => testApp.close());

  const mutate = async (name: string, input: Record<string, unknown>) => {
    const type = `${name[0].toUpperCase()}${name.slice(1)}Input`;
    const data = await homeAdmin.data<Created>(`mutation($input: ${type}!) { ${name}(input: $input) { id version } }`, {
      input,
    });
    return data[name];
  };

  /** What the home organisation's admin sees of a record's history: the fields of each entry. */
  const seenByOwnerAdmin = async (recordId: string): Promise<string[][]> => {
    const { auditLog } = await homeAdmin.data<{ auditLog: { nodes: { changes: { field: string }[] }[] } }>(
      `query($filter: AuditEntryFilter) { auditLog(filter: $filter) { nodes { changes { field } } } }`,
      { filter: { recordId: { eq: recordId } } },
    );
    return auditLog.nodes.map((node) => node.changes.map((change) => change.field));
  };
  const ownerless = async (recordId: string) =>
    Number(
      (
        await ds.query('SELECT count(*) FROM audit_log WHERE record_id = $1 AND owner_organisation_id IS NULL', [
          recordId,
        ])
      )[0].count,
    );

  it('partnership places: one audit row with the owner, the version moved on once', async () => {
    const partnership = await mutate('createPartnership', {
      name: 'Abbey Alliance',
      governanceModel: 'INFORMAL_NETWORK',
    });
    const updated = await mutate('updatePartnership', {
      id: partnership.id,
      version: partnership.version,
      placeIds: [placeId],
    });
    expect(updated.version).toBe(partnership.version + 1);
    expect(await seenByOwnerAdmin(partnership.id)).toContainEqual(['placeIds']);
    expect(await ownerless(partnership.id)).toBe(0);
  });

  it('project places and targeted outcomes, with a column change, in one audit row', async () => {
    const project = await mutate('createProject', { name: 'Abbey Gardens' });
    const outcome = await mutate('createOutcome', {
      title: 'Greener streets',
      definedBy: 'COMMUNITY',
      ownerProjectId: project.id,
    });
    const current = (await ds.query('SELECT version FROM project WHERE id = $1', [project.id]))[0].version;
    const updated = await mutate('updateProject', {
      id: project.id,
      version: current,
      name: 'Abbey Gardens II',
      placeIds: [placeId],
      targetedOutcomeIds: [outcome.id],
    });
    expect(updated.version).toBe(current + 1);
    expect((await seenByOwnerAdmin(project.id))[0].sort()).toEqual(['name', 'placeIds', 'targetedOutcomeIds']);
    expect(await ownerless(project.id)).toBe(0);
  });

  it('a funding schedule', async () => {
    const funding = await mutate('createFunding', {
      funderOrganisationId: homeId,
      recipientOrganisationId: homeId,
      amount: 100,
    });
    await mutate('updateFunding', {
      id: funding.id,
      version: funding.version,
      schedule: [{ dueDate: '2030-01-01', amount: 100 }],
    });
    expect(await seenByOwnerAdmin(funding.id)).toContainEqual(['schedule']);
    expect(await ownerless(funding.id)).toBe(0);
  });

  it('the primary-affiliation switch audits the demoted affiliation with its owner', async () => {
    const person = await mutate('createPerson', { fullName: 'Asha Patel' });
    const first = await mutate('addAffiliation', { personId: person.id, organisationId: homeId, isPrimary: true });
    await mutate('addAffiliation', { personId: person.id, organisationId: homeId, isPrimary: true, title: 'Trustee' });
    expect(await seenByOwnerAdmin(first.id)).toContainEqual(['isPrimary']);
    expect(await ownerless(first.id)).toBe(0);
  });
});
