import { Sector } from '@cg/shared/domain';
import { acrossCommunityBoundary } from './community-bridges';
import { CandidateFacts, rankPartnerSuggestions, scoreComponents, SubjectFacts, suggestionReason } from './partner-ranking';

/*
 * A hand-built neighbourhood. The subject has three partners: two voluntary organisations and a
 * public body, all based in Harrowby. Scores worked out by hand from WEIGHTS:
 *   place 3 if any shared place; themes 1 each up to 3; sector 3 (grassroots) or 1.5, divided by
 *   1 + partners already in that sector; partners 1 each up to 5; bridge 2.
 */
const subject: SubjectFacts = {
  partnersBySector: { [Sector.VOLUNTARY_AND_COMMUNITY]: 2, [Sector.PUBLIC]: 1 },
  partnerSectorsByPlace: { Harrowby: [Sector.VOLUNTARY_AND_COMMUNITY, Sector.PUBLIC] },
};
const candidate = (id: string, sector: Sector, rest: Partial<CandidateFacts> = {}): CandidateFacts => ({
  id,
  name: `Org ${id}`,
  sector,
  sharedThemes: [],
  sharedPlaces: [],
  sharedPartners: 0,
  acrossCommunity: false,
  ...rest,
});

// 3 + 1 + 3/(1+0) + 3 + 0 = 10
const pantry = candidate('A', Sector.GRASSROOTS_COMMUNITY, { sharedThemes: ['Food'], sharedPlaces: ['Harrowby'], sharedPartners: 3 });
// 3 + 2 + 1.5/(1+2) + 1 + 0 = 6.5
const charity = candidate('B', Sector.VOLUNTARY_AND_COMMUNITY, { sharedThemes: ['Food', 'Housing'], sharedPlaces: ['Harrowby'], sharedPartners: 1 });
// 0 + 0 + 1.5/(1+0) + 0 + 2 = 3.5
const business = candidate('C', Sector.PRIVATE, { acrossCommunity: true });
// 0 + 1 + 1.5/(1+1) + 2 + 0 = 3.75
const council = candidate('D', Sector.PUBLIC, { sharedThemes: ['Food'], sharedPartners: 2 });
// 3 + min(4,3) + 1.5 + min(7,5) + 0 = 12.5
const college = candidate('E', Sector.ACADEMIC, {
  sharedThemes: ['Food', 'Housing', 'Health', 'Skills'],
  sharedPlaces: ['Harrowby', 'Lowfield', 'Eastgate'],
  sharedPartners: 7,
});

describe('partner suggestion ranking', () => {
  it('scores each component as worked out by hand', () => {
    expect(scoreComponents(pantry, subject)).toEqual({ place: 3, themes: 1, sector: 3, network: 3, bridge: 0 });
    expect(scoreComponents(charity, subject)).toEqual({ place: 3, themes: 2, sector: 0.5, network: 1, bridge: 0 });
    expect(scoreComponents(business, subject)).toEqual({ place: 0, themes: 0, sector: 1.5, network: 0, bridge: 2 });
    expect(scoreComponents(council, subject)).toEqual({ place: 0, themes: 1, sector: 0.75, network: 2, bridge: 0 });
    expect(scoreComponents(college, subject)).toEqual({ place: 3, themes: 3, sector: 1.5, network: 5, bridge: 0 });
  });

  it('ranks the highest total first and keeps only the first n', () => {
    const all = rankPartnerSuggestions([business, council, charity, pantry, college], subject, 10);
    expect(all.map((s) => [s.id, s.score])).toEqual([
      ['E', 12.5],
      ['A', 10],
      ['B', 6.5],
      ['D', 3.75],
      ['C', 3.5],
    ]);
    expect(rankPartnerSuggestions([business, council, charity, pantry, college], subject, 2).map((s) => s.id)).toEqual(['E', 'A']);
  });

  it('breaks equal scores by name, so the order never wobbles', () => {
    const zed = candidate('Z', Sector.PRIVATE, { name: 'Zed Ltd' });
    const abc = candidate('Y', Sector.PRIVATE, { name: 'Abc Ltd' });
    expect(rankPartnerSuggestions([zed, abc], subject, 5).map((s) => s.name)).toEqual(['Abc Ltd', 'Zed Ltd']);
  });

  it('says why in words', () => {
    expect(suggestionReason(pantry, subject)).toBe(
      'Works on Food in Harrowby; grassroots community group; 3 of your partners work with them; you have no grassroots partners in Harrowby.',
    );
    expect(suggestionReason(charity, subject)).toBe('Works on Food and Housing in Harrowby; voluntary organisation; 1 of your partners works with them.');
    expect(suggestionReason(business, subject)).toBe(
      'Business; part of a circle of organisations none of your partners belong to; you have no private sector partners.',
    );
    expect(suggestionReason(council, subject)).toBe('Works on Food; public body; 2 of your partners work with them.');
    expect(suggestionReason(college, subject)).toBe(
      'Works on Food, Housing and 2 more in Harrowby, Lowfield and 1 more; university or college; 7 of your partners work with them; you have no academic partners in Harrowby.',
    );
  });
});

describe('community boundaries (Louvain over the neighbourhood)', () => {
  // Two triangles joined by one tie: the subject's (S, P1, P2) and another (X, Y, Z).
  const ties: [string, string][] = [
    ['S', 'P1'],
    ['S', 'P2'],
    ['P1', 'P2'],
    ['P2', 'X'],
    ['X', 'Y'],
    ['Y', 'Z'],
    ['X', 'Z'],
  ];

  it('finds the organisations in a community neither the subject nor its partners are in', () => {
    expect([...acrossCommunityBoundary('S', ['P1', 'P2'], ties)].sort()).toEqual(['X', 'Y', 'Z']);
  });

  it('finds none once a partner sits in the other community', () => {
    expect(acrossCommunityBoundary('S', ['P1', 'P2', 'Y'], ties).size).toBe(0);
  });

  it('finds none for an organisation with no ties', () => {
    expect(acrossCommunityBoundary('S', [], []).size).toBe(0);
  });
});
