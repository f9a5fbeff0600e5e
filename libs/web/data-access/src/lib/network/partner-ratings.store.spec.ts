import { Sector } from '@cg/shared/domain';
import { PartnerRatingsQuery, RelationshipType, TieKind } from '../../generated/graphql';
import { ratingErrorMessage, toPartnerRatings } from './partner-ratings.store';

const ME = 'me';

function relationship(
  id: string,
  other: string,
  changes: Partial<PartnerRatingsQuery['relationships']['nodes'][number]> = {},
): PartnerRatingsQuery['relationships']['nodes'][number] {
  return {
    id,
    version: 1,
    type: RelationshipType.REFERS_TO,
    ownerOrganisationId: other,
    fromOrganisationId: other,
    toOrganisationId: ME,
    trust: null,
    value: null,
    ...changes,
  };
}

function tie(other: string, name: string, kind = TieKind.CO_MEMBERSHIP): PartnerRatingsQuery['organisation']['ties'][number] {
  return { kind, otherOrganisationId: other, organisation: { id: other, name, sector: Sector.PUBLIC } };
}

describe('toPartnerRatings', () => {
  const data: PartnerRatingsQuery = {
    organisation: {
      id: ME,
      name: 'Wyvernham Food Trust',
      ties: [
        tie('b', 'Oakham Youth Network', TieKind.RELATIONSHIP),
        tie('b', 'Oakham Youth Network', TieKind.CO_MEMBERSHIP),
        tie('a', 'Arts Council'),
        tie('c', 'County Council', TieKind.RELATIONSHIP),
      ],
    },
    relationships: {
      totalCount: 3,
      nodes: [
        relationship('r1', 'b', { trust: 2, value: 3 }),
        relationship('r2', 'b', { ownerOrganisationId: ME, fromOrganisationId: ME, toOrganisationId: 'b', trust: 4, value: 4, version: 7 }),
        relationship('r3', 'c', { trust: null, value: null }),
      ],
    },
  };

  it('lists each partner once, by name, whatever the kinds of tie', () => {
    const ratings = toPartnerRatings(data);
    expect(ratings.organisationName).toBe('Wyvernham Food Trust');
    expect(ratings.partners.map((p) => p.name)).toEqual(['Arts Council', 'County Council', 'Oakham Youth Network']);
  });

  it('keeps ratings on the relationship the organisation recorded itself, with its version', () => {
    const oakham = toPartnerRatings(data).partners.find((p) => p.partnerId === 'b');
    expect(oakham).toMatchObject({ relationship: { id: 'r2', version: 7 }, trust: 4, value: 4 });
  });

  it('has no relationship (so the first rating records one) when the organisation may not write any', () => {
    const arts = toPartnerRatings(data).partners.find((p) => p.partnerId === 'a');
    expect(arts).toMatchObject({ relationship: null, trust: null, value: null });
    // r3 was recorded by the county council: its ratings are the council's, not ours.
    const county = toPartnerRatings(data).partners.find((p) => p.partnerId === 'c');
    expect(county).toMatchObject({ relationship: null, trust: null, value: null });
  });

  it('uses a relationship that runs from the organisation even when someone else recorded it', () => {
    const ratings = toPartnerRatings({
      ...data,
      relationships: { totalCount: 1, nodes: [relationship('r4', 'c', { fromOrganisationId: ME, toOrganisationId: 'c', trust: 3, value: 1 })] },
    });
    expect(ratings.partners.find((p) => p.partnerId === 'c')).toMatchObject({ relationship: { id: 'r4' }, trust: 3, value: 1 });
  });
});

describe('ratingErrorMessage', () => {
  it('explains a refusal in words, and passes on the server’s other messages', () => {
    expect(ratingErrorMessage({ errors: [{ message: 'no', extensions: { code: 'FORBIDDEN' } }] })).toMatch(/may not change/);
    expect(ratingErrorMessage({ errors: [{ message: 'Someone else changed this relationship', extensions: { code: 'CONFLICT' } }] })).toBe(
      'Someone else changed this relationship',
    );
    expect(ratingErrorMessage(new Error('Http failure'))).toMatch(/could not reach the server/);
  });
});
