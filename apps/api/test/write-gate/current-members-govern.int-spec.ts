import { GraphQLTestClient } from '@cg/api/testing';
import { OrganisationRole } from '@cg/shared/domain';
import { DataSource } from 'typeorm';
import { makeOrganisation } from '../support/org-factories';
import { startTestApp, TestApp } from '../support/test-app';
import { signedInAs } from '../support/users';

/*
 * Write rights follow the one definition of a current membership (currentMembershipSql): a
 * lead whose membership has ended, or not yet started, no longer governs the partnership, and
 * a former member's coordinators no longer log its activities.
 */

const UPDATE = `mutation($input: UpdatePartnershipInput!) { updatePartnership(input: $input) { id version } }`;
const LOG = `mutation($input: CreateActivityInput!) { createActivity(input: $input) { id } }`;

describe('only current members govern a partnership', () => {
  let testApp: TestApp;
  let ds: DataSource;
  let partnershipId: string;
  const clients: Record<string, GraphQLTestClient> = {};

  beforeAll(async () => {
    testApp = await startTestApp();
    ds = testApp.dataSource;
    const host = await makeOrganisation(ds, { name: 'Host Council' });
    const org: Record<string, string> = {};
    for (const key of ['lead', 'formerLead', 'futureLead', 'member', 'formerMember']) org[key] = await makeOrganisation(ds, { name: `${key} trust` });
    [{ id: partnershipId }] = await ds.query(
      `INSERT INTO partnership (name, governance_model, owner_organisation_id, visibility) VALUES ('Dated Leads', 'SINGLE_LEAD', $1, 'PUBLIC') RETURNING id`,
      [host],
    );
    await ds.query(
      `INSERT INTO partnership_membership (partnership_id, organisation_id, role, from_date, to_date) VALUES
         ($1, $2, 'LEAD', NULL, NULL), ($1, $3, 'LEAD', current_date - 400, current_date - 1), ($1, $4, 'CO_LEAD', current_date + 30, NULL),
         ($1, $5, 'CORE_MEMBER', NULL, NULL), ($1, $6, 'CORE_MEMBER', current_date - 400, current_date - 1)`,
      [partnershipId, org.lead, org.formerLead, org.futureLead, org.member, org.formerMember],
    );
    for (const key of ['lead', 'formerLead', 'futureLead']) clients[key] = await signedInAs(testApp, `admin@${key}.example`, org[key], OrganisationRole.ORG_ADMIN);
    for (const key of ['member', 'formerMember']) clients[key] = await signedInAs(testApp, `coordinator@${key}.example`, org[key], OrganisationRole.COORDINATOR);
  });
  afterAll(() => testApp.close());

  const rename = async (client: GraphQLTestClient, name: string) => {
    const [{ version }] = await ds.query('SELECT version FROM partnership WHERE id = $1', [partnershipId]);
    return client.request(UPDATE, { input: { id: partnershipId, name, version } });
  };
  const logMeeting = (client: GraphQLTestClient) => client.request(LOG, { input: { partnershipId, kind: 'MEETING', title: 'Steering group' } });

  it('refuses a lead whose membership ended or has not started', async () => {
    for (const who of ['formerLead', 'futureLead']) {
      const result = await rename(clients[who], `Renamed by ${who}`);
      expect({ who, code: result.errors?.[0].extensions?.['code'] }).toEqual({ who, code: 'FORBIDDEN' });
    }
    const result = await rename(clients['lead'], 'Renamed by the lead');
    expect(result.errors).toBeUndefined();
  });

  it("refuses a former member's coordinator and accepts a current member's", async () => {
    expect((await logMeeting(clients['formerMember'])).errors?.[0].extensions?.['code']).toBe('FORBIDDEN');
    expect((await logMeeting(clients['member'])).errors).toBeUndefined();
  });
});
