import { countQueries } from '@cg/api/testing';
import { OrganisationType } from '@cg/shared/domain';
import { DataSource } from 'typeorm';
import {
  addIdentifier,
  addMember,
  makeFunding,
  makeOrganisation,
  makePartnership,
  makePlace,
  makeRelationship,
} from '../support/org-factories';
import { startTestApp, TestApp } from '../support/test-app';

const QUERY = `query($first: Int) {
  organisations(first: $first, sort: [{ field: NAME }]) {
    totalCount
    nodes {
      id name
      identifiers { identifier }
      homePlace { name }
      placesServed { name }
      partnerCount
      tieSummary { kind partners }
      ties { kind organisation { name } }
      funding: ties(kinds: [FUNDING]) { organisation { name } }
    }
  }
}`;

interface Result {
  organisations: {
    totalCount: number;
    nodes: {
      identifiers: unknown[];
      homePlace: unknown;
      ties: { organisation: { name: string } }[];
      partnerCount: number;
    }[];
  };
}

describe('organisations: no N+1 in nested fields', () => {
  let testApp: TestApp;
  let ds: DataSource;

  beforeAll(async () => {
    testApp = await startTestApp();
    ds = testApp.dataSource;
    const country = await makePlace(ds, { code: 'E92000001', name: 'England' });
    const partnership = await makePartnership(ds, 'Everyone Together');
    const funder = await makeOrganisation(ds, { name: 'zz Funder', type: OrganisationType.FUNDER });
    await makeFunding(ds, funder, { partnershipId: partnership });
    let previous: string | undefined;
    for (let index = 0; index < 60; index++) {
      const home = await makePlace(ds, {
        code: `E0500${String(index).padStart(4, '0')}`,
        name: `Ward ${index}`,
        parentId: country,
      });
      const id = await makeOrganisation(ds, { name: `Org ${String(index).padStart(2, '0')}`, homePlaceId: home });
      await addIdentifier(ds, id, `GB-CHC-${1000000 + index}`);
      if (index % 3 === 0) await addMember(ds, partnership, id);
      if (previous) await makeRelationship(ds, previous, id, { strength: 1 + (index % 5) });
      previous = id;
    }
  });
  afterAll(() => testApp.close());

  const statements = async (first: number) => {
    const counter = countQueries(ds);
    const data = await testApp.client().data<Result>(QUERY, { first });
    counter.stop();
    // The session is read only when it is not cached (the cache empties on any write): not the page's own statement.
    const queries = counter.queries.filter((sql) => !sql.includes('FROM user_session'));
    return { count: queries.length, data, queries };
  };

  it('uses the same number of statements for 50 organisations as for 10', async () => {
    const ten = await statements(10);
    const fifty = await statements(50);
    expect(ten.data.organisations.nodes).toHaveLength(10);
    expect(fifty.data.organisations.nodes).toHaveLength(50);
    // The nested data really is there, so the counts are not flattered by empty lists.
    const nodes = fifty.data.organisations.nodes;
    expect(nodes.every((node) => node.identifiers.length === 1 && node.homePlace !== null)).toBe(true);
    expect(nodes.filter((node) => node.ties.some((tie) => tie.organisation.name === 'zz Funder'))).toHaveLength(17);
    expect(nodes[1].partnerCount).toBe(2);
    console.info(`N+1 check: ${ten.count} statements for 10 organisations, ${fifty.count} for 50`);
    expect(fifty.count).toBe(ten.count);
    // page + count, identifiers, home places, places served, partner counts, tie summaries, ties (all), ties (FUNDING), other organisations
    expect(fifty.count).toBeLessThanOrEqual(10);
  });
});
