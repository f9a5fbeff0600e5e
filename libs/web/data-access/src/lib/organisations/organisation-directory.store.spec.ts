import { Sector } from '@cg/shared/domain';
import { OrganisationSortField, OrganisationType, SortDirection } from '../../generated/graphql';
import { EMPTY_DIRECTORY_QUERY, toDirectoryVariables } from './organisation-directory.store';

describe('toDirectoryVariables', () => {
  it('asks for the first page by name when nothing is chosen', () => {
    expect(toDirectoryVariables(EMPTY_DIRECTORY_QUERY)).toEqual({
      first: 25,
      sort: [{ field: OrganisationSortField.NAME, direction: SortDirection.ASC }],
    });
  });

  it('leaves out a blank search and trims the rest', () => {
    expect(toDirectoryVariables({ ...EMPTY_DIRECTORY_QUERY, search: '   ' })).not.toHaveProperty('search');
    expect(toDirectoryVariables({ ...EMPTY_DIRECTORY_QUERY, search: ' leics cares ' }).search).toBe('leics cares');
  });

  it('uses one condition as it is and joins several with and', () => {
    expect(toDirectoryVariables({ ...EMPTY_DIRECTORY_QUERY, type: OrganisationType.FUNDER }).filter).toEqual({
      type: { eq: OrganisationType.FUNDER },
    });
    expect(
      toDirectoryVariables({ ...EMPTY_DIRECTORY_QUERY, sector: Sector.PUBLIC, place: 'la-1' }).filter,
    ).toEqual({ and: [{ sector: { eq: Sector.PUBLIC } }, { withinPlace: { eq: 'la-1' } }] });
  });

  it('pages backwards from a start cursor with last', () => {
    const variables = toDirectoryVariables({ ...EMPTY_DIRECTORY_QUERY, page: 3, before: 'cursor' });
    expect(variables).toMatchObject({ last: 25, before: 'cursor' });
    expect(variables).not.toHaveProperty('first');
  });

  it('puts the newest first for "recently added", with name to break ties', () => {
    expect(toDirectoryVariables({ ...EMPTY_DIRECTORY_QUERY, sort: 'recent' }).sort).toEqual([
      { field: OrganisationSortField.CREATED_AT, direction: SortDirection.DESC },
      { field: OrganisationSortField.NAME, direction: SortDirection.ASC },
    ]);
  });
});
