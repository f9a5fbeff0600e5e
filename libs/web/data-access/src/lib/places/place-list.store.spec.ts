import { PlaceLevel, PlaceSortField, SortDirection } from '../../generated/graphql';
import { EMPTY_PLACE_LIST_QUERY, PLACE_PAGE_SIZE, placeSearchFilter, toPlaceListVariables } from './place-list.store';

describe('places list variables', () => {
  it('asks for the first page by name when nothing is chosen', () => {
    expect(toPlaceListVariables(EMPTY_PLACE_LIST_QUERY)).toEqual({
      first: PLACE_PAGE_SIZE,
      sort: [{ field: PlaceSortField.NAME, direction: SortDirection.ASC }],
    });
  });

  it('searches names and codes together, and narrows to a level', () => {
    expect(placeSearchFilter('  E05 ')).toEqual({ or: [{ name: { contains: 'E05' } }, { code: { contains: 'E05' } }] });
    expect(placeSearchFilter('   ')).toBeNull();
    const variables = toPlaceListVariables({ ...EMPTY_PLACE_LIST_QUERY, search: 'mill', level: PlaceLevel.WARD });
    expect(variables.filter).toEqual({
      and: [{ or: [{ name: { contains: 'mill' } }, { code: { contains: 'mill' } }] }, { level: { eq: PlaceLevel.WARD } }],
    });
  });

  it('pages backwards from a cursor, and sorts the most deprived first on request', () => {
    const variables = toPlaceListVariables({ ...EMPTY_PLACE_LIST_QUERY, sort: 'deprived', page: 3, before: 'c2' });
    expect(variables).toMatchObject({ last: PLACE_PAGE_SIZE, before: 'c2' });
    expect(variables.first).toBeUndefined();
    expect(variables.sort).toEqual([
      { field: PlaceSortField.IMD_RANK, direction: SortDirection.ASC },
      { field: PlaceSortField.NAME, direction: SortDirection.ASC },
    ]);
  });
});
