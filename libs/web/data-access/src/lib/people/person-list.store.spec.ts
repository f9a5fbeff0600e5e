import { PersonSortField, SortDirection } from '../../generated/graphql';
import { EMPTY_PERSON_LIST_QUERY, PERSON_PAGE_SIZE, toPersonListVariables } from './person-list.store';

describe('toPersonListVariables', () => {
  it('asks for the first page by name when nothing is chosen', () => {
    expect(toPersonListVariables(EMPTY_PERSON_LIST_QUERY)).toEqual({
      first: PERSON_PAGE_SIZE,
      sort: [{ field: PersonSortField.NAME, direction: SortDirection.ASC }],
    });
  });

  it('sends the typed name as the fuzzy search, trimmed, and no search for blanks', () => {
    expect(toPersonListVariables({ ...EMPTY_PERSON_LIST_QUERY, search: '  Amira ' }).search).toBe('Amira');
    expect(toPersonListVariables({ ...EMPTY_PERSON_LIST_QUERY, search: '   ' })).not.toHaveProperty('search');
  });

  it('combines the voice filters and keeps "include archived" at the top level', () => {
    expect(
      toPersonListVariables({
        ...EMPTY_PERSON_LIST_QUERY,
        livedExperience: true,
        communityRepresentative: true,
        includeArchived: true,
      }).filter,
    ).toEqual({
      and: [{ livedExperience: { eq: true } }, { communityRepresentative: { eq: true } }],
      includeArchived: true,
    });
    expect(toPersonListVariables({ ...EMPTY_PERSON_LIST_QUERY, livedExperience: true }).filter).toEqual({
      livedExperience: { eq: true },
    });
  });

  it('pages forwards after a cursor and backwards before one', () => {
    expect(toPersonListVariables({ ...EMPTY_PERSON_LIST_QUERY, page: 2, after: 'c1' })).toMatchObject({
      first: PERSON_PAGE_SIZE,
      after: 'c1',
    });
    const back = toPersonListVariables({ ...EMPTY_PERSON_LIST_QUERY, page: 2, before: 'c2' });
    expect(back).toMatchObject({ last: PERSON_PAGE_SIZE, before: 'c2' });
    expect(back).not.toHaveProperty('first');
  });

  it('sorts newest first and recently changed first', () => {
    expect(toPersonListVariables({ ...EMPTY_PERSON_LIST_QUERY, sort: 'newest' }).sort).toEqual([
      { field: PersonSortField.CREATED_AT, direction: SortDirection.DESC },
    ]);
    expect(toPersonListVariables({ ...EMPTY_PERSON_LIST_QUERY, sort: 'updated' }).sort).toEqual([
      { field: PersonSortField.UPDATED_AT, direction: SortDirection.DESC },
    ]);
    expect(toPersonListVariables({ ...EMPTY_PERSON_LIST_QUERY, sort: 'name-desc' }).sort).toEqual([
      { field: PersonSortField.NAME, direction: SortDirection.DESC },
    ]);
  });
});
