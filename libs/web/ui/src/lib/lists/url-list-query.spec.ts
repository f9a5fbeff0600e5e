import { convertToParamMap } from '@angular/router';
import { enumFilter, flagFilter, idFilter, urlListQuery } from './url-list-query';

interface Query {
  readonly search: string;
  readonly status: 'ACTIVE' | 'CLOSED' | null;
  readonly memberOf: string | null;
  readonly archived: boolean;
  readonly sort: 'name' | 'newest';
  readonly page: number;
  readonly after: string | null;
  readonly before: string | null;
}

const { parse, toParams } = urlListQuery<Query>({
  sorts: ['name', 'newest'],
  filters: {
    status: enumFilter('status', ['ACTIVE', 'CLOSED'] as const),
    memberOf: idFilter('member'),
    archived: flagFilter('archived'),
  },
});

describe('urlListQuery', () => {
  it('reads the search, each filter by its parameter, the sort and paging', () => {
    expect(
      parse(convertToParamMap({ q: 'arts', status: 'CLOSED', member: 'org-1', archived: '1', sort: 'newest', page: '3', after: 'c' })),
    ).toEqual({ search: 'arts', status: 'CLOSED', memberOf: 'org-1', archived: true, sort: 'newest', page: 3, after: 'c', before: null });
  });

  it('falls back to no filter and the default sort for what it does not know', () => {
    expect(parse(convertToParamMap({ status: 'BOGUS', member: '', archived: 'yes', sort: 'oldest' }))).toEqual({
      search: '',
      status: null,
      memberOf: null,
      archived: false,
      sort: 'name',
      page: 1,
      after: null,
      before: null,
    });
  });

  it('writes the query back, leaving defaults out, and reads back what it wrote', () => {
    const query: Query = { search: ' arts ', status: 'ACTIVE', memberOf: 'org-1', archived: true, sort: 'newest', page: 2, after: null, before: 'b' };
    const params = toParams(query);
    expect(params).toEqual({ q: 'arts', status: 'ACTIVE', member: 'org-1', archived: '1', sort: 'newest', page: 2, after: null, before: 'b' });
    expect(parse(convertToParamMap(Object.fromEntries(Object.entries(params).filter(([, v]) => v !== null))))).toEqual({ ...query, search: 'arts' });
    expect(toParams({ ...query, search: '', status: null, memberOf: null, archived: false, sort: 'name', page: 1, before: null })).toEqual({
      q: null,
      status: null,
      member: null,
      archived: null,
      sort: null,
      page: null,
      after: null,
      before: null,
    });
  });
});
