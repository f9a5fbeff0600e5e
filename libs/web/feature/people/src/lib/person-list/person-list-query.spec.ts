import { convertToParamMap } from '@angular/router';
import { EMPTY_PERSON_LIST_QUERY } from '@cg/web/data-access';
import { emptyPeopleMessage, parsePersonListQuery, toPersonListParams } from './person-list-query';

describe('people list address', () => {
  it('reads search, filters, sort and paging from the address', () => {
    expect(
      parsePersonListQuery(
        convertToParamMap({ q: 'Amira', lived: '1', archived: '1', sort: 'newest', page: '2', after: 'c1' }),
      ),
    ).toEqual({
      search: 'Amira',
      livedExperience: true,
      communityRepresentative: false,
      includeArchived: true,
      sort: 'newest',
      page: 2,
      after: 'c1',
      before: null,
    });
  });

  it('ignores a sort it does not know', () => {
    expect(parsePersonListQuery(convertToParamMap({ sort: 'shoe-size' })).sort).toBe('name');
  });

  it('leaves defaults out of the address', () => {
    expect(toPersonListParams(EMPTY_PERSON_LIST_QUERY)).toEqual({
      q: null,
      lived: null,
      community: null,
      archived: null,
      sort: null,
      page: null,
      after: null,
      before: null,
    });
    expect(
      toPersonListParams({ ...EMPTY_PERSON_LIST_QUERY, search: ' Amira ', communityRepresentative: true }),
    ).toMatchObject({ q: 'Amira', community: '1' });
  });

  it('says what found nothing', () => {
    expect(emptyPeopleMessage({ ...EMPTY_PERSON_LIST_QUERY, search: 'Zed' })).toBe('No people match “Zed”.');
    expect(emptyPeopleMessage({ ...EMPTY_PERSON_LIST_QUERY, livedExperience: true })).toBe(
      'No people match with these filters: brings lived experience.',
    );
    expect(emptyPeopleMessage(EMPTY_PERSON_LIST_QUERY)).toMatch(/^No people have been recorded yet/);
  });
});
