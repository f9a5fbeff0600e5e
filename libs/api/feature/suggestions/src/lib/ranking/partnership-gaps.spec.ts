import { Sector } from '@cg/shared/domain';
import { GapCandidate, PartnershipGapKind, partnershipGaps } from './partnership-gaps';

/*
 * A hand-built partnership: a voluntary organisation and a public body, covering Harrowby (where
 * both are based) and Lowfield (where neither is); a member with lived experience holds a seat,
 * nobody is the community anchor. Around it work 2 grassroots groups, 1 business and 5 more
 * voluntary organisations.
 */
const facts = {
  memberSectors: [Sector.VOLUNTARY_AND_COMMUNITY, Sector.PUBLIC],
  hasCommunityAnchor: false,
  hasLivedExperienceSeat: true,
  places: [
    { id: 'harrowby', name: 'Harrowby', memberBased: true },
    { id: 'lowfield', name: 'Lowfield', memberBased: false },
  ],
  localSectorCounts: { [Sector.GRASSROOTS_COMMUNITY]: 2, [Sector.PRIVATE]: 1, [Sector.VOLUNTARY_AND_COMMUNITY]: 5 },
};
const org = (id: string, name: string, sector: Sector, where: 'harrowby' | 'lowfield', memberTies = 0): GapCandidate => ({
  id,
  name,
  sector,
  placeIds: [where],
  placeNames: [where === 'harrowby' ? 'Harrowby' : 'Lowfield'],
  basedInPlaceIds: [where],
  hasLivedExperience: false,
  memberTies,
});
const candidates = [
  org('g1', 'Harrowby Pantry', Sector.GRASSROOTS_COMMUNITY, 'harrowby'),
  org('g2', 'Lowfield Tenants', Sector.GRASSROOTS_COMMUNITY, 'lowfield', 2),
  org('b1', 'Lowfield Builders', Sector.PRIVATE, 'lowfield'),
  org('v1', 'Aid Lowfield', Sector.VOLUNTARY_AND_COMMUNITY, 'lowfield', 1),
  org('v2', 'Bridge Lowfield', Sector.VOLUNTARY_AND_COMMUNITY, 'lowfield', 1),
  org('v3', 'Care Lowfield', Sector.VOLUNTARY_AND_COMMUNITY, 'lowfield', 3),
];

describe('who is missing from a partnership', () => {
  const gaps = partnershipGaps(facts, candidates);

  it('names absent sectors against the organisations working in its places, then the anchor, then places', () => {
    expect(gaps.map((g) => [g.kind, g.sector ?? g.placeId])).toEqual([
      [PartnershipGapKind.SECTOR_ABSENT, Sector.GRASSROOTS_COMMUNITY],
      [PartnershipGapKind.SECTOR_ABSENT, Sector.PRIVATE],
      [PartnershipGapKind.NO_COMMUNITY_ANCHOR, null],
      [PartnershipGapKind.PLACE_WITHOUT_MEMBER, 'lowfield'],
    ]);
    expect(gaps[0].sentence).toBe('No grassroots members, though 2 grassroots community groups work in Harrowby and Lowfield.');
    expect(gaps[1].sentence).toBe('No private sector members, though 1 business works in Harrowby and Lowfield.');
    expect(gaps[3].sentence).toBe('No member is based in Lowfield.');
  });

  it('suggests up to three organisations per gap, most tied to members first, then by name', () => {
    expect(gaps[0].suggestions.map((s) => s.name)).toEqual(['Lowfield Tenants', 'Harrowby Pantry']);
    expect(gaps[0].suggestions[0].reason).toBe('Grassroots community group working in Lowfield; 2 members work with them.');
    expect(gaps[1].suggestions.map((s) => s.name)).toEqual(['Lowfield Builders']);
    expect(gaps[2].suggestions.map((s) => s.name)).toEqual(['Lowfield Tenants', 'Harrowby Pantry']);
    // Based in Lowfield: Care (3 ties), Tenants (2), then Aid and Bridge (1 each) by name; three at most.
    expect(gaps[3].suggestions.map((s) => s.name)).toEqual(['Care Lowfield', 'Lowfield Tenants', 'Aid Lowfield']);
    expect(gaps[3].suggestions[0].reason).toBe('Voluntary organisation based in Lowfield; 3 members work with them.');
  });

  it('asks for a lived-experience seat only when none is held', () => {
    const lived = { ...org('l1', 'Voices', Sector.VOLUNTARY_AND_COMMUNITY, 'harrowby'), hasLivedExperience: true };
    const without = partnershipGaps({ ...facts, hasLivedExperienceSeat: false }, [...candidates, lived]);
    const gap = without.find((g) => g.kind === PartnershipGapKind.NO_LIVED_EXPERIENCE_SEAT);
    expect(gap?.suggestions.map((s) => s.name)).toEqual(['Voices']);
    expect(gaps.some((g) => g.kind === PartnershipGapKind.NO_LIVED_EXPERIENCE_SEAT)).toBe(false);
  });

  it('finds nothing missing from a partnership that has it all', () => {
    const whole = {
      ...facts,
      memberSectors: [Sector.GRASSROOTS_COMMUNITY, Sector.PRIVATE, Sector.VOLUNTARY_AND_COMMUNITY],
      hasCommunityAnchor: true,
      places: facts.places.map((p) => ({ ...p, memberBased: true })),
    };
    expect(partnershipGaps(whole, candidates)).toEqual([]);
  });
});
