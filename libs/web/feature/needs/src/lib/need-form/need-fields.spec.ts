import { NeedForEdit, NeedSource, Priority, Visibility } from '@cg/web/data-access';
import { emptyNeedForm, splitThemes, toCreateNeedInput, toNeedFormValue, toUpdateNeedInput } from './need-fields';

describe('need form ↔ API input', () => {
  it('creates a community need, leaving empty fields out', () => {
    expect(toCreateNeedInput({ ...emptyNeedForm(), title: ' Warm spaces ', place: { id: 'pl1', name: 'Leicester' }, themes: 'warmth, Warmth, older people' })).toEqual({
      title: 'Warm spaces',
      placeId: 'pl1',
      raisedBy: NeedSource.COMMUNITY,
      priority: Priority.MEDIUM,
      themes: ['warmth', 'older people'],
      visibility: Visibility.PUBLIC,
      projectIds: [],
      outcomeIds: [],
    });
  });

  it('sends the organisation only when an organisation raised it, and never half-typed text', () => {
    const organisation = { id: 'org1', name: 'Food bank' };
    expect(toCreateNeedInput({ ...emptyNeedForm(), title: 'x', raisedBy: NeedSource.ORGANISATION, raisedByOrganisation: organisation }).raisedByOrganisationId).toBe('org1');
    expect(toCreateNeedInput({ ...emptyNeedForm(), title: 'x', raisedBy: NeedSource.COMMUNITY, raisedByOrganisation: organisation }).raisedByOrganisationId).toBeUndefined();
    expect(toCreateNeedInput({ ...emptyNeedForm(), title: 'x', place: 'Leic' }).placeId).toBeUndefined();
  });

  it('round-trips a need and clears fields with null on update', () => {
    const need = {
      id: 'n1',
      version: 4,
      title: 'Warm spaces',
      description: 'Somewhere to go',
      place: { id: 'pl1', name: 'Leicester' },
      raisedBy: NeedSource.ORGANISATION,
      raisedByOrganisation: { id: 'org1', name: 'Food bank' },
      priority: Priority.HIGH,
      raisedOn: '2026-10-01',
      themes: ['warmth'],
      visibility: Visibility.PARTNERS,
      projects: [{ id: 'pr1', name: 'Warm hubs' }],
      outcomes: [],
    } as unknown as NeedForEdit;
    const value = toNeedFormValue(need);
    expect(value.themes).toBe('warmth');
    const update = toUpdateNeedInput('n1', 4, { ...value, description: '', place: null });
    expect(update).toMatchObject({
      id: 'n1',
      version: 4,
      description: null,
      placeId: null,
      raisedByOrganisationId: 'org1',
      raisedOn: '2026-10-01',
      projectIds: ['pr1'],
    });
  });

  it('splits themes on commas without blanks or repeats', () => {
    expect(splitThemes(' food ; Food,  , housing ')).toEqual(['food', 'housing']);
  });
});
