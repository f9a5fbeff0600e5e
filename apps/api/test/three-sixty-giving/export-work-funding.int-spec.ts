import { grantSchema } from '@cg/api/feature/three-sixty-giving';
import { addParticipant, makeFunding, makeOrganisation, makePartnership, makeProject } from '../support/org-factories';
import { startTestApp, TestApp } from '../support/test-app';

interface Grant {
  id: string;
  title: string;
  description: string;
  amountAwarded: number;
  recipientOrganization: { id: string; name: string }[];
}

/**
 * Funding to a partnership or a project is exported too: the standard's recipient is an
 * organisation, so it is the one that receives the money on their behalf (a project's lead
 * partner, else its owner; a partnership's owner), and the work is named in the description.
 */
describe('360Giving export of funding to partnerships and projects', () => {
  let testApp: TestApp;
  beforeAll(async () => (testApp = await startTestApp()));
  afterAll(() => testApp?.close());

  it('exports them as grants to the organisation holding the money, valid against the schema', async () => {
    const ds = testApp.dataSource;
    const funder = await makeOrganisation(ds, { name: 'Work Funder Trust' });
    const accountable = await makeOrganisation(ds, { name: 'Accountable Body CIC' });
    const lead = await makeOrganisation(ds, { name: 'Lead Partner Charity' });
    const partnership = await makePartnership(ds, 'Healthy Streets Partnership');
    await ds.query(`UPDATE partnership SET owner_organisation_id = $1 WHERE id = $2`, [accountable, partnership]);
    const project = await makeProject(ds, 'Playground Rebuild');
    await ds.query(`UPDATE project SET owner_organisation_id = $1 WHERE id = $2`, [accountable, project]);
    const participant = await addParticipant(ds, project, lead);
    await ds.query(`UPDATE project_participant SET role = 'LEAD' WHERE id = $1`, [participant]);
    await makeFunding(ds, funder, { partnershipId: partnership }, 25000);
    await makeFunding(ds, funder, { projectId: project }, 4000);
    await makeFunding(ds, funder, { organisationId: lead }, 1000);

    const response = await fetch(`${testApp.url}/exports/360giving?funder=${funder}`, {
      headers: {
        cookie: Object.entries(testApp.client().cookieJar())
          .map(([k, v]) => `${k}=${v}`)
          .join('; '),
      },
    });
    expect(response.status).toBe(200);
    const exported = (await response.json()) as { grants: Grant[] };
    expect(grantSchema().validatePackage(exported)).toBe(true);
    const byAmount = new Map(exported.grants.map((grant) => [grant.amountAwarded, grant]));
    expect(exported.grants).toHaveLength(3);
    expect(byAmount.get(25000)).toMatchObject({
      title: 'Grant to Healthy Streets Partnership',
      description: expect.stringContaining('For Healthy Streets Partnership, received by Accountable Body CIC.'),
      recipientOrganization: [{ name: 'Accountable Body CIC' }],
    });
    expect(byAmount.get(4000)).toMatchObject({
      title: 'Grant to Playground Rebuild',
      recipientOrganization: [{ name: 'Lead Partner Charity' }],
    });
    expect(byAmount.get(1000)?.description).not.toContain('received by');
  });
});
