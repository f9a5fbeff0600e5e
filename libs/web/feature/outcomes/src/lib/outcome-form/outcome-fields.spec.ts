import { LevellingUpMission, OutcomeDefiner, OutcomeDetail, Visibility } from '@cg/web/data-access';
import { emptyOutcomeForm, ownerFields, ownerFromQuery, toCreateOutcomeInput, toOutcomeFormValue, toUpdateOutcomeInput } from './outcome-fields';

describe('outcome form ↔ API input', () => {
  it('starts a new outcome with the owner from ?partnership= or ?project=', () => {
    expect(ownerFromQuery('p1', null)).toBe('partnership:p1');
    expect(ownerFromQuery(null, 'j1')).toBe('project:j1');
    expect(ownerFromQuery(null, null)).toBeNull();
    expect(emptyOutcomeForm('partnership:p1').owner).toBe('partnership:p1');
  });

  it('turns the owner picker into exactly one owner field', () => {
    expect(ownerFields('partnership:p1')).toEqual({ ownerPartnershipId: 'p1', ownerProjectId: null });
    expect(ownerFields('project:j1')).toEqual({ ownerPartnershipId: null, ownerProjectId: 'j1' });
    expect(ownerFields(null)).toEqual({ ownerPartnershipId: null, ownerProjectId: null });
  });

  it('creates with trimmed text, one owner and no repeated contributors', () => {
    const input = toCreateOutcomeInput({
      ...emptyOutcomeForm('project:j1'),
      title: '  Fewer families in temporary housing ',
      description: '   ',
      definedBy: OutcomeDefiner.COMMUNITY,
      coProduced: true,
      missions: [LevellingUpMission.HOUSING],
      contributorIds: ['o1', 'o1', 'o2'],
    });
    expect(input).toEqual({
      title: 'Fewer families in temporary housing',
      ownerProjectId: 'j1',
      definedBy: OutcomeDefiner.COMMUNITY,
      coProduced: true,
      missions: [LevellingUpMission.HOUSING],
      contributorIds: ['o1', 'o2'],
      visibility: Visibility.PARTNERS,
    });
  });

  it('reads an outcome into the form and sends both owner fields back on update', () => {
    const outcome = {
      id: 'x1',
      version: 3,
      title: 'More people active',
      description: 'Across the city',
      ownerPartnershipId: 'p1',
      ownerProjectId: null,
      definedBy: OutcomeDefiner.PARTNERSHIP,
      coProduced: false,
      missions: [LevellingUpMission.HEALTH],
      contributors: [{ id: 'o1', name: 'Org one' }],
      visibility: Visibility.PUBLIC,
    } as unknown as OutcomeDetail;
    const value = toOutcomeFormValue(outcome);
    expect(value.owner).toBe('partnership:p1');
    expect(value.contributorIds).toEqual(['o1']);
    const update = toUpdateOutcomeInput('x1', 3, { ...value, owner: 'project:j2', description: '' });
    expect(update).toMatchObject({ id: 'x1', version: 3, ownerPartnershipId: null, ownerProjectId: 'j2', description: null });
  });
});
