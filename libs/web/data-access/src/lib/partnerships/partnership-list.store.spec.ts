import { PartnershipSortField, PartnershipStatus, SortDirection } from '../../generated/graphql';
import { EMPTY_PARTNERSHIP_LIST_QUERY, toPartnershipListVariables } from './partnership-list.store';
import { EMPTY_PROJECT_LIST_QUERY, toProjectListVariables } from '../projects/project-list.store';
import { ProjectSortField, ProjectStatus } from '../../generated/graphql';

describe('toPartnershipListVariables', () => {
  it('asks for the first page by name when nothing is chosen', () => {
    expect(toPartnershipListVariables(EMPTY_PARTNERSHIP_LIST_QUERY)).toEqual({
      first: 20,
      sort: [{ field: PartnershipSortField.NAME, direction: SortDirection.ASC }],
    });
  });

  it('searches names, and joins several conditions with and', () => {
    expect(
      toPartnershipListVariables({ ...EMPTY_PARTNERSHIP_LIST_QUERY, search: ' youth ', status: PartnershipStatus.ACTIVE, memberOf: 'org-1' })
        .filter,
    ).toEqual({
      and: [{ name: { contains: 'youth' } }, { status: { eq: PartnershipStatus.ACTIVE } }, { memberOrganisation: { eq: 'org-1' } }],
    });
  });

  it('sorts by most members with name to break ties, and pages back with last', () => {
    const variables = toPartnershipListVariables({ ...EMPTY_PARTNERSHIP_LIST_QUERY, sort: 'members', page: 3, before: 'c' });
    expect(variables.sort).toEqual([
      { field: PartnershipSortField.MEMBER_COUNT, direction: SortDirection.DESC },
      { field: PartnershipSortField.NAME, direction: SortDirection.ASC },
    ]);
    expect(variables).toMatchObject({ last: 20, before: 'c' });
    expect(variables).not.toHaveProperty('first');
  });
});

describe('toProjectListVariables', () => {
  it('narrows to an organisation’s projects and sorts by end date', () => {
    const variables = toProjectListVariables({ ...EMPTY_PROJECT_LIST_QUERY, participant: 'org-1', status: ProjectStatus.ACTIVE, sort: 'ending', after: 'x', page: 2 });
    expect(variables.filter).toEqual({ and: [{ status: { eq: ProjectStatus.ACTIVE } }, { participantOrganisation: { eq: 'org-1' } }] });
    expect(variables.sort?.[0]).toEqual({ field: ProjectSortField.END_DATE, direction: SortDirection.ASC });
    expect(variables).toMatchObject({ first: 20, after: 'x' });
  });
});
