import { startTestApp, TestApp } from '../support/test-app';
import { addMembership, createPartnership, makeOrganisation } from '../support/partnership-factories';

const ARCHIVE_MEMBER = `mutation ($input: RecordVersionInput!) { archiveMembership(input: $input) { id } }`;
const MEMBERS = `query ($id: ID!) {
  partnership(id: $id) {
    memberCount
    decisionSeatCount
    members { organisationId }
    everyone: members(current: false) { organisationId }
    collaboration { key value explanation }
  }
}`;
const MEMBER_OF = `query ($id: ID!) { organisations(filter: { memberOfPartnership: { eq: $id } }) { nodes { id } } }`;

interface Answer {
  memberCount: number;
  decisionSeatCount: number;
  members: { organisationId: string }[];
  everyone: { organisationId: string }[];
  collaboration: { key: string; value: number | null; explanation: string }[];
}

/** "Current membership" has one definition: not archived, started and not ended. */
describe('current members', () => {
  let testApp: TestApp;
  beforeAll(async () => {
    testApp = await startTestApp();
  });
  afterAll(() => testApp.close());

  const client = () => testApp.client();
  const read = async (id: string) => (await client().data<{ partnership: Answer }>(MEMBERS, { id })).partnership;
  const ids = (rows: { organisationId: string }[]) => rows.map((row) => row.organisationId).sort();

  it('lists, counts and filters the same members: ended, future and archived memberships are not current', async () => {
    const p = await createPartnership(client(), { status: 'ACTIVE' });
    const [current, ended, future, archived] = await Promise.all(
      ['Current', 'Ended', 'Future', 'Archived'].map((name) => makeOrganisation(testApp.dataSource, { name: `${name} member` })),
    );
    await addMembership(client(), p.id, current.id, { fromDate: '2020-01-01', decisionSeat: true });
    await addMembership(client(), p.id, ended.id, { fromDate: '2020-01-01', toDate: '2023-12-31', decisionSeat: true });
    await addMembership(client(), p.id, future.id, { fromDate: '2999-01-01', decisionSeat: true });
    const gone = await addMembership(client(), p.id, archived.id, { fromDate: '2020-01-01' });
    await client().data(ARCHIVE_MEMBER, { input: { id: gone.id, version: gone.version } });

    const answer = await read(p.id);
    expect(ids(answer.members)).toEqual([current.id]);
    expect(answer.memberCount).toBe(1);
    expect(answer.decisionSeatCount).toBe(1);
    expect(ids(answer.everyone)).toEqual([current.id, ended.id, future.id].sort());

    const filtered = await client().data<{ organisations: { nodes: { id: string }[] } }>(MEMBER_OF, { id: p.id });
    expect(filtered.organisations.nodes.map((node) => node.id)).toEqual([current.id]);
  });

  it('measures a closed partnership with the members it had when it closed', async () => {
    const p = await createPartnership(client(), { status: 'CLOSED', startDate: '2020-01-01', endDate: '2023-12-31' });
    const [lead, charity] = await Promise.all(
      ['Closed lead', 'Closed charity'].map((name) => makeOrganisation(testApp.dataSource, { name })),
    );
    await addMembership(client(), p.id, lead.id, { role: 'LEAD', fromDate: '2020-01-01', toDate: '2023-12-31', decisionSeat: true });
    await addMembership(client(), p.id, charity.id, { fromDate: '2021-01-01', toDate: '2023-12-31', decisionSeat: true });

    const answer = await read(p.id);
    expect(answer.memberCount).toBe(0);
    expect(answer.members).toEqual([]);
    expect(ids(answer.everyone)).toEqual([lead.id, charity.id].sort());
    const measured = answer.collaboration.filter((index) => index.value !== null);
    expect(measured.length).toBeGreaterThan(0);
    expect(answer.collaboration.map((index) => index.explanation)).not.toContain('No members yet.');
  });
});
