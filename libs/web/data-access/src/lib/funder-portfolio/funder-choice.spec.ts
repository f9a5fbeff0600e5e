import { funderChoices, ownFunder } from './funder-choice';

const funders = [
  { id: 'f1', name: 'Aston Trust' },
  { id: 'f2', name: 'Brook Fund' },
];
const member = (isInstanceAdmin: boolean, ...ids: string[]) => ({
  isInstanceAdmin,
  memberships: ids.map((id) => ({ organisationId: id, organisationName: `Org ${id}` })),
});

describe('funder choices', () => {
  it('offers a member only their own organisations', () => {
    expect(funderChoices(member(false, 'c1', 'f2'), funders).map((o) => o.id)).toEqual(['c1', 'f2']);
  });

  it('offers an instance admin every funder as well, once each', () => {
    expect(funderChoices(member(true, 'f2'), funders).map((o) => o.id)).toEqual(['f2', 'f1']);
  });

  it('starts from the reader’s own organisation that is a funder, or none', () => {
    expect(ownFunder(member(false, 'c1', 'f2'), funders)).toBe('f2');
    expect(ownFunder(member(false, 'c1'), funders)).toBeNull();
    expect(ownFunder(null, funders)).toBeNull();
  });
});
