import { GraphQLTestClient } from '@cg/api/testing';
import { OrganisationRole, OrganisationType, PlaceLevel } from '@cg/shared/domain';
import { DataSource } from 'typeorm';
import { addMember, insertRow, makeAffiliation, makeOrganisation, makePartnership, makePerson, makePlace, makeRelationship } from '../support/org-factories';
import { startTestApp, TestApp } from '../support/test-app';
import { signedInAs } from '../support/users';

const SUGGESTIONS = `query ($id: ID!, $first: Int) {
  partnerSuggestions(organisationId: $id, first: $first) {
    organisation { id name } score reason components { place themes sector network bridge }
  }
}`;
const GAPS = `query ($id: ID!) {
  partnershipGaps(partnershipId: $id) { kind sentence sector placeId suggestions { organisation { id name } reason } }
}`;
const DISMISS = `mutation ($org: ID!, $other: ID!) { dismissPartnerSuggestion(organisationId: $org, suggestedOrganisationId: $other) { id dismissed } }`;
const RESTORE = `mutation ($org: ID!, $other: ID!) { restorePartnerSuggestion(organisationId: $org, suggestedOrganisationId: $other) { id dismissed } }`;

interface Suggestion {
  organisation: { id: string; name: string };
  score: number;
  reason: string;
  components: Record<string, number>;
}
interface Gap {
  kind: string;
  sentence: string;
  sector: string | null;
  placeId: string | null;
  suggestions: { organisation: { id: string; name: string }; reason: string }[];
}

describe('partner suggestions and who is missing (issue #15)', () => {
  let testApp: TestApp;
  let ds: DataSource;
  let instanceAdmin: GraphQLTestClient;
  let homeAdmin: GraphQLTestClient;
  let homeCoordinator: GraphQLTestClient;
  let homeViewer: GraphQLTestClient;
  const org: Record<string, string> = {};
  const place: Record<string, string> = {};
  let partnership: string;

  const suggestionsFor = async (client: GraphQLTestClient, first = 20) =>
    (await client.data<{ partnerSuggestions: Suggestion[] }>(SUGGESTIONS, { id: org['home'], first })).partnerSuggestions;
  const names = (list: Suggestion[]) => list.map((s) => s.organisation.name);

  beforeAll(async () => {
    testApp = await startTestApp();
    ds = testApp.dataSource;
    instanceAdmin = testApp.client();
    const england = await makePlace(ds, { name: 'England' });
    place['harrowby'] = await makePlace(ds, { name: 'Harrowby', parentId: england, level: PlaceLevel.LOCAL_AUTHORITY });
    place['north'] = await makePlace(ds, { name: 'Harrowby North', parentId: place['harrowby'], level: PlaceLevel.WARD });
    place['south'] = await makePlace(ds, { name: 'Harrowby South', parentId: place['harrowby'], level: PlaceLevel.WARD });
    place['lowfield'] = await makePlace(ds, { name: 'Lowfield', parentId: england, level: PlaceLevel.LOCAL_AUTHORITY });

    const make = (key: string, name: string, type: OrganisationType, homePlaceId: string | null, themes: string[] = []) =>
      makeOrganisation(ds, { name, type, homePlaceId, themes }).then((id) => (org[key] = id));
    await make('home', 'Home Food Bank', OrganisationType.CHARITY, place['north'], ['Food']);
    await make('council', 'Harrowby Council', OrganisationType.LOCAL_AUTHORITY, place['harrowby']);
    await make('northside', 'Northside Trust', OrganisationType.CHARITY, place['north']);
    await make('advice', 'Lowfield Advice', OrganisationType.CHARITY, place['lowfield']);
    await make('pantry', 'Harrowby Pantry', OrganisationType.COMMUNITY_GROUP, place['south'], ['Food']);
    await make('later', 'Later Club', OrganisationType.COMMUNITY_GROUP, place['north']);
    await make('secret', 'Secret Circle', OrganisationType.COMMUNITY_GROUP, place['north'], ['Food']);
    await make('builders', 'Lowfield Builders', OrganisationType.BUSINESS, place['lowfield']);
    await make('former', 'Former Friends', OrganisationType.SOCIAL_ENTERPRISE, place['south']);
    await make('faraway', 'Faraway Firm', OrganisationType.BUSINESS, null);
    await ds.query(`UPDATE organisation SET visibility = 'PRIVATE' WHERE id = $1`, [org['secret']]);

    // Home's current partners: two typed ties and a shared partnership.
    await makeRelationship(ds, org['home'], org['council']);
    await makeRelationship(ds, org['northside'], org['home']);
    const network = await makePartnership(ds, 'Advice Network');
    await addMember(ds, network, org['home']);
    await addMember(ds, network, org['advice']);
    // A tie that ended is no current tie.
    const ended = await makeRelationship(ds, org['home'], org['former']);
    await ds.query(`UPDATE relationship SET to_date = '2020-12-31' WHERE id = $1`, [ended]);
    // Nor is one that has not started yet: ties are held as everywhere else (relationshipHeldSql).
    const planned = await makeRelationship(ds, org['home'], org['later']);
    await ds.query(`UPDATE relationship SET from_date = current_date + 30 WHERE id = $1`, [planned]);
    // The pantry works with all three partners; the secret circle with two (as only its own people may know).
    for (const partner of ['council', 'northside', 'advice']) await makeRelationship(ds, org[partner], org['pantry']);
    for (const partner of ['council', 'northside']) await makeRelationship(ds, org[partner], org['secret']);
    await makeAffiliation(ds, await makePerson(ds, { livedExperience: true }), org['pantry']);

    partnership = await makePartnership(ds, 'Harrowby Together');
    await insertRow(ds, 'partnership_membership', { partnership_id: partnership, organisation_id: org['home'], role: 'LEAD', decision_seat: true });
    await insertRow(ds, 'partnership_membership', { partnership_id: partnership, organisation_id: org['council'], role: 'CORE_MEMBER' });
    for (const key of ['harrowby', 'lowfield'])
      await ds.query(`INSERT INTO partnership_place (partnership_id, place_id) VALUES ($1, $2)`, [partnership, place[key]]);

    homeAdmin = await signedInAs(testApp, 'admin@home.example', org['home']);
    homeCoordinator = await signedInAs(testApp, 'coordinator@home.example', org['home'], OrganisationRole.COORDINATOR);
    homeViewer = await signedInAs(testApp, 'viewer@home.example', org['home'], OrganisationRole.VIEWER);
  }, 120_000);

  afterAll(() => testApp?.close());

  it('ranks organisations with no current tie, best first, and says why in words', async () => {
    const list = await suggestionsFor(homeAdmin);
    expect(list[0]).toMatchObject({
      organisation: { name: 'Harrowby Pantry' },
      reason: 'Works on Food in Harrowby; grassroots community group; 3 of your partners work with them; you have no grassroots partners in Harrowby.',
      components: { place: 3, themes: 1, sector: 3, network: 3, bridge: 0 },
      score: 10,
    });
    expect(names(list)).toEqual(expect.arrayContaining(['Later Club', 'Former Friends']));
  });

  it('leaves out current partners, the organisation itself, and organisations with nothing in common', async () => {
    const found = names(await suggestionsFor(homeAdmin));
    for (const name of ['Home Food Bank', 'Harrowby Council', 'Northside Trust', 'Lowfield Advice', 'Faraway Firm']) expect(found).not.toContain(name);
  });

  it('never suggests an organisation the reader may not read, nor counts it', async () => {
    expect(names(await suggestionsFor(instanceAdmin))).toContain('Secret Circle'); // the probe reaches it
    const mine = await suggestionsFor(homeAdmin);
    expect(JSON.stringify(mine)).not.toContain('Secret Circle');
    expect(JSON.stringify(mine)).not.toContain(org['secret']);
  });

  it('remembers a dismissal, only from the organisation’s admins and coordinators, and can undo it', async () => {
    const refused = await homeViewer.request(DISMISS, { org: org['home'], other: org['later'] });
    expect(refused.errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
    const stranger = await signedInAs(testApp, 'admin@later.example', org['later']);
    expect((await stranger.request(DISMISS, { org: org['home'], other: org['pantry'] })).errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');

    const dismissed = await homeCoordinator.data<{ dismissPartnerSuggestion: { dismissed: boolean } }>(DISMISS, {
      org: org['home'],
      other: org['later'],
    });
    expect(dismissed.dismissPartnerSuggestion.dismissed).toBe(true);
    expect(names(await suggestionsFor(homeAdmin))).not.toContain('Later Club');
    // Nobody outside home learns what it turned down.
    expect(await ds.query(`SELECT count(*)::int AS n FROM partner_suggestion_dismissal WHERE organisation_id = $1`, [org['home']])).toEqual([{ n: 1 }]);

    await homeAdmin.data(RESTORE, { org: org['home'], other: org['later'] });
    expect(names(await suggestionsFor(homeAdmin))).toContain('Later Club');
    await homeAdmin.data(DISMISS, { org: org['home'], other: org['later'] });
    expect(names(await suggestionsFor(homeAdmin))).not.toContain('Later Club');
  });

  it('names what a partnership is missing, each gap with readable organisations to fill it', async () => {
    const gaps = (await homeAdmin.data<{ partnershipGaps: Gap[] }>(GAPS, { id: partnership })).partnershipGaps;
    expect(gaps.map((g) => [g.kind, g.sector ?? g.placeId])).toEqual([
      ['SECTOR_ABSENT', 'GRASSROOTS_COMMUNITY'],
      ['SECTOR_ABSENT', 'PRIVATE'],
      ['NO_COMMUNITY_ANCHOR', null],
      ['NO_LIVED_EXPERIENCE_SEAT', null],
      ['PLACE_WITHOUT_MEMBER', place['lowfield']],
    ]);
    // Home's admin reads two grassroots groups in Harrowby (the secret circle is not counted).
    expect(gaps[0].sentence).toBe('No grassroots members, though 2 grassroots community groups work in Harrowby and Lowfield.');
    expect(gaps[0].suggestions.map((s) => s.organisation.name)).toEqual(['Harrowby Pantry', 'Later Club']);
    expect(gaps[1].suggestions.map((s) => s.organisation.name)).toEqual(['Lowfield Builders']);
    expect(gaps[3].suggestions.map((s) => s.organisation.name)).toEqual(['Harrowby Pantry']);
    expect(gaps[4].sentence).toBe('No member is based in Lowfield.');
    expect(gaps[4].suggestions.map((s) => s.organisation.name)).toEqual(['Lowfield Advice', 'Lowfield Builders']);
    expect(JSON.stringify(gaps)).not.toContain('Secret Circle');

    const all = (await instanceAdmin.data<{ partnershipGaps: Gap[] }>(GAPS, { id: partnership })).partnershipGaps;
    expect(all[0].sentence).toContain('3 grassroots community groups');
  });
});
