import { PartnerRelationship, RelationshipType, Visibility } from '@cg/web/data-access';
import { PartnerFormValue, toPartnerFormValue, toRelationshipFields } from './partner-form';

const answers: PartnerFormValue = {
  fromOrganisationId: 'fenwick',
  type: RelationshipType.REFERS_TO,
  direction: 'one-way',
  strength: 4,
  trust: 3,
  value: 0,
  fromDate: new Date(2025, 3, 1),
  toDate: null,
  notes: '  Weekly referrals  ',
  visibility: Visibility.PARTNERS,
};

describe('partner form → relationship input', () => {
  it('maps direction, scores, UK dates and notes as the API takes them', () => {
    expect(toRelationshipFields(answers)).toEqual({
      type: RelationshipType.REFERS_TO,
      directed: true,
      strength: 4,
      trust: 3,
      value: null,
      fromDate: '2025-04-01',
      toDate: null,
      notes: 'Weekly referrals',
      visibility: Visibility.PARTNERS,
    });
  });

  it('sends a mutual tie as undirected and blank notes as null', () => {
    const fields = toRelationshipFields({ ...answers, direction: 'mutual', notes: '   ', trust: 0 });
    expect(fields.directed).toBe(false);
    expect(fields.notes).toBeNull();
    expect(fields.trust).toBeNull();
  });

  it('fills the form from a saved relationship and back again unchanged', () => {
    const saved: PartnerRelationship = {
      id: 'r1',
      version: 2,
      type: RelationshipType.FUNDS,
      directed: false,
      strength: 5,
      trust: null,
      value: 4,
      fromDate: '2024-01-31',
      toDate: '2026-03-31',
      notes: null,
      visibility: Visibility.PUBLIC,
      ownerOrganisationId: 'fenwick',
      fromOrganisationId: 'fenwick',
      toOrganisationId: 'other',
      fromOrganisation: { id: 'fenwick', name: 'Fenwick Refugee Trust' },
      toOrganisation: { id: 'other', name: 'Other' },
    };
    const value = toPartnerFormValue(saved);
    expect(value).toMatchObject({ direction: 'mutual', strength: 5, trust: 0, value: 4 });
    expect(toRelationshipFields(value)).toEqual({
      type: RelationshipType.FUNDS,
      directed: false,
      strength: 5,
      trust: null,
      value: 4,
      fromDate: '2024-01-31',
      toDate: '2026-03-31',
      notes: null,
      visibility: Visibility.PUBLIC,
    });
  });
});
