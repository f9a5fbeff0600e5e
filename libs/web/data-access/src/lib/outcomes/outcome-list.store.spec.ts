import { LevellingUpMission, OutcomeDefiner, OutcomeSortField, OutcomeStatus, SortDirection } from '../../generated/graphql';
import { EMPTY_OUTCOME_LIST_QUERY, MY_OUTCOMES, ownedByFilter, toOutcomeListVariables } from './outcome-list.store';

describe('toOutcomeListVariables', () => {
  it('asks for the first page by title when nothing is chosen', () => {
    expect(toOutcomeListVariables(EMPTY_OUTCOME_LIST_QUERY)).toEqual({
      first: 20,
      sort: [{ field: OutcomeSortField.TITLE, direction: SortDirection.ASC }],
    });
  });

  it('combines search, status, definer and mission with "and"', () => {
    const variables = toOutcomeListVariables({
      ...EMPTY_OUTCOME_LIST_QUERY,
      search: '  green ',
      status: OutcomeStatus.OFF_TRACK,
      definedBy: OutcomeDefiner.COMMUNITY,
      mission: LevellingUpMission.HEALTH,
    });
    expect(variables.filter).toEqual({
      and: [
        { title: { contains: 'green' } },
        { status: { eq: OutcomeStatus.OFF_TRACK } },
        { definedBy: { eq: OutcomeDefiner.COMMUNITY } },
        { missions: { any: [LevellingUpMission.HEALTH] } },
      ],
    });
  });

  it('filters by an owning partnership', () => {
    expect(toOutcomeListVariables({ ...EMPTY_OUTCOME_LIST_QUERY, owner: 'p-1' }).filter).toEqual({
      ownerPartnership: { eq: 'p-1' },
    });
  });

  it('turns "mine" into the partnerships and projects the organisation takes part in', () => {
    const mine = { partnershipIds: ['p-1'], projectIds: ['pr-1', 'pr-2'] };
    expect(toOutcomeListVariables({ ...EMPTY_OUTCOME_LIST_QUERY, owner: MY_OUTCOMES }, mine).filter).toEqual({
      or: [{ ownerPartnership: { in: ['p-1'] } }, { ownerProject: { in: ['pr-1', 'pr-2'] } }],
    });
  });

  it('matches nothing for "mine" without an organisation', () => {
    expect(toOutcomeListVariables({ ...EMPTY_OUTCOME_LIST_QUERY, owner: MY_OUTCOMES }).filter).toEqual(
      ownedByFilter({ partnershipIds: [], projectIds: [] }),
    );
  });

  it('pages backwards with `last` and forwards with `after`, newest first when asked', () => {
    expect(toOutcomeListVariables({ ...EMPTY_OUTCOME_LIST_QUERY, before: 'c1', page: 3 })).toMatchObject({
      last: 20,
      before: 'c1',
    });
    const next = toOutcomeListVariables({ ...EMPTY_OUTCOME_LIST_QUERY, after: 'c2', page: 2, sort: 'recent' });
    expect(next).toMatchObject({ first: 20, after: 'c2' });
    expect((next.sort as unknown[])[0]).toEqual({ field: OutcomeSortField.CREATED_AT, direction: SortDirection.DESC });
  });
});
